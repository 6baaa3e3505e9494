package org.civicportal.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;

/**
 * The security event log (ASVS 7.1.3, 7.2.1, 7.2.2, 2.8.5): one line per authentication decision, sign-out,
 * ended session, refused access and reused two-factor code, on the logger {@value #LOGGER}, in one shape an
 * operator's tools can parse and alert on:
 * <pre>security event=sign-in.failure method=password reason=wrong-password account=123 client=203.0.113.9</pre>
 * Only ids, fixed words and a path go in: never an email, a password, a code or a token (ASVS 7.1.1, 7.1.2), and
 * an account nobody holds is {@code account=unknown}. Every value is {@link #escape escaped}, so a crafted path
 * cannot end the line or forge a key. The client address is {@link ClientAddress}'s, like everywhere else.
 */
@ApplicationScoped
public class SecurityEvents {

    /** The logger's name, for the operator's logging configuration (docs/operations.md). */
    public static final String LOGGER = "org.civicportal.security.events";
    private static final Logger LOG = Logger.getLogger(LOGGER);

    @Inject
    ClientAddress clientAddress;

    /** A sign-in that went through: {@code method} password, link, code, recovery-code or enrolment. */
    public void signInSucceeded(HttpServletRequest request, String method, long accountId) {
        log(request, "sign-in.success", "method", method, "account", Long.toString(accountId));
    }

    /** A right password or link for an official or staff member: the second step is asked for next. */
    public void firstStepPassed(HttpServletRequest request, String method, long accountId) {
        log(request, "sign-in.first-step", "method", method, "account", Long.toString(accountId));
    }

    /** A refused sign-in; {@code accountId} null when no account matches (the typed email is never logged). */
    public void signInFailed(HttpServletRequest request, String method, String reason, Long accountId) {
        log(request, "sign-in.failure", "method", method, "reason", reason, "account", account(accountId));
    }

    /** A code from the app for a step already accepted: someone else may know the password. */
    public void codeReused(HttpServletRequest request, long accountId) {
        log(request, "two-factor.code-reused", "account", Long.toString(accountId));
    }

    public void signedOut(HttpServletRequest request, Long accountId) {
        log(request, "sign-out", "account", account(accountId));
    }

    /** A session ended by the portal: {@code reason} password-changed or account-deleted. */
    public void sessionEnded(HttpServletRequest request, String reason, long accountId) {
        log(request, "session.ended", "reason", reason, "account", Long.toString(accountId));
    }

    /**
     * A protected page refused (403) or, to a visitor, answered with the sign-in page: the path the client asked
     * for (decoded, without the query, which may carry anything), the account or {@code visitor}, the roles needed.
     */
    public void accessRefused(HttpServletRequest request, Long accountId, String needed) {
        log(request, "access.refused", "path", askedPath(request), "account",
                accountId == null ? "visitor" : accountId.toString(), "needs", needed);
    }

    private static String askedPath(HttpServletRequest request) {
        var raw = request.getRequestURI().substring(request.getContextPath().length());
        try {
            var decoded = java.net.URI.create(raw).getPath();
            return decoded == null ? raw : decoded;
        } catch (IllegalArgumentException malformed) {
            return raw; // escaped all the same
        }
    }

    private void log(HttpServletRequest request, String event, String... pairs) {
        var all = java.util.Arrays.copyOf(pairs, pairs.length + 2);
        all[pairs.length] = "client";
        all[pairs.length + 1] = clientAddress.of(request);
        LOG.info(line(event, all));
    }

    private static String account(Long accountId) {
        return accountId == null ? "unknown" : accountId.toString();
    }

    /** {@code security event=… key=value …}, every value escaped. */
    static String line(String event, String... pairs) {
        var line = new StringBuilder("security event=").append(escape(event));
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            line.append(' ').append(pairs[i]).append('=').append(escape(pairs[i + 1]));
        }
        return line.toString();
    }

    /**
     * Percent-encodes (UTF-8) every byte but letters, digits and {@code . _ - / : , @ +}: spaces, CR/LF, '=' and
     * '%' included, so a value is one token and the line cannot be split or extended. Null is {@code -}.
     */
    static String escape(String value) {
        if (value == null) {
            return "-";
        }
        var out = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || ".-_/:,@+".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
