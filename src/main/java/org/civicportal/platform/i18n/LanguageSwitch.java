package org.civicportal.platform.i18n;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;
import org.civicportal.platform.security.ClientAddress;

/**
 * /language?to=es&amp;back=/inputs/42: the header's language link. A plain GET that sets the portal_lang cookie
 * and goes back to the page, so choosing a language never needs an HTTP session or a form. For a signed-in
 * person it also fires {@link LanguageChosen}, which stores the choice on the account — unless the request came
 * from another site (Sec-Fetch-Site: cross-site): a link elsewhere may switch the page, not the account.
 * Only same-origin paths are followed back; anything else goes to the home page (no open redirect).
 */
@WebServlet(LanguageSwitch.PATH)
public class LanguageSwitch extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/language";
    private static final int YEAR = 365 * 24 * 3600;
    /**
     * A path on this site: one slash, not followed by a second one (//evil.example is another host), then
     * printable ASCII without backslashes (browsers read them as slashes) — so no CR/LF in the Location header.
     */
    private static final Pattern SAME_ORIGIN_PATH = Pattern.compile("/(?!/)[\\x21-\\x5b\\x5d-\\x7e]*");

    @Inject
    transient Event<LanguageChosen> languageChosen;

    @Inject
    transient ClientAddress address;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var chosen = Language.fromCode(request.getParameter("to"));
        if (chosen.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        writeCookie(response, chosen.get(), address.isSecure(request));
        if (!"cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
            languageChosen.fire(new LanguageChosen(chosen.get()));
        }
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + sameOriginPath(request.getParameter("back")));
    }

    /** The path to go back to, or "/" when it is missing or could lead anywhere else. */
    static String sameOriginPath(String back) {
        if (back == null || back.length() > 2000 || !SAME_ORIGIN_PATH.matcher(back).matches()) {
            return "/";
        }
        try {
            var uri = new URI(back);
            return uri.getScheme() == null && uri.getRawAuthority() == null && uri.getRawPath() != null
                    && uri.getRawPath().startsWith("/") ? back : "/";
        } catch (URISyntaxException unreadable) {
            return "/";
        }
    }

    static void writeCookie(Object servletResponse, Language language, boolean secure) {
        var cookie = new Cookie(LocaleSelection.COOKIE, language.code());
        cookie.setPath("/");
        cookie.setMaxAge(YEAR);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        cookie.setSecure(secure);
        ((HttpServletResponse) servletResponse).addCookie(cookie);
    }
}
