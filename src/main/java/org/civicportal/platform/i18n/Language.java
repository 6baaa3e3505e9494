package org.civicportal.platform.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages the portal is translated into; each has a bundle messages_{code}.properties. */
public enum Language {
    EN, ES;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    public static Optional<Language> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equalsIgnoreCase(code == null ? "" : code.trim())).findFirst();
    }

    public static Language of(Locale locale) {
        return fromCode(locale == null ? null : locale.getLanguage()).orElse(EN);
    }
}
