package org.civicportal.testing;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.civicportal.account.control.Totp;
import org.openqa.selenium.By;

/**
 * The second step of an official's or staff member's sign-in, done the way the person does it: the first
 * sign-in of an account enrols through the real page (the secret read from the page, a real TOTP code typed,
 * the ten recovery codes kept), later ones type a real TOTP code computed from that secret. The secrets live
 * in this JVM only, per portal and account. A code is single-use (the portal keeps the last accepted 30-second
 * step), so when an account signs in more often than the clock allows (three steps are usable at once: one
 * either side of now), a recovery code is used instead, and only when those ran out does this wait for the
 * next step.
 */
public final class SecondFactor {

    private static final Pattern SECRET = Pattern.compile("id=\"enrol-secret\"[^>]*>([A-Z2-7 ]+)<");
    private static final Pattern CODES = Pattern.compile("<li><code>([a-z2-9-]{14})</code></li>");

    /** One enrolled account's secret and what this JVM already used of it. */
    public static final class Enrolled {
        private final byte[] secret;
        private long lastStep;
        private final Deque<String> recoveryCodes;

        Enrolled(byte[] secret, long lastStep, List<String> recoveryCodes) {
            this.secret = secret;
            this.lastStep = lastStep;
            this.recoveryCodes = new ArrayDeque<>(recoveryCodes);
        }

        public byte[] secret() {
            return secret.clone();
        }

        /** A TOTP code the portal has not accepted yet, or a recovery code; waits for the clock if need be. */
        public synchronized String nextCode() {
            while (true) {
                var now = Instant.now();
                var step = Totp.stepOf(now);
                var intoStep = now.getEpochSecond() % Totp.STEP.getSeconds();
                // One step back is safe only while the portal (whose clock is never behind ours) cannot have
                // moved on to the next step before the code arrives.
                var candidate = Math.max(lastStep + 1, intoStep < 25 ? step - 1 : step);
                if (candidate <= step + 1) {
                    lastStep = candidate;
                    return Totp.codeAt(secret, candidate);
                }
                if (!recoveryCodes.isEmpty()) {
                    return recoveryCodes.pop();
                }
                try {
                    Thread.sleep(1000L * (Totp.STEP.getSeconds() - intoStep));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }

        /** A TOTP code only (e.g. for /me's "make new recovery codes"). */
        public synchronized String nextTotp() {
            var saved = new ArrayDeque<>(recoveryCodes);
            recoveryCodes.clear();
            try {
                return nextCode();
            } finally {
                recoveryCodes.addAll(saved);
            }
        }

        /** Takes a recovery code out of this JVM's store, for a test that types it itself. */
        public synchronized String takeRecoveryCode() {
            return recoveryCodes.pop();
        }

        /** Recovery codes this JVM has not used yet. */
        public synchronized List<String> unusedRecoveryCodes() {
            return List.copyOf(recoveryCodes);
        }

        public synchronized void replaceRecoveryCodes(List<String> codes) {
            recoveryCodes.clear();
            recoveryCodes.addAll(codes);
        }
    }

    private static final Map<String, Enrolled> BY_PORTAL_AND_EMAIL = new ConcurrentHashMap<>();
    /** The latest enrolment of an email on any portal: a second node of the same database knows it too. */
    private static final Map<String, Enrolled> BY_EMAIL = new ConcurrentHashMap<>();

    private SecondFactor() {
    }

    /** What this JVM knows of an account's enrolment on the portal at {@code base}, or null. */
    public static Enrolled of(String base, String email) {
        var known = BY_PORTAL_AND_EMAIL.get(key(base, email));
        return known != null ? known : BY_EMAIL.get(email.toLowerCase(Locale.ROOT));
    }

    /** Forgets an account's enrolment (after staff reset it), so the next sign-in enrols again. */
    public static void forget(String base, String email) {
        BY_PORTAL_AND_EMAIL.remove(key(base, email));
        BY_EMAIL.remove(email.toLowerCase(Locale.ROOT));
    }

    private static String key(String base, String email) {
        return base.replaceAll("/+$", "") + " " + email.toLowerCase(Locale.ROOT);
    }

    private static Enrolled enrolled(String base, String email, byte[] secret, long step, List<String> codes) {
        var enrolled = new Enrolled(secret, step, codes);
        BY_PORTAL_AND_EMAIL.put(key(base, email), enrolled);
        BY_EMAIL.put(email.toLowerCase(Locale.ROOT), enrolled);
        return enrolled;
    }

    /**
     * After the password was accepted (the answer redirected to {@code location}): nothing for a resident,
     * the code page or the enrolment for officials and staff. Returns the last answer (a redirect).
     */
    static HttpResponse<String> complete(FacesClient client, String email, HttpResponse<String> answer) throws Exception {
        var location = answer.headers().firstValue("Location").orElse("");
        var path = location.replaceFirst("^https?://[^/]+", "");
        if (path.startsWith("/sign-in/code")) {
            var enrolled = of(client.base(), email);
            if (enrolled == null) {
                throw new AssertionError(email + " is enrolled on " + client.base() + " but this JVM has no secret for it");
            }
            return expectRedirect(email, client.post(path, "second", "submit", Map.of("code", enrolled.nextCode())));
        }
        if (path.startsWith("/sign-in/enrol")) {
            var page = client.get(path);
            var secret = SECRET.matcher(page);
            if (!secret.find()) {
                throw new AssertionError("No secret on the enrolment page of " + email + ":\n" + page);
            }
            var bytes = Totp.fromBase32(secret.group(1));
            var step = Totp.stepOf(Instant.now());
            var confirmed = expectRedirect(email, client.post(path, page, "enrol", "confirm",
                    Map.of("code", Totp.codeAt(bytes, step))));
            var codesPath = confirmed.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
            var codesPage = client.get(codesPath);
            var codes = CODES.matcher(codesPage).results().map(m -> m.group(1)).toList();
            if (codes.size() != 10) {
                throw new AssertionError("Not ten recovery codes for " + email + ":\n" + codesPage);
            }
            enrolled(client.base(), email, bytes, step, codes);
            return expectRedirect(email, client.post(codesPath, codesPage, "codes", "finish", Map.of()));
        }
        return answer;
    }

    /**
     * For a test that posted the sign-in form with its own client (which keeps the session's cookie): the
     * second step the same way, when the answer asks for it.
     */
    public static HttpResponse<String> complete(java.net.http.HttpClient http, String base, String email,
            HttpResponse<String> answer) throws Exception {
        return complete(new FacesClient(base, http), email, answer);
    }

    private static HttpResponse<String> expectRedirect(String email, HttpResponse<String> answer) {
        if (answer.statusCode() != 302) {
            throw new AssertionError("The second sign-in step of " + email + " answered " + answer.statusCode()
                    + ":\n" + answer.body());
        }
        return answer;
    }

    /** The same in a browser, after it submitted the password (see PortalIT.signIn). */
    public static Browser complete(Browser browser, String email) {
        var path = browser.path();
        if (path.startsWith("/sign-in/code")) {
            var enrolled = of(browser.base(), email);
            if (enrolled == null) {
                throw new AssertionError(email + " is enrolled on " + browser.base() + " but this JVM has no secret for it");
            }
            return browser.type("second:code", enrolled.nextCode()).submit("second:submit");
        }
        if (path.startsWith("/sign-in/enrol")) {
            var bytes = Totp.fromBase32(browser.text(By.id("enrol-secret")));
            var step = Totp.stepOf(Instant.now());
            browser.type("enrol:code", Totp.codeAt(bytes, step)).submit("enrol:confirm");
            var codes = browser.all(By.cssSelector("#recovery-codes code")).stream().map(e -> e.getText()).toList();
            if (codes.size() != 10) {
                throw new AssertionError("Not ten recovery codes for " + email + " on " + browser.path() + ":\n"
                        + browser.pageText());
            }
            enrolled(browser.base(), email, bytes, step, codes);
            return browser.submit("codes:finish");
        }
        return browser;
    }
}
