package org.civicportal.platform.i18n;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Texts from the portal's bundles for code that runs outside a page (services, emails, messages). */
public final class Texts {

    public static final String BUNDLE = "org.civicportal.platform.i18n.messages";

    private Texts() {
    }

    public static String get(Language language, String key, Object... args) {
        var pattern = ResourceBundle.getBundle(BUNDLE, language.locale(), Texts.class.getClassLoader()).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(args);
    }
}
