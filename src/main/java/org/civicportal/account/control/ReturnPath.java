package org.civicportal.account.control;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where to go after signing in (/sign-in?next=/inputs/42): only a path on this portal, never another site.
 * Browsers read "//host", "/\host" and their percent-encoded forms as other sites, and a CR or LF could
 * split the redirect header, so anything that is not plainly a local path is refused (the caller then
 * goes to /me).
 */
public final class ReturnPath {

    private static final int LONGEST = 1000;

    private ReturnPath() {
    }

    public static Optional<String> of(String next) {
        if (next == null || next.isEmpty() || next.length() > LONGEST || !isLocal(next)
                || next.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        // Check what the browser would see once more after decoding (a second layer of %-encoding too).
        var decoded = next;
        for (int layer = 0; layer < 3 && decoded.indexOf('%') >= 0; layer++) {
            try {
                decoded = URLDecoder.decode(decoded.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return Optional.empty();
            }
            if (!isLocal(decoded)) {
                return Optional.empty();
            }
        }
        // Signing in again from the sign-in page itself would only loop.
        if (next.equals("/sign-in") || next.startsWith("/sign-in?") || next.startsWith("/sign-in.xhtml")) {
            return Optional.empty();
        }
        return Optional.of(next);
    }

    private static boolean isLocal(String path) {
        if (!path.startsWith("/") || path.startsWith("//")) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' || Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }
}
