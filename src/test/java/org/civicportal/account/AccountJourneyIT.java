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
import org.civicportal.testing.Mailbox;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestAccounts;
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

            browser.type("register:email", TestAccounts.RESIDENT).type("register:password", GOOD_PASSWORD)
                    .submit("register:submit");
            assertTrue(browser.messageFor("register:email").contains("already exists"));
            assertEquals("Bruno Field", browser.value("register:displayName"));
            assertEquals(GOOD_PASSWORD, browser.value("register:password"), "the password typed is kept too");

            browser.type("register:displayName", "").submit("register:submit");
            assertEquals("Please enter a display name.", browser.messageFor("register:displayName"));
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
    void fiveFailuresWithinFifteenMinutesMakeFurtherTriesWait() {
        var email = TestAccounts.create("throttled@example.org", "Theo Throttled");
        try (var browser = browser()) {
            for (int i = 0; i < 5; i++) {
                signIn(browser, email, "wrong password " + i);
                assertTrue(browser.pageText().contains("The email or password is not right"));
            }
            signIn(browser, email, TestAccounts.PASSWORD);
            assertTrue(browser.pageText().contains("Too many failed sign-ins"), browser.pageText());
            assertFalse(browser.has("my-page-link"), "even the right password must wait");
        }
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
            assertTrue(Mailbox.subject(Mailbox.await(email, 2)).contains("password was changed"));

            signIn(browser, email, GOOD_PASSWORD);
            assertEquals("/me", browser.path());

            browser.open(path).type("reset:password", "another long passphrase").submit("reset:submit");
            assertTrue(browser.pageText().contains("This link is not valid"), "a reset link works once");
        }
    }

    @Test
    void visitorIsSentToSignInAndBroughtBack() {
        var email = TestAccounts.create("returning@example.org", "Rita Returning");
        try (var browser = browser()) {
            browser.open("/me");
            assertTrue(browser.path().startsWith("/sign-in"));
            browser.type("signin:email", email).type("signin:password", TestAccounts.PASSWORD).submit("signin:submit");
            assertEquals("/me", browser.path());
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
