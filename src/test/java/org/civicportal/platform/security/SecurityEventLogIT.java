package org.civicportal.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.civicportal.testing.FacesClient;
import org.civicportal.testing.Mailbox;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.SecondFactor;
import org.civicportal.testing.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * The security event log (ASVS 7.1.3, 7.2.1, 7.2.2, 2.8.5) as the portal writes it to its log file: each event
 * done over HTTP by this class's own accounts, its line read back by account id; no email, password or code in
 * any of them. Also the reused-code mail and the ten-minute sign-in link (2.7.2).
 */
class SecurityEventLogIT extends PortalIT {

    /** Where testing/PortalDeployment writes the portal's output. */
    private static final Path LOG = Path.of("target/payara-it.log");
    private static final Pattern LINE = Pattern.compile("security event=[^\\s|\\]]+(?: [a-z]+=[^\\s|\\]]+)*");

    @Test
    void residentsSignInsFailuresSignOutEndedSessionAndRefusedPagesAreLoggedWithoutEmailsOrPasswords() throws Exception {
        var email = TestAccounts.create("sel.resident@example.org", "Selma Seclog");
        var id = idOf(email);
        var unknown = "sel.nobody." + System.nanoTime() + "@example.org";
        var from = Files.size(LOG);

        var person = new FacesClient(base);
        person.post("/sign-in", "signin", "submit", Map.of("email", email, "password", "wrong-sel-password"));
        person.post("/sign-in", "signin", "submit", Map.of("email", unknown, "password", "wrong-sel-password"));
        person.signIn(email, TestAccounts.PASSWORD);
        assertEquals(403, get(person, "/admin/people", false).statusCode());
        assertEquals(302, person.post("/me", "shell", "sign-out", Map.of()).statusCode());

        var other = new FacesClient(base).signIn(email, TestAccounts.PASSWORD);
        TestAccounts.update("UPDATE account SET credentials_generation = credentials_generation + 1 WHERE id = ?", id);
        assertTrue(get(other, "/me", true).headers().firstValue("Location").orElseThrow().contains("ended=password"));

        // Deleting one's account ends this session and, at its next page, the one on another device.
        var leaving = TestAccounts.create("sel.leaving@example.org", "Lea Seclog");
        var leavingId = idOf(leaving);
        var here = new FacesClient(base).signIn(leaving, TestAccounts.PASSWORD);
        var elsewhere = new FacesClient(base).signIn(leaving, TestAccounts.PASSWORD);
        assertEquals(302, here.post("/me/delete", "delete", "confirm", Map.of("password", TestAccounts.PASSWORD))
                .statusCode());
        assertTrue(get(elsewhere, "/me", true).headers().firstValue("Location").orElseThrow().contains("ended=deleted"));

        // A visitor at a protected page with a crafted path: logged without the query, the path one token.
        var visitor = new FacesClient(base);
        var marker = "sel" + System.nanoTime();
        var refused = get(visitor, "/me/" + marker + "%20account=1%20event=sign-in.success?q=sel-query-secret", false);
        assertEquals(302, refused.statusCode());

        var lines = awaitLines(from, List.of(
                "event=sign-in.failure method=password reason=wrong-password account=" + id + " client=",
                "event=sign-in.failure method=password reason=wrong-password account=unknown client=",
                "event=sign-in.success method=password account=" + id + " client=",
                "event=access.refused path=/admin/people account=" + id + " needs=STAFF client=",
                "event=sign-out account=" + id + " client=",
                "event=session.ended reason=password-changed account=" + id + " client=",
                "event=access.refused path=/me/" + marker + "%20account%3D1%20event%3Dsign-in.success account=visitor "
                        + "needs=signed-in client=",
                "event=session.ended reason=account-deleted account=" + leavingId + " client="));
        assertEquals(2, lines.stream().filter(l -> l.contains("event=session.ended reason=account-deleted account="
                + leavingId + " ")).count(), "this device and the other one: " + String.join("\n", lines));
        assertEquals(2, lines.stream().filter(l -> l.contains("event=sign-in.success method=password account=" + id + " "))
                .count(), String.join("\n", lines));
        for (var line : lines) {
            for (var secret : List.of(email, leaving, unknown, "sel.nobody", "wrong-sel-password", TestAccounts.PASSWORD, "sel-query-secret")) {
                assertFalse(line.contains(secret), secret + " in " + line);
            }
            assertTrue(line.matches("security event=\\S+( [a-z]+=\\S+)* client=[0-9a-fA-F:.]+"), line);
        }
        assertFalse(Files.readString(LOG, StandardCharsets.UTF_8).contains(unknown), "the unknown email nowhere in the log");
    }

    @Test
    void secondStepsAndAReusedCodeAreLoggedAndTheOwnerIsMailedOnceAnHour() throws Exception {
        var email = TestAccounts.create("sel.official@example.org", "Otto Seclog", "OFFICIAL");
        var id = idOf(email);
        var from = Files.size(LOG);
        new FacesClient(base).signIn(email, TestAccounts.PASSWORD);
        var enrolled = SecondFactor.of(base.toString(), email);

        var person = new FacesClient(base);
        person.post("/sign-in", "signin", "submit", Map.of("email", email, "password", TestAccounts.PASSWORD));
        assertTrue(person.post("/sign-in/code", "second", "submit", Map.of("code", "12345")).body()
                .contains("This code is not right"));
        var code = enrolled.nextTotp();
        assertEquals(302, person.post("/sign-in/code", "second", "submit", Map.of("code", code)).statusCode());

        for (int i = 0; i < 2; i++) {
            var replay = new FacesClient(base);
            replay.post("/sign-in", "signin", "submit", Map.of("email", email, "password", TestAccounts.PASSWORD));
            assertTrue(replay.post("/sign-in/code", "second", "submit", Map.of("code", code)).body()
                    .contains("This code was already used"));
        }
        var recovery = enrolled.takeRecoveryCode();
        var withRecovery = new FacesClient(base);
        withRecovery.post("/sign-in", "signin", "submit", Map.of("email", email, "password", TestAccounts.PASSWORD));
        assertEquals(302, withRecovery.post("/sign-in/code", "second", "submit", Map.of("code", recovery)).statusCode());

        var lines = awaitLines(from, List.of(
                "event=sign-in.success method=enrolment account=" + id + " client=",
                "event=sign-in.first-step method=password account=" + id + " client=",
                "event=sign-in.failure method=code reason=wrong-code account=" + id + " client=",
                "event=sign-in.success method=code account=" + id + " client=",
                "event=two-factor.code-reused account=" + id + " client=",
                "event=sign-in.success method=recovery-code account=" + id + " client="));
        assertEquals(2, lines.stream().filter(l -> l.contains("event=two-factor.code-reused account=" + id + " ")).count());
        for (var line : lines) {
            for (var secret : List.of(email, code, recovery, "12345", TestAccounts.PASSWORD)) {
                assertFalse(line.contains(secret), secret + " in " + line);
            }
        }

        var mail = mailWithSubject(email, "A code from your app was entered a second time on your Civic Portal account");
        var text = Mailbox.text(mail);
        assertTrue(text.contains("entered a second time") && text.contains("someone knows your password: change it")
                && text.contains("/forgot-password"), text);
        assertFalse(text.contains(code), "the code is not in the mail");
        assertEquals("1", TestAccounts.query("SELECT COUNT(*) FROM outbox_message WHERE account_id = ? "
                + "AND template = 'account/two-factor-code-reused'", id), "two reuses, one mail within the hour");
    }

    @Test
    void theEmailedSignInLinkWorksForTenMinutesAndIsLogged() throws Exception {
        var email = TestAccounts.create("sel.link@example.org", "Lino Seclog");
        var id = idOf(email);
        var person = new FacesClient(base);

        person.post("/sign-in", "signinlink", "submit", Map.of("email", email));
        var first = Mailbox.await(email, 1);
        assertTrue(Mailbox.text(first).contains("The link works once, for 10 minutes."), Mailbox.text(first));
        age(id, 11);
        assertTrue(person.get(path(first)).contains("id=\"signinlink-invalid\""), "refused after 11 minutes");

        person.post("/sign-in", "signinlink", "submit", Map.of("email", email));
        var second = Mailbox.await(email, 2);
        age(id, 9);
        var from = Files.size(LOG);
        var used = person.post(path(second), "signinlink-use", "submit", Map.of());
        assertEquals(302, used.statusCode(), "accepted after 9 minutes: " + used.body());
        var lines = awaitLines(from, List.of("event=sign-in.success method=link account=" + id + " client="));
        for (var line : lines) {
            assertFalse(line.contains("token") || line.contains(email), line);
        }
    }

    /** Moves the account's unused sign-in links issued in the last minute this many minutes into the past. */
    private static void age(String accountId, int minutes) {
        assertEquals(1, TestAccounts.update("UPDATE account_token SET created_at = created_at - INTERVAL ? MINUTE, "
                + "expires_at = expires_at - INTERVAL ? MINUTE WHERE account_id = ? AND purpose = 'SIGN_IN' "
                + "AND used_at IS NULL AND created_at > UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE", minutes, minutes, accountId));
    }

    private static String path(jakarta.mail.internet.MimeMessage mail) {
        return Mailbox.link(mail, "token=").replaceFirst("https?://[^/]+", "");
    }

    private static String idOf(String email) {
        return TestAccounts.query("SELECT id FROM account WHERE email = ?", email);
    }

    /**
     * The security event lines written since {@code from} (bytes into the log), once each expected fragment is in
     * one of them; the log is written by another process, so it is read again until they are all there.
     */
    private static List<String> awaitLines(long from, List<String> expected) throws Exception {
        List<String> lines = List.of();
        for (int tries = 0; tries < 50; tries++) {
            lines = linesSince(from);
            var all = lines;
            if (expected.stream().allMatch(e -> all.stream().anyMatch(l -> l.contains(e)))) {
                var ids = expected.stream().map(e -> e.replaceAll(".* account=(\\d+) .*", "$1"))
                        .filter(i -> i.matches("\\d+")).toList();
                return lines.stream().filter(l -> expected.stream().anyMatch(l::contains)
                        || ids.stream().anyMatch(i -> l.contains(" account=" + i + " "))).toList();
            }
            Thread.sleep(200);
        }
        var all = lines;
        throw new AssertionError("Missing " + expected.stream().filter(e -> all.stream().noneMatch(l -> l.contains(e)))
                .toList() + " in:\n" + String.join("\n", lines));
    }

    private static List<String> linesSince(long from) throws IOException {
        var bytes = Files.readAllBytes(LOG);
        var text = new String(bytes, (int) Math.min(from, bytes.length), (int) Math.max(0, bytes.length - from),
                StandardCharsets.UTF_8);
        return LINE.matcher(text).results().map(r -> r.group()).toList();
    }

    private static jakarta.mail.internet.MimeMessage mailWithSubject(String address, String subject) {
        for (int n = 1;; n++) {
            var mail = Mailbox.await(address, n);
            if (subject.equals(Mailbox.subject(mail))) {
                return mail;
            }
        }
    }

    private HttpResponse<String> get(FacesClient client, String path, boolean asPage) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/+$", "") + path));
        if (asPage) {
            request.header("Accept", "text/html");
        }
        return client.http().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
