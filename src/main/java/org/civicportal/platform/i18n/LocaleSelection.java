package org.civicportal.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.civicportal.platform.security.ClientAddress;
import org.civicportal.platform.web.AddressBar;
import org.omnifaces.util.Faces;

/**
 * The language of this request: the portal_lang cookie, else the browser's Accept-Language, else English.
 * Request-scoped on purpose: visitors reading public pages get no HTTP session (docs/security.md, "Sessions"). The choice is
 * made by a plain link to {@link LanguageSwitch}, which sets the cookie and, for a signed-in person, stores it
 * on the account ({@link LanguageChosen}); at sign-in the account's language is written into the cookie.
 */
@Named
@RequestScoped
public class LocaleSelection {

    static final String COOKIE = "portal_lang";

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddress address;

    @Inject
    AddressBar addressBar;

    private Language language;

    public Locale getLocale() {
        return language().locale();
    }

    public String getCode() {
        return language().code();
    }

    public Language language() {
        if (language == null) {
            language = fromCookie(request).orElseGet(() -> fromBrowser(request));
        }
        return language;
    }

    /** Used at sign-in and on the profile: the account's language wins, now and on the next requests. */
    public void use(Language chosen) {
        language = chosen;
        LanguageSwitch.writeCookie(Faces.getResponse(), chosen, address.isSecure(request));
    }

    /** The language the header's link switches to. */
    public String getOtherCode() {
        return language() == Language.ES ? Language.EN.code() : Language.ES.code();
    }

    /** The header's language link: /language?to=es&back=/inputs/42?page=2 (the address in the bar). */
    public String getSwitchLink() {
        return request.getContextPath() + LanguageSwitch.PATH + "?to=" + getOtherCode() + "&back="
                + addressBar.getEncoded();
    }

    /** The language a request is answered in, before any bean is made (the node's page cache keys on it). */
    public static Language of(HttpServletRequest request) {
        return fromCookie(request).orElseGet(() -> fromBrowser(request));
    }

    static Optional<Language> fromCookie(HttpServletRequest request) {
        var cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).findFirst()
                .flatMap(c -> Language.fromCode(c.getValue()));
    }

    static Language fromBrowser(HttpServletRequest request) {
        return Collections.list(request.getLocales()).stream().map(l -> Language.fromCode(l.getLanguage()))
                .flatMap(Optional::stream).findFirst().orElse(Language.EN);
    }
}
