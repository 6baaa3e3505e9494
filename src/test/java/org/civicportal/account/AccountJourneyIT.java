package org.civicportal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicportal.testing.Browser;
import org.civicportal.testing.FacesClient;
import org.civicportal.testing.Mailbox;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestAccounts;
import org.civicportal.testing.TestInputs;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Accounts as residents and staff use them, in Chromium against the deployed portal. */
class AccountJourneyIT extends PortalIT {

    private static final String GOOD_PASSWORD = "lantern orbit meadow 42";

    @Test
    void registerVerifySignInAndSignOut() {
        var email = "ana.journey@example.org";
        try (var browser = browser()) {
            browser.open("/register")
                    .type("register:displayName", "Ana Journey")
                    .type("register:email", email)
                    .type("register:password", GOOD_PASSWORD)
                    .select("register:district", "Riverside")
                    .submit("register:submit");
            assertTrue(browser.text(By.id("register-done")).contains(email));

            var verification = Mailbox.await(email, 1);
            assertEquals("Verify your email for Civic Portal", Mailbox.subject(verification));
            assertTrue(Mailbox.text(verification).contains("Hello Ana Journey"));

            signIn(browser, email, GOOD_PASSWORD);
            assertTrue(browser.pageText().contains("not verified yet"), "an unverified account cannot sign in");
            assertFalse(browser.has("my-page-link"));
            var resent = Mailbox.await(email, 2);

            browser.open(Mailbox.link(resent, "/verify").replaceFirst("https?://[^/]+", ""));
            assertTrue(browser.text(By.id("verify-ok")).contains("verified"));

            signIn(browser, email, GOOD_PASSWORD);
            assertEquals("/me", browser.path());
            assertTrue(browser.text(By.id("me-greeting")).contains("Ana Journey"));
            assertEquals("Riverside", browser.driver().findElement(By.cssSelector("#profile\\:district option:checked")).getText());

            browser.submit("shell:sign-out");
            assertTrue(browser.has("sign-in-link"));
            browser.open("/me");
            assertTrue(browser.path().startsWith("/sign-in"), "after signing out /me asks to sign in again");

            browser.open(Mailbox.link(verification, "/verify").replaceFirst("https?://[^/]+", ""));
            assertTrue(browser.has("verify-ok") || browser.has("verify-failed"));
        }
    }

    @Test
    void theConfiguredFirstStaffMemberBecomesStaffWhenVerified() {
        var email = "first.staff@example.org";
        try (var browser = browser()) {
            browser.open("/register").type("register:displayName", "First Staff").type("register:email", email)
                    .type("register:password", GOOD_PASSWORD).submit("register:submit");
            browser.open(Mailbox.link(Mailbox.await(email, 1), "/verify").replaceFirst("https?://[^/]+", ""));
            signIn(browser, email, GOOD_PASSWORD);
            browser.open("/admin/people");
            assertEquals("People", browser.text(By.tagName("h1")), "PORTAL_STAFF_EMAIL made this account staff");
        }
    }

    @Test
    void verificationLinkWorksOnlyOnce() {
        var email = "once@example.org";
        try (var browser = browser()) {
            browser.open("/register").type("register:displayName", "Once").type("register:email", email)
                    .type("register:password", GOOD_PASSWORD).submit("register:submit");
            var path = Mailbox.link(Mailbox.await(email, 1), "/verify").replaceFirst("https?://[^/]+", "");
            browser.open(path);
            assertTrue(browser.has("verify-ok"));
            browser.open(path);
            assertTrue(browser.has("verify-ok"), "opening it again (or a mail scanner first) still says verified");
            browser.open("/verify?token=not-a-token");
            assertTrue(browser.text(By.id("verify-failed")).contains("already used"));
        }
    }

    @Test
    void badInputIsExplainedAtTheFieldAndNothingTypedIsLost() {
        try (var browser = browser()) {
            browser.open("/register")
                    .type("register:displayName", "Bruno Field")
                    .type("register:email", "not-an-email")
                    .type("register:password", "short")
                    .submit("register:submit");
            assertEquals("Please enter a valid email address, like name@example.org.", browser.messageFor("register:email"));
            assertEquals("Please use at least 12 characters.", browser.messageFor("register:password"));
            assertEquals("Bruno Field", browser.value("register:displayName"));
            assertEquals("not-an-email", browser.value("register:email"));

            browser.type("register:email", "bruno.field@example.org").type("register:password", "password1234")
                    .submit("register:submit");
            assertTrue(browser.messageFor("register:password").contains("too common"));
            assertEquals("bruno.field@example.org", browser.value("register:email"));

            browser.type("register:displayName", "").type("register:password", GOOD_PASSWORD).submit("register:submit");
            assertEquals("Please enter a display name.", browser.messageFor("register:displayName"));
            assertEquals("bruno.field@example.org", browser.value("register:email"));
            assertEquals(GOOD_PASSWORD, browser.value("register:password"), "the password typed is kept too");
        }
    }

    @Test
    void wrongPasswordGetsTheSameAnswerAsAnUnknownEmail() {
        try (var browser = browser()) {
            signIn(browser, TestAccounts.RESIDENT, "not the right password");
            var known = browser.text(By.id("page-messages"));
            assertTrue(known.contains("The email or password is not right"));
            assertEquals(TestAccounts.RESIDENT, browser.value("signin:email"), "the email stays typed");

            signIn(browser, "nobody-here@example.org", "not the right password");
            assertEquals(known, browser.text(By.id("page-messages")));
        }
    }

    @Test
    void aStrangerCannotLockTheOwnerOut() throws Exception {
        var email = TestAccounts.create("not.locked.out@example.org", "Nora Owner");
        var stranger = new FromAddress(base, "127.0.0.2");
        for (int i = 0; i < 7; i++) {
            var answer = stranger.submit("/sign-in", "signin", "submit", Map.of("email", email, "password", "guess " + i));
            assertEquals(200, answer.status());
            assertTrue(answer.body().contains(i < 5 ? "The email or password is not right" : "Too many failed sign-ins"),
                    "attempt " + (i + 1) + ":\n" + answer.body());
        }
        var right = stranger.submit("/sign-in", "signin", "submit",
                Map.of("email", email, "password", TestAccounts.PASSWORD));
        assertTrue(right.body().contains("Too many failed sign-ins"), "the guesser's own connection waits, even when right");
        try (var browser = browser()) {
            signIn(browser, email, TestAccounts.PASSWORD);
            assertEquals("/me", browser.path(), "the owner, at their own address, is not locked out: " + browser.pageText());
        }
    }

    @Test
    void anEmailedSignInLinkWorksEvenWhileSignInsWait() {
        var email = TestAccounts.create("link.owner@example.org", "Lina Link");
        try (var browser = browser()) {
            for (int i = 0; i < 5; i++) {
                signIn(browser, email, "wrong password " + i);
                assertTrue(browser.pageText().contains("The email or password is not right"));
            }
            signIn(browser, email, TestAccounts.PASSWORD);
            assertTrue(browser.pageText().contains("Too many failed sign-ins"), browser.pageText());
            assertFalse(browser.has("my-page-link"), "five failures make this connection wait, even with the right password");

            browser.type("signinlink:email", "nobody-with-a-link@example.org").submit("signinlink:submit");
            var unknownAnswer = browser.text(By.id("signinlink-sent"));
            browser.open("/sign-in").type("signinlink:email", email).submit("signinlink:submit");
            assertEquals(unknownAnswer, browser.text(By.id("signinlink-sent")), "no account enumeration");
            assertTrue(unknownAnswer.contains("sign-in link"), unknownAnswer);

            var mail = Mailbox.await(email, 1);
            assertEquals("Your Civic Portal sign-in link", Mailbox.subject(mail));
            assertTrue(Mailbox.text(mail).contains("Hello Lina Link"));
            var path = Mailbox.link(mail, "token=").replaceFirst("https?://[^/]+", "");
            browser.open(path);
            assertFalse(browser.has("my-page-link"), "opening the link (or a mail scanner opening it) does not sign in yet");
            assertTrue(browser.text(By.id("signinlink-account")).contains(email),
                    "the page names the account the link opens, so nobody is signed in to a stranger's account unawares");
            browser.submit("signinlink-use:submit");
            assertEquals("/me", browser.path(), browser.pageText());
            assertTrue(browser.text(By.id("me-greeting")).contains("Lina Link"));

            browser.submit("shell:sign-out");
            browser.open(path);
            assertTrue(browser.text(By.id("signinlink-invalid")).contains("not valid"), "a sign-in link works once");
            assertFalse(browser.has("signinlink-use:submit"));
            assertTrue(Mailbox.to("nobody-with-a-link@example.org").isEmpty());
        }
    }

    @Test
    void registeringATakenEmailLooksTheSameAndTellsTheOwner() {
        var owner = TestAccounts.create("already.here@example.org", "Alma Already");
        var fresh = "brand.new.person@example.org";
        String takenAnswer;
        String freeAnswer;
        try (var browser = browser()) {
            browser.open("/register").type("register:displayName", "Someone Else").type("register:email", owner)
                    .type("register:password", GOOD_PASSWORD).submit("register:submit");
            takenAnswer = browser.text(By.id("register-done")).replace(owner, "EMAIL");
        }
        try (var browser = browser()) {
            browser.open("/register").type("register:displayName", "Someone Else").type("register:email", fresh)
                    .type("register:password", GOOD_PASSWORD).submit("register:submit");
            freeAnswer = browser.text(By.id("register-done")).replace(fresh, "EMAIL");
        }
        assertEquals(freeAnswer, takenAnswer, "a taken email gets the same answer as a free one");
        assertTrue(takenAnswer.contains("Check your email"), takenAnswer);

        var notice = Mailbox.await(owner, 1);
        assertEquals("Someone tried to register with your email at Civic Portal", Mailbox.subject(notice));
        assertTrue(Mailbox.text(notice).contains("Hello Alma Already"), Mailbox.text(notice));
        assertTrue(Mailbox.text(notice).contains("/forgot-password"), "the owner is offered a reset");
        assertEquals("Alma Already", TestAccounts.query("SELECT display_name FROM account WHERE email = ?", owner));
        assertEquals("Verify your email for Civic Portal", Mailbox.subject(Mailbox.await(fresh, 1)));
    }

    /**
     * Registering a taken email takes as long as registering a free one. Each request comes from its own
     * loopback address and email, so no rate limit shortens one side; the order alternates and each request
     * waits for the mail work the one before left running, and the medians are compared with a bound
     * generous enough for a busy machine.
     */
    @Test
    void registeringATakenEmailTakesAsLongAsAFreeOne() throws Exception {
        var taken = new ArrayList<Long>();
        var free = new ArrayList<Long>();
        for (int i = 0; i < RUNS + 1; i++) {
            var owner = TestAccounts.create("timing.owner" + i + "@example.org", "Owner " + i);
            var fresh = "timing.new" + i + "@example.org";
            boolean takenFirst = i % 2 == 0;
            // Each registration's mail work ends with its message (the owner's notice, the new address's link).
            var first = register("127.0.2." + (2 * i + 2), takenFirst ? owner : fresh);
            Mailbox.await(takenFirst ? owner : fresh, 1);
            var second = register("127.0.2." + (2 * i + 3), takenFirst ? fresh : owner);
            Mailbox.await(takenFirst ? fresh : owner, 1);
            var ownerAnswer = takenFirst ? first : second;
            var freshAnswer = takenFirst ? second : first;
            assertEquals(doneText(freshAnswer.body(), fresh), doneText(ownerAnswer.body(), owner));
            if (i > 0) { // the first round warms up both paths
                taken.add(ownerAnswer.nanos());
                free.add(freshAnswer.nanos());
            }
        }
        assertSimilar("registration", taken, free);
    }

    /** Asking for a reset link takes as long for a known email as for an unknown one (measured as above). */
    @Test
    void askingForAResetTakesAsLongForKnownAndUnknownEmails() throws Exception {
        var known = new ArrayList<Long>();
        var unknown = new ArrayList<Long>();
        for (int i = 0; i < RUNS + 1; i++) {
            var owner = TestAccounts.create("timing.reset" + i + "@example.org", "Reset Owner " + i);
            var nobody = "timing.nobody" + i + "@example.org";
            boolean knownFirst = i % 2 == 0;
            // A known email's work ends with its reset link; an unknown one's sends nothing to wait for.
            var first = forgot("127.0.3." + (2 * i + 2), knownFirst ? owner : nobody);
            afterForgot(knownFirst, owner);
            var second = forgot("127.0.3." + (2 * i + 3), knownFirst ? nobody : owner);
            afterForgot(!knownFirst, owner);
            var ownerAnswer = knownFirst ? first : second;
            var nobodyAnswer = knownFirst ? second : first;
            assertTrue(ownerAnswer.body().contains("id=\"forgot-sent\"") && nobodyAnswer.body().contains("id=\"forgot-sent\""));
            if (i > 0) {
                known.add(ownerAnswer.nanos());
                unknown.add(nobodyAnswer.nanos());
            }
        }
        assertSimilar("password reset", known, unknown);
        assertEquals("Reset your Civic Portal password", Mailbox.subject(Mailbox.await("timing.reset1@example.org", 1)));
    }

    private static final int RUNS = 11;
    private static final long PAUSE_MS = 300;

    /** Waits for the work the reset request left running: its link for a known email, a pause for an unknown one. */
    private static void afterForgot(boolean known, String owner) throws InterruptedException {
        if (known) {
            Mailbox.await(owner, 1);
        } else {
            Thread.sleep(PAUSE_MS);
        }
    }

    private FromAddress.Answer register(String address, String email) throws Exception {
        var client = new FromAddress(base, address);
        var page = client.get("/register").body();
        return client.post("/register", page, "register", "submit", Map.of("displayName", "Timing Person",
                "email", email, "password", GOOD_PASSWORD, "language", "en"));
    }

    private FromAddress.Answer forgot(String address, String email) throws Exception {
        var client = new FromAddress(base, address);
        var page = client.get("/forgot-password").body();
        return client.post("/forgot-password", page, "forgot", "submit", Map.of("email", email));
    }

    private static String doneText(String page, String email) {
        var done = java.util.regex.Pattern.compile("id=\"register-done\"[\\s\\S]*?</div>").matcher(page);
        assertTrue(done.find(), page);
        return done.group().replace(email, "EMAIL");
    }

    /**
     * Compares each round's pair (taken one after the other, so a burst of load from elsewhere on the
     * machine hits both) and takes the median of those ratios, which one slow outlier cannot move.
     */
    private static void assertSimilar(String what, List<Long> known, List<Long> unknown) {
        var ratios = new ArrayList<Long>();
        for (int i = 0; i < known.size(); i++) {
            ratios.add(Math.round(1000.0 * known.get(i) / unknown.get(i)));
        }
        var ratio = median(ratios) / 1000;
        assertTrue(ratio < 1.5 && ratio > 1 / 1.5, String.format(
                "%s: known emails take %.2f times as long as unknown ones (median of pairs; ms %s / %s)", what, ratio,
                known.stream().map(n -> n / 1_000_000).toList(), unknown.stream().map(n -> n / 1_000_000).toList()));
    }

    private static double median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    @Test
    void passwordResetByEmailedLink() {
        var email = TestAccounts.create("forgetful@example.org", "Fran Forgetful");
        try (var browser = browser()) {
            browser.open("/forgot-password").type("forgot:email", "no-account@example.org").submit("forgot:submit");
            var sameAnswer = browser.text(By.id("forgot-sent"));
            browser.open("/forgot-password").type("forgot:email", email).submit("forgot:submit");
            assertEquals(sameAnswer, browser.text(By.id("forgot-sent")), "no account enumeration");
            assertTrue(Mailbox.to("no-account@example.org").isEmpty());

            var reset = Mailbox.await(email, 1);
            assertEquals("Reset your Civic Portal password", Mailbox.subject(reset));
            var path = Mailbox.link(reset, "/reset-password").replaceFirst("https?://[^/]+", "");
            browser.open(path).type("reset:password", "qwerty").submit("reset:submit");
            assertEquals("Please use at least 12 characters.", browser.messageFor("reset:password"));
            browser.type("reset:password", GOOD_PASSWORD).submit("reset:submit");
            assertTrue(browser.path().startsWith("/sign-in"));
            assertTrue(browser.pageText().contains("Your password was changed"));
            assertEquals("Your Civic Portal password was reset", Mailbox.subject(Mailbox.await(email, 2)));

            signIn(browser, email, GOOD_PASSWORD);
            assertEquals("/me", browser.path());

            browser.open(path);
            assertTrue(browser.text(By.id("reset-invalid")).contains("This link is not valid"), "a reset link works once");
            assertFalse(browser.has("reset:password"), "and says so before anyone types a new password");
        }
    }

    @Test
    void visitorIsSentToSignInAndBroughtBack() {
        var email = TestAccounts.create("returning@example.org", "Rita Returning");
        try (var browser = browser()) {
            browser.open("/me/volunteering");
            assertTrue(browser.path().startsWith("/sign-in"));
            browser.type("signin:email", email).type("signin:password", TestAccounts.PASSWORD).submit("signin:submit");
            assertEquals("/me/volunteering", browser.path(), "Jakarta Security brings the person back to the page asked for");
        }
    }

    @Test
    void signInReturnsToThePageTheVisitorCameFrom() throws Exception {
        var author = TestAccounts.create("next.author@example.org", "Nico Next");
        long id = TestInputs.create(author, "Benches along the river path", "SUBMITTED");
        var supporter = TestAccounts.create("next.supporter@example.org", "Sara Support");
        try (var browser = browser()) {
            browser.open("/sign-in?next=/inputs/" + id);
            browser.type("signin:email", supporter).type("signin:password", "not the password").submit("signin:submit");
            assertTrue(browser.pageText().contains("The email or password is not right"));
            browser.type("signin:password", TestAccounts.PASSWORD).submit("signin:submit");
            assertEquals("/inputs/" + id, browser.path(), "back on the input, after a failed try too");
            assertTrue(browser.has("my-page-link"));
        }
        try (var browser = browser()) {
            // The way a visitor gets there: the input's own "Sign in to support" link...
            browser.open("/inputs/" + id).submit("sign-in-to-support");
            signInHere(browser, supporter);
            assertEquals("/inputs/" + id, browser.path(), "the support link brings the resident back to the input");
        }
        try (var browser = browser()) {
            // ...and the header's "Sign in" link, from any page, query string included.
            browser.open("/tasks?skill=OUTDOOR").submit("sign-in-link");
            signInHere(browser, supporter);
            assertEquals("/tasks?skill=OUTDOOR", browser.path(), "the header's link brings the resident back");
        }
        var elsewhere = List.of("//evil.example/x", "/\\evil.example", "https://evil.example/", "javascript:alert(1)",
                "/%2F%2Fevil.example", "%2F%2Fevil.example", "/%5Cevil.example", "/inputs%0D%0ASet-Cookie:%20x=y",
                "/inputs\r\nSet-Cookie: x=y", "http:/evil.example", " //evil.example", "/%252F%252Fevil.example");
        for (var next : elsewhere) {
            var client = new FacesClient(base);
            var path = "/sign-in?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
            var answer = client.post(path, client.get(path), "signin", "submit",
                    Map.of("email", supporter, "password", TestAccounts.PASSWORD));
            assertEquals(302, answer.statusCode(), next);
            var target = URI.create(base.toString()).resolve(answer.headers().firstValue("Location").orElseThrow());
            assertEquals(base.getHost(), target.getHost(), next);
            assertEquals("/me", target.getRawPath(), next + " led to " + target);
            assertTrue(answer.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("x=")), next);
        }
    }

    private static void signInHere(Browser browser, String email) {
        browser.type("signin:email", email).type("signin:password", TestAccounts.PASSWORD).submit("signin:submit");
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsAndVoidsEarlierResetLinks() {
        var email = TestAccounts.create("two.browsers@example.org", "Tomás Two");
        try (var first = browser(); var second = browser()) {
            first.open("/forgot-password").type("forgot:email", email).submit("forgot:submit");
            var resetPath = Mailbox.link(Mailbox.await(email, 1), "/reset-password").replaceFirst("https?://[^/]+", "");
            signIn(first, email, TestAccounts.PASSWORD);
            assertEquals("/me", first.path());
            signIn(second, email, TestAccounts.PASSWORD);
            assertEquals("/me", second.path());

            first.type("password:currentPassword", TestAccounts.PASSWORD).type("password:newPassword", GOOD_PASSWORD)
                    .submit("password:change");
            assertTrue(first.pageText().contains("Your password was changed"));
            first.open("/me/volunteering");
            assertEquals("/me/volunteering", first.path(), "the one who changed it stays signed in");

            second.open("/me/volunteering");
            assertTrue(second.path().startsWith("/sign-in"), "the other session ended: " + second.path());
            assertTrue(second.text(By.id("signed-out-notice")).contains("password of this account was changed"));
            assertFalse(second.has("my-page-link"));
            second.type("signin:email", email).type("signin:password", GOOD_PASSWORD).submit("signin:submit");
            assertEquals("/me/volunteering", second.path(), "signed in again, back where they were: " + second.pageText());

            first.open(resetPath);
            assertTrue(first.text(By.id("reset-invalid")).contains("This link is not valid"),
                    "a reset link asked for before the change no longer works");
            assertFalse(first.has("reset:password"));
            var notice = Mailbox.await(email, 2);
            assertTrue(Mailbox.subject(notice).contains("password was changed"));
            assertTrue(Mailbox.text(notice).contains("signed out"), Mailbox.text(notice));
        }
    }

    @Test
    void resettingThePasswordEndsEverySession() {
        var email = TestAccounts.create("reset.everywhere@example.org", "Rosa Reset");
        try (var signedIn = browser(); var other = browser()) {
            signIn(signedIn, email, TestAccounts.PASSWORD);
            assertEquals("/me", signedIn.path());
            other.open("/forgot-password").type("forgot:email", email).submit("forgot:submit");
            var path = Mailbox.link(Mailbox.await(email, 1), "/reset-password").replaceFirst("https?://[^/]+", "");
            other.open(path).type("reset:password", GOOD_PASSWORD).submit("reset:submit");
            assertTrue(other.path().startsWith("/sign-in"));

            signedIn.open("/me");
            assertTrue(signedIn.path().startsWith("/sign-in"), "the session from before the reset ended: " + signedIn.path());
            assertTrue(signedIn.text(By.id("signed-out-notice")).contains("password of this account was changed"));
            var notice = Mailbox.await(email, 2);
            assertEquals("Your Civic Portal password was reset", Mailbox.subject(notice));
            assertTrue(Mailbox.text(notice).contains("signed out"), Mailbox.text(notice));
        }
    }

    @Test
    void residentIsRefusedStaffPages() throws Exception {
        var email = TestAccounts.create("plain.resident@example.org", "Pat Plain");
        try (var browser = browser()) {
            signIn(browser, email, TestAccounts.PASSWORD);
            browser.open("/admin/people");
            assertEquals("Not allowed", browser.text(By.id("error-heading")));

            var session = browser.cookie("JSESSIONID");
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "admin/people"))
                    .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, response.statusCode());
            for (var page : new String[] {"admin/mailbox", "%61dmin/people", "admin/%70eople", "admin//people"}) {
                var other = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + page))
                        .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofString());
                // 403, 404, or a redirect to the canonical address (which then answers 403): never the page.
                assertTrue(other.statusCode() == 403 || other.statusCode() == 404 || other.statusCode() == 302,
                        page + " answered " + other.statusCode());
                assertFalse(other.body().contains("staff@demo.civicportal.org"), page + " leaked the people list");
            }
        }
    }

    @Test
    void sessionGetsANewIdAtSignIn() {
        var email = TestAccounts.create("fixation@example.org", "Fixa Tion");
        try (var browser = browser()) {
            browser.open("/sign-in");
            var before = browser.cookie("JSESSIONID").getValue();
            browser.type("signin:email", email).type("signin:password", TestAccounts.PASSWORD).submit("signin:submit");
            assertEquals("/me", browser.path());
            assertNotEquals(before, browser.cookie("JSESSIONID").getValue());
            assertTrue(browser.cookie("JSESSIONID").isHttpOnly());
        }
    }

    @Test
    void spanishIsRememberedForVisitorsAndAccounts() {
        var email = TestAccounts.create("lucia@example.org", "Lucía");
        try (var browser = browser()) {
            browser.open("/sign-in").submit("shell:lang");
            assertEquals("es", browser.htmlLang());
            assertEquals("Iniciar sesión", browser.text(By.tagName("h1")));

            browser.open("/register").submit("register:submit");
            assertEquals("Escriba un nombre visible.", browser.messageFor("register:displayName"));

            browser.driver().manage().deleteCookieNamed("JSESSIONID");
            browser.open("/");
            assertEquals("es", browser.htmlLang(), "a visitor's choice is kept in a cookie");

            signIn(browser, email, TestAccounts.PASSWORD);
            assertEquals("en", TestAccounts.query("SELECT language FROM account WHERE email = ?", email),
                    "the account was created in English");
            assertEquals("en", browser.htmlLang(), "the account's language wins at sign-in");
            browser.submit("shell:lang");
            assertEquals("es", browser.htmlLang());
            assertEquals("es", TestAccounts.query("SELECT language FROM account WHERE email = ?", email));
        }
    }

    @Test
    void staffGrantAndRevokeRoles() {
        var email = TestAccounts.create("future.official@example.org", "Felix Future");
        try (var browser = browser()) {
            signIn(browser, TestAccounts.STAFF, TestAccounts.PASSWORD);
            browser.open("/admin/people").type("people:query", "future.official").clickAjax("people:search");
            var grant = browser.driver().findElement(By.cssSelector("button[aria-label*='Felix Future'][aria-label*='Official'], "
                    + "button[aria-label*='Felix Future'][aria-label*='Cargo']"));
            browser.clickAjax(grant.getAttribute("id"));
            assertEquals("OFFICIAL", TestAccounts.query(
                    "SELECT r.role FROM account_role r JOIN account a ON a.id = r.account_id WHERE a.email = ? AND r.role = 'OFFICIAL'",
                    email));
            var revoke = browser.driver().findElement(By.cssSelector("button.revoke[aria-label*='Felix Future'][aria-label*='Official'], "
                    + "button.revoke[aria-label*='Felix Future'][aria-label*='Cargo']"));
            browser.clickAjax(revoke.getAttribute("id"));
            assertNull(TestAccounts.query(
                    "SELECT r.role FROM account_role r JOIN account a ON a.id = r.account_id WHERE a.email = ? AND r.role = 'OFFICIAL'",
                    email));
        }
    }

    @Test
    void profileAndPasswordChanges() {
        var email = TestAccounts.create("profile.owner@example.org", "Paula Profile");
        try (var browser = browser()) {
            signIn(browser, email, TestAccounts.PASSWORD);
            browser.type("profile:displayName", "Paula P.").select("profile:district", "Hillcrest").submit("profile:save");
            assertTrue(browser.pageText().contains("Your profile was saved"));
            assertEquals("Paula P.", TestAccounts.query("SELECT display_name FROM account WHERE email = ?", email));

            browser.type("password:currentPassword", "wrong current one").type("password:newPassword", GOOD_PASSWORD)
                    .submit("password:change");
            assertEquals("Your current password is not right.", browser.messageFor("password:currentPassword"));
            browser.type("password:currentPassword", TestAccounts.PASSWORD).type("password:newPassword", GOOD_PASSWORD)
                    .submit("password:change");
            assertTrue(browser.pageText().contains("Your password was changed"));
            assertTrue(Mailbox.subject(Mailbox.await(email, 1)).contains("password was changed"));
        }
    }
}
