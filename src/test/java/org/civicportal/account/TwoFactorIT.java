package org.civicportal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.civicportal.account.control.Totp;
import org.civicportal.testing.FacesClient;
import org.civicportal.testing.Mailbox;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.SecondFactor;
import org.civicportal.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Two-factor sign-in for officials and staff (issue 13): enrolment, codes, recovery codes, reset. */
class TwoFactorIT extends PortalIT {

    @Test
    void anOfficialEnrolsAtFirstSignInWithAQrCodeAndKeepsTenRecoveryCodes() {
        var email = TestAccounts.create("tf.enrol@example.org", "Tess Enrol", "OFFICIAL");
        try (var browser = browser()) {
            browser.open("/sign-in").type("signin:email", email).type("signin:password", TestAccounts.PASSWORD)
                    .submit("signin:submit");
            assertTrue(browser.path().startsWith("/sign-in/enrol"), browser.path());
            assertEquals(1, browser.all(By.cssSelector("figure.qr-code svg path")).size(), "the QR code is inline SVG");
            var grouped = browser.text(By.id("enrol-secret"));
            assertTrue(grouped.matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}"), "the secret in groups of four: " + grouped);
            browser.assertAccessible();
            var secret = Totp.fromBase32(grouped);
            var step = Totp.stepOf(Instant.now());

            browser.type("enrol:code", Totp.codeAt(secret, step - 10)).submit("enrol:confirm");
            assertTrue(browser.messageFor("enrol:code").contains("not right"), browser.pageText());
            assertTrue(browser.path().startsWith("/sign-in/enrol"));
            assertEquals(grouped, browser.text(By.id("enrol-secret")), "the same secret is offered again");
            browser.assertAccessible();

            browser.type("enrol:code", Totp.codeAt(secret, step)).submit("enrol:confirm");
            assertEquals("/sign-in/recovery-codes", browser.path());
            var codes = browser.all(By.cssSelector("#recovery-codes code")).stream().map(e -> e.getText()).toList();
            assertEquals(10, codes.size());
            assertEquals(10, codes.stream().distinct().count());
            assertTrue(codes.stream().allMatch(c -> c.matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}")), codes.toString());
            assertTrue(browser.has("download"));
            browser.assertAccessible();
            assertEquals(10L, Long.parseLong(TestAccounts.query("SELECT COUNT(*) FROM two_factor_recovery_code c "
                    + "JOIN account a ON a.id = c.account_id WHERE a.email = ? AND c.used_at IS NULL", email)));
            assertFalse(TestAccounts.query("SELECT HEX(secret) FROM two_factor t JOIN account a ON a.id = t.account_id "
                    + "WHERE a.email = ?", email).contains(bytesHex(secret)), "the secret is not stored as it is");

            browser.submit("codes:finish");
            assertEquals("/me", browser.path());
            assertTrue(browser.text(By.id("twofactor-status")).contains("10 recovery codes left"),
                    browser.text(By.id("twofactor-status")));
            browser.open("/admin/inputs");
            assertEquals("/admin/inputs", browser.path());
            assertFalse(browser.pageText().contains("Not allowed"));
            browser.open("/sign-in/recovery-codes");
            assertEquals("/sign-in", browser.path(), "the codes are shown once");
        }
    }

    @Test
    void betweenTheStepsNoOfficialNorResidentPageIsReachableAndCodesWorkOnce() throws Exception {
        var email = TestAccounts.create("tf.steps@example.org", "Stefan Steps", "OFFICIAL");
        new FacesClient(base).signIn(email, TestAccounts.PASSWORD);
        var enrolled = SecondFactor.of(base.toString(), email);
        // Enrolment is trust on first use: the owner is told, without the secret or the codes.
        var secrets = new ArrayList<>(enrolled.unusedRecoveryCodes());
        secrets.addAll(List.of(Totp.base32(enrolled.secret()), Totp.grouped(enrolled.secret())));
        assertAccountMail(mailWithSubject(email, "Two-step sign-in was set up on your Civic Portal account"),
                List.of("Two-step sign-in was just set up for your Civic Portal account",
                        "If it was not, someone knows your password", "/forgot-password"), secrets);

        var person = new FacesClient(base);
        var refused = person.post("/sign-in", "signin", "submit", Map.of("email", email, "password", "not the password"));
        assertTrue(refused.body().contains("The email or password is not right"), refused.body());
        assertEquals(302, get(person, "/me").statusCode(), "after a wrong password a page still sends to sign in");
        var first = person.post("/sign-in", "signin", "submit", Map.of("email", email, "password", TestAccounts.PASSWORD));
        assertEquals(302, first.statusCode());
        assertTrue(first.headers().firstValue("Location").orElseThrow().endsWith("/sign-in/code"));
        for (var path : new String[] {"/admin/", "/admin/inputs", "/admin/decisions", "/me", "/me/volunteering"}) {
            var answer = get(person, path);
            assertEquals(302, answer.statusCode(), path + " between the steps");
            assertTrue(answer.headers().firstValue("Location").orElseThrow().contains("/sign-in"), path);
        }

        var wrong = person.post("/sign-in/code", "second", "submit", Map.of("code", "12345"));
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("This code is not right"), wrong.body());
        assertEquals(302, get(person, "/admin/inputs").statusCode(), "still not signed in");

        var code = enrolled.nextCode();
        var right = person.post("/sign-in/code", "second", "submit", Map.of("code", code));
        assertEquals(302, right.statusCode());
        assertEquals(200, get(person, "/admin/inputs").statusCode());

        var replay = new FacesClient(base);
        replay.post("/sign-in", "signin", "submit", Map.of("email", email, "password", TestAccounts.PASSWORD));
        var replayed = replay.post("/sign-in/code", "second", "submit", Map.of("code", code));
        assertEquals(200, replayed.statusCode());
        assertTrue(replayed.body().contains("This code was already used"), replayed.body());
        assertEquals(302, get(replay, "/admin/inputs").statusCode());

        var recovery = enrolled.takeRecoveryCode();
        var withRecovery = new FacesClient(base);
        withRecovery.post("/sign-in", "signin", "submit", Map.of("email", email, "password", TestAccounts.PASSWORD));
        assertEquals(302, withRecovery.post("/sign-in/code", "second", "submit",
                Map.of("code", recovery.toUpperCase())).statusCode(), "a recovery code, however typed");
        assertTrue(withRecovery.get("/me").contains("9 recovery codes left"));
        assertAccountMail(mailWithSubject(email, "A recovery code was used to sign in to your Civic Portal account"),
                List.of("Unused recovery codes left: 9.", "has one of your recovery codes", "/me"),
                List.of(recovery, recovery.toUpperCase()));

        var again = new FacesClient(base);
        again.post("/sign-in", "signin", "submit", Map.of("email", email, "password", TestAccounts.PASSWORD));
        var reused = again.post("/sign-in/code", "second", "submit", Map.of("code", recovery));
        assertTrue(reused.body().contains("This code is not right"), "a recovery code works once");

        // The last one: the eight others marked used behind the portal's back, so one sign-in reaches that mail.
        var last = enrolled.takeRecoveryCode();
        assertEquals(8, TestAccounts.update("UPDATE two_factor_recovery_code c JOIN account a ON a.id = c.account_id "
                + "SET c.used_at = UTC_TIMESTAMP(6) WHERE a.email = ? AND c.used_at IS NULL "
                + "AND c.code_hash <> UNHEX(SHA2(CONCAT(c.salt, ?), 256))", email, last.replace("-", "")));
        assertEquals(302, again.post("/sign-in/code", "second", "submit", Map.of("code", last)).statusCode());
        assertAccountMail(mailWithSubject(email, "A recovery code was used to sign in to your Civic Portal account", 2),
                List.of("You have no unused recovery codes left: make new ones on your account page"),
                List.of(last, "You can make new ones"));
    }

    @Test
    void staffResetAPersonsTwoFactorWhoThenEnrolsAgainAndResidentsAreNeverAsked() throws Exception {
        var official = TestAccounts.create("tf.lostphone@example.org", "Lola Lostphone", "OFFICIAL");
        var session = new FacesClient(base).signIn(official, TestAccounts.PASSWORD);
        assertEquals(200, get(session, "/admin/inputs").statusCode());

        var staff = new FacesClient(base).signIn(TestAccounts.create("tf.resetter@example.org", "Rex Resetter", "STAFF"),
                TestAccounts.PASSWORD);
        TestAccounts.update("UPDATE account SET language = 'es' WHERE email = ?", official);
        var found = staff.post("/admin/people", "people", "search", Map.of("query", "tf.lostphone@"));
        assertTrue(found.body().contains(official), found.body());
        var reset = staff.post("/admin/people", found.body(), "people", "people-table:0:reset-two-factor",
                Map.of("query", "tf.lostphone@"));
        assertTrue(reset.body().contains("Two-factor sign-in was reset"), reset.body());
        assertEquals("0", TestAccounts.query("SELECT COUNT(*) FROM two_factor t JOIN account a ON a.id = t.account_id "
                + "WHERE a.email = ?", official));
        assertNotEquals(200, get(session, "/admin/inputs").statusCode(), "the person's sessions ended");
        // Told in their language, by "a staff member": never which one.
        assertAccountMail(mailWithSubject(official,
                "Un miembro del personal restableció el acceso en dos pasos de su cuenta del Portal Cívico"),
                List.of("Un miembro del personal restableció el acceso en dos pasos", "Si no, entre cuanto antes"),
                List.of("Rex Resetter", "tf.resetter"));

        SecondFactor.forget(base.toString(), official);
        var first = new FacesClient(base).post("/sign-in", "signin", "submit",
                Map.of("email", official, "password", TestAccounts.PASSWORD));
        assertTrue(first.headers().firstValue("Location").orElseThrow().endsWith("/sign-in/enrol"), "enrols again");
        var enrolledAgain = new FacesClient(base).signIn(official, TestAccounts.PASSWORD);
        assertEquals(200, get(enrolledAgain, "/admin/inputs").statusCode());

        var resident = TestAccounts.create("tf.resident@example.org", "Rita Resident");
        var residentFirst = new FacesClient(base).post("/sign-in", "signin", "submit",
                Map.of("email", resident, "password", TestAccounts.PASSWORD));
        assertTrue(residentFirst.headers().firstValue("Location").orElseThrow().endsWith("/me"), "a resident is not asked");
    }

    @Test
    void aRoleGivenDuringASessionWaitsForTheNextSignInWithTwoFactors() throws Exception {
        var email = TestAccounts.create("tf.promoted@example.org", "Pablo Promoted");
        var session = new FacesClient(base).signIn(email, TestAccounts.PASSWORD);
        assertEquals(200, get(session, "/me").statusCode());
        TestAccounts.update("INSERT INTO account_role (account_id, role) SELECT id, 'OFFICIAL' FROM account WHERE email = ?",
                email);
        assertEquals(403, get(session, "/admin/inputs").statusCode(), "not in a session signed in with one factor");
        assertEquals(200, get(session, "/me").statusCode(), "still a resident there");

        var next = new FacesClient(base).post("/sign-in", "signin", "submit",
                Map.of("email", email, "password", TestAccounts.PASSWORD));
        assertTrue(next.headers().firstValue("Location").orElseThrow().endsWith("/sign-in/enrol"));
    }

    @Test
    void thePasswordAloneCannotFinishTheSignInThroughTheRecoveryCodesPage() throws Exception {
        var email = TestAccounts.create("tf.skip@example.org", "Sam Skip", "OFFICIAL");
        new FacesClient(base).signIn(email, TestAccounts.PASSWORD);

        var attacker = new FacesClient(base);
        var first = attacker.post("/sign-in", "signin", "submit", Map.of("email", email, "password", TestAccounts.PASSWORD));
        assertTrue(first.headers().firstValue("Location").orElseThrow().endsWith("/sign-in/code"));
        // "I have kept them" of /sign-in/recovery-codes, posted with the view state of /sign-in/code: a postback
        // runs no viewAction, so only the sign-in itself can refuse it.
        var codePage = attacker.get("/sign-in/code");
        var forged = attacker.post("/sign-in/recovery-codes", codePage.replace("id=\"second\"", "id=\"codes\""),
                "codes", "finish", Map.of());
        assertNotEquals(500, forged.statusCode());
        for (var path : new String[] {"/admin/inputs", "/me"}) {
            var answer = get(attacker, path);
            assertEquals(302, answer.statusCode(), path + " after a forged end of enrolment");
            assertTrue(answer.headers().firstValue("Location").orElseThrow().contains("/sign-in"), path);
        }
    }

    @Test
    void anOfficialsEmailedSignInLinkStopsAtTheSecondStep() throws Exception {
        var email = TestAccounts.create("tf.link@example.org", "Lina Linkofficial", "OFFICIAL");
        new FacesClient(base).signIn(email, TestAccounts.PASSWORD);
        var enrolled = SecondFactor.of(base.toString(), email);

        var person = new FacesClient(base);
        person.post("/sign-in", "signinlink", "submit", Map.of("email", email));
        var path = Mailbox.link(mailWithSubject(email, "Your Civic Portal sign-in link"), "token=")
                .replaceFirst("https?://[^/]+", "");
        var used = person.post(path, "signinlink-use", "submit", Map.of());
        assertEquals(302, used.statusCode(), used.body());
        assertTrue(used.headers().firstValue("Location").orElseThrow().endsWith("/sign-in/code"),
                used.headers().firstValue("Location").orElseThrow());
        for (var page : new String[] {"/admin/inputs", "/me"}) {
            assertEquals(302, get(person, page).statusCode(), page + " after the link alone");
        }
        assertEquals(302, person.post("/sign-in/code", "second", "submit", Map.of("code", enrolled.nextCode())).statusCode());
        assertEquals(200, get(person, "/admin/inputs").statusCode());
    }

    @Test
    void newRecoveryCodesOnMeNeedAThrottledCodeFromTheAppAndReplaceTheOldOnes() throws Exception {
        var email = TestAccounts.create("tf.renew@example.org", "Rene Renew", "OFFICIAL");
        // Their mails in Spanish, the pages in English: the sign-in chose the account's language, the switch back
        // to English chose it for the account too, so Spanish is set again.
        var spanish = "UPDATE account SET language = 'es' WHERE email = ?";
        TestAccounts.update(spanish, email);
        var session = new FacesClient(base).signIn(email, TestAccounts.PASSWORD);
        assertEquals(303, get(session, "/language?to=en&back=/me").statusCode());
        TestAccounts.update(spanish, email);
        var enrolled = SecondFactor.of(base.toString(), email);
        var secrets = new ArrayList<>(enrolled.unusedRecoveryCodes());
        secrets.addAll(List.of(Totp.base32(enrolled.secret()), Totp.grouped(enrolled.secret())));
        assertAccountMail(mailWithSubject(email, "Se activó el acceso en dos pasos en su cuenta del Portal Cívico"),
                List.of("Se acaba de activar el acceso en dos pasos", "alguien conoce su contraseña"), secrets);
        var old = enrolled.takeRecoveryCode();

        var wrong = session.post("/me", "twofactor", "renew", Map.of("code", "000000"));
        assertTrue(wrong.body().contains("This code is not right"), wrong.body());
        var made = session.post("/me", "twofactor", "renew", Map.of("code", enrolled.nextTotp()));
        assertTrue(made.body().contains("Your new recovery codes are below"), made.body());
        var codes = new ArrayList<String>();
        var found = Pattern.compile("<li><code>([a-z2-9-]{14})</code></li>").matcher(made.body());
        while (found.find()) {
            codes.add(found.group(1));
        }
        assertEquals(10, codes.size(), made.body());
        assertFalse(codes.contains(old));
        assertTrue(session.get("/me").contains("10 recovery codes left"));
        assertAccountMail(mailWithSubject(email,
                "Se generaron nuevos códigos de recuperación para su cuenta del Portal Cívico"),
                List.of("Los anteriores ya no funcionan.", "alguien ha entrado en su cuenta"), codes);

        assertEquals(303, get(session, "/language?to=es&back=/me").statusCode());
        var file = session.http().send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/+$", "")
                + "/sign-in/recovery-codes.txt")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, file.statusCode());
        assertTrue(codes.stream().allMatch(file.body()::contains), file.body());
        assertTrue(file.body().startsWith("C\u00f3digos de recuperaci\u00f3n de Civic Portal"), "in Spanish: " + file.body());
        assertEquals(404, get(session, "/sign-in/recovery-codes.txt").statusCode(),
                "once downloaded the plain codes are gone from the session");
        assertEquals(303, get(session, "/language?to=en&back=/me").statusCode());

        var withOld = new FacesClient(base);
        withOld.post("/sign-in", "signin", "submit", Map.of("email", email, "password", TestAccounts.PASSWORD));
        assertTrue(withOld.post("/sign-in/code", "second", "submit", Map.of("code", old)).body()
                .contains("This code is not right"), "the old recovery codes no longer work");
        assertEquals(302, withOld.post("/sign-in/code", "second", "submit", Map.of("code", codes.get(0))).statusCode());

        for (int i = 0; i < 5; i++) {
            assertTrue(session.post("/me", "twofactor", "renew", Map.of("code", "00000" + i)).body()
                    .contains("This code is not right"));
        }
        var throttled = session.post("/me", "twofactor", "renew", Map.of("code", "111111"));
        assertTrue(throttled.body().contains("Too many codes tried from your connection"), throttled.body());
    }

    @Test
    void twoTabsTurningTwoFactorOnAtOnceNeverAnswer500() throws Exception {
        var secretOnPage = Pattern.compile("id=\"enrol-secret\"[^>]*>([A-Z2-7 ]+)<");
        for (int round = 0; round < 2; round++) {
            var email = TestAccounts.create("tf.tabs" + round + "@example.org", "Tabitha Tabs", "OFFICIAL");
            var person = new FacesClient(base);
            person.post("/sign-in", "signin", "submit", Map.of("email", email, "password", TestAccounts.PASSWORD));
            var tab1 = person.get("/sign-in/enrol");
            var tab2 = person.get("/sign-in/enrol");
            var secret = secretOnPage.matcher(tab1);
            assertTrue(secret.find(), tab1);
            var code = Totp.codeAt(Totp.fromBase32(secret.group(1)), Totp.stepOf(Instant.now()));
            var one = CompletableFuture.supplyAsync(() -> confirm(person, tab1, code));
            var two = CompletableFuture.supplyAsync(() -> confirm(person, tab2, code));
            var answers = new int[] {one.join().statusCode(), two.join().statusCode()};
            assertTrue(answers[0] < 500 && answers[1] < 500, answers[0] + " " + answers[1]);
            assertEquals("1", TestAccounts.query("SELECT COUNT(*) FROM two_factor t JOIN account a ON a.id = t.account_id "
                    + "WHERE a.email = ?", email));
        }
    }

    private static HttpResponse<String> confirm(FacesClient person, String page, String code) {
        try {
            return person.post("/sign-in/enrol", page, "enrol", "confirm", Map.of("code", code));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first message to this address with this subject (account mails may arrive in any order). */
    private static MimeMessage mailWithSubject(String address, String subject) {
        return mailWithSubject(address, subject, 1);
    }

    /** The nth message to this address with this subject. */
    private static MimeMessage mailWithSubject(String address, String subject, int nth) {
        for (int n = 1, found = 0;; n++) {
            var mail = Mailbox.await(address, n);
            if (subject.equals(Mailbox.subject(mail)) && ++found == nth) {
                return mail;
            }
        }
    }

    /** Both parts of an account mail say each of these, and no part (nor the subject) holds any of the secrets. */
    private static void assertAccountMail(MimeMessage mail, List<String> says, List<String> secrets) throws Exception {
        assertTrue(mail.isMimeType("multipart/alternative"), mail.getContentType());
        var parts = (Multipart) mail.getContent();
        assertEquals(2, parts.getCount());
        var text = (String) parts.getBodyPart(0).getContent();
        var html = (String) parts.getBodyPart(1).getContent();
        assertTrue(parts.getBodyPart(0).isMimeType("text/plain") && parts.getBodyPart(1).isMimeType("text/html"));
        for (var phrase : says) {
            assertTrue(text.contains(phrase), phrase + " in the text part:\n" + text);
            assertTrue(html.contains(phrase), phrase + " in the HTML part:\n" + html);
        }
        for (var secret : secrets) {
            for (var part : List.of(Mailbox.subject(mail), text, html)) {
                assertFalse(part.toLowerCase().contains(secret.toLowerCase()), "the mail holds " + secret + ":\n" + part);
            }
        }
    }

    private HttpResponse<String> get(FacesClient client, String path) throws Exception {
        return client.http().send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/+$", "") + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String bytesHex(byte[] bytes) {
        var hex = new StringBuilder();
        for (byte b : bytes) {
            hex.append(String.format("%02X", b));
        }
        return hex.toString();
    }
}
