package org.civicportal.platform.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;
import org.omnifaces.util.Faces;

/**
 * The visitor's language: chosen in the header, remembered in a cookie for visitors and on the
 * account for signed-in people (see {@link LanguageChosen}); otherwise taken from the browser.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String COOKIE = "portal_lang";

    @Inject
    Event<LanguageChosen> languageChosen;

    private Language language;

    public Locale getLocale() {
        return language().locale();
    }

    public String getCode() {
        return language().code();
    }

    public Language language() {
        if (language == null) {
            language = fromCookie().orElseGet(() -> Language.of(browserLocale()));
        }
        return language;
    }

    /** Used at sign-in: the account's language wins over the visitor's earlier choice. */
    public void use(Language chosen) {
        language = chosen;
    }

    public void switchTo(String code) {
        var chosen = Language.fromCode(code).orElse(Language.EN);
        language = chosen;
        var cookie = new Cookie(COOKIE, chosen.code());
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        cookie.setSecure(Faces.getRequest().isSecure());
        ((HttpServletResponse) Faces.getResponse()).addCookie(cookie);
        languageChosen.fire(new LanguageChosen(chosen));
        Faces.redirect(Faces.getRequestURIWithQueryString());
    }

    private java.util.Optional<Language> fromCookie() {
        var request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        var cookies = request.getCookies();
        if (cookies == null) {
            return java.util.Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst()
                .flatMap(c -> Language.fromCode(c.getValue()));
    }

    private static Locale browserLocale() {
        var request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        var locales = request.getLocales();
        while (locales.hasMoreElements()) {
            var candidate = Language.fromCode(locales.nextElement().getLanguage());
            if (candidate.isPresent()) {
                return candidate.get().locale();
            }
        }
        return Locale.ENGLISH;
    }
}
