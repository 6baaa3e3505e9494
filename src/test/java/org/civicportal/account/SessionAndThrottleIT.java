package org.civicportal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.civicportal.testing.FacesClient;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.StrictJson;
import org.civicportal.testing.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * The session's idle end and the sign-in throttle's memory, proven without waiting 30 minutes or restarting the
 * shared portal: the container reports the idle limit of a real signed-in session, and the throttle is decided
 * from the attempt rows in the database alone (rows this portal JVM never saw being made throttle a sign-in, as
 * after a restart; deleting them lifts it), so a restart, which keeps the database, keeps the throttle. The real
 * restart is {@code LauncherIT}'s: a sign-in throttled in the jar's first start is still refused, with the right
 * password, in its second.
 */
class SessionAndThrottleIT extends PortalIT {

    private static final String TOO_MANY = "Too many failed sign-ins";

    @Test
    void aSignedInSessionEndsAfterThirtyIdleMinutesAndItsCookieDiesWithTheBrowser() throws Exception {
        var email = TestAccounts.create("idle-resident@example.org", "Ida Idle");
        var signIn = new FacesClient(base).post("/sign-in", "signin", "submit",
                Map.of("email", email, "password", TestAccounts.PASSWORD));
        assertEquals(302, signIn.statusCode());
        var cookie = signIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("a new session id at sign-in: " + signIn.headers()));
        var lower = cookie.toLowerCase();
        assertTrue(lower.contains("httponly"), cookie);
        assertFalse(lower.contains("max-age") || lower.contains("expires"), "a cookie for this browser session only: "
                + cookie);
        var staff = new FacesClient(base).signIn(TestAccounts.create("idle-staff@example.org", "Ivo Idle", "STAFF"),
                TestAccounts.PASSWORD);
        var figures = StrictJson.object(staff.get("/admin/sessions"));
        assertEquals(30 * 60, figures.getJsonObject("own").getInt("maxInactiveSeconds"),
                "the container ends this signed-in session after 30 idle minutes: " + figures);
    }

    @Test
    void aThrottledSignInStaysThrottledWhateverThePortalRemembersBecauseTheAttemptsAreInTheDatabase() throws Exception {
        var guessed = TestAccounts.create("throttle-guessed@example.org", "Tess Throttle");
        var client = new FromAddress(base, "127.0.0.71");
        for (int i = 0; i < 5; i++) {
            var page = client.get("/sign-in").body();
            var answer = client.post("/sign-in", page, "signin", "submit", Map.of("email", guessed, "password",
                    "wrong guess " + i));
            assertTrue(answer.body().contains("The email or password is not right"), answer.body());
        }
        var right = client.post("/sign-in", client.get("/sign-in").body(), "signin", "submit",
                Map.of("email", guessed, "password", TestAccounts.PASSWORD));
        assertTrue(right.body().contains(TOO_MANY), "five failures: this email from this address waits");
        var subject = TestAccounts.query("SELECT MIN(subject) FROM auth_attempt WHERE kind = 'SIGN_IN_EMAIL_ADDRESS' "
                + "AND subject LIKE ?", guessed + "%");
        assertNotNull(subject, "the failures are rows of the attempt log");

        // The rows gone (and nothing else changed): the same sign-in works, so no memory of this JVM held it.
        TestAccounts.update("DELETE FROM auth_attempt WHERE kind = 'SIGN_IN_EMAIL_ADDRESS' AND subject = ?", subject);
        var lifted = client.post("/sign-in", client.get("/sign-in").body(), "signin", "submit",
                Map.of("email", guessed, "password", TestAccounts.PASSWORD));
        assertFalse(lifted.body().contains(TOO_MANY), lifted.body());
        assertEquals(302, lifted.status(), "signed in");

        // Five failures this JVM never saw (as after a restart: only the database remembers them) throttle a
        // sign-in at once, even with the right password.
        var other = TestAccounts.create("throttle-restarted@example.org", "Theo Restart");
        var otherSubject = subject.replace(guessed, other).replace("127.0.0.71", "127.0.0.72");
        for (int i = 0; i < 5; i++) {
            TestAccounts.update("INSERT INTO auth_attempt (kind, subject, attempted_at) VALUES "
                    + "('SIGN_IN_EMAIL_ADDRESS', ?, UTC_TIMESTAMP(6) - INTERVAL ? MINUTE)", otherSubject, i + 1);
        }
        var fromDatabase = new FromAddress(base, "127.0.0.72");
        var throttled = fromDatabase.post("/sign-in", fromDatabase.get("/sign-in").body(), "signin", "submit",
                Map.of("email", other, "password", TestAccounts.PASSWORD));
        assertTrue(throttled.body().contains(TOO_MANY), "rows from before a restart throttle: " + otherSubject);
    }
}
