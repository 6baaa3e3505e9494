package org.civicportal.account.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The 30,000 most common passwords (common-passwords.txt, from the MIT-licensed zxcvbn project), so a
 * password like "password1234" or "qwertyuiop12" is refused even though it is long enough.
 */
public final class CommonPasswords {

    private static final Set<String> LIST = load();

    private CommonPasswords() {
    }

    /** True for a listed password, or a listed one followed only by digits and punctuation. */
    public static boolean isCommon(String password) {
        if (password == null) {
            return false;
        }
        var lower = password.toLowerCase(Locale.ROOT);
        if (LIST.contains(lower)) {
            return true;
        }
        var stem = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "");
        return stem.length() >= 4 && LIST.contains(stem) || lower.chars().distinct().count() < 5;
    }

    private static Set<String> load() {
        var in = CommonPasswords.class.getResourceAsStream("common-passwords.txt");
        if (in == null) {
            throw new IllegalStateException("common-passwords.txt is missing from the build");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            var set = new HashSet<String>(40_000);
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> set.add(l.toLowerCase(Locale.ROOT)));
            return Set.copyOf(set);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
