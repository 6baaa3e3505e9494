package org.civicportal.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.function.Supplier;
import org.civicportal.testing.BouncingGreenMail;
import org.civicportal.testing.Mailbox;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestAccounts;
import org.civicportal.testing.TestInputs;
import org.civicportal.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The outbox against the real GreenMail: nothing is sent for a transaction that rolled back; an SMTP outage
 * leaves rows RETRYING and every one arrives once the server is back; a 5xx fails the row and suppresses the
 * address, after which NOTICE mail to it is not sent while ACCOUNT mail still is.
 * Rows for the dispatcher tests are written straight into outbox_message, as Outbox.queue writes them: what is
 * tested is what the dispatcher does with them.
 */
class OutboxIT extends PortalIT {

    @Test
    void aCreditInADecisionThatRolledBackIsNeverSentNorQueued() throws Exception {
        var author = TestAccounts.create("rollback.author@example.org", "Rhea Rollback");
        var official = TestAccounts.create("rollback.official@example.org", "Rolf Official", "OFFICIAL");
        long kept = TestInputs.create(author, "Drinking fountain by the rollback lido", "SUBMITTED");
        long hidden = TestInputs.create(author, "Bike racks by the rollback lido", "SUBMITTED");
        try (var browser = browser()) {
            signIn(browser, official, TestAccounts.PASSWORD);
            browser.open("/admin/decision")
                    .type("editor:title", "Rollback lido improvements")
                    .type("editor:summary", "A fountain and racks at the lido.")
                    .type("editor:rationale", "Residents asked.")
                    .type("editor:department", "Department of Parks")
                    .select("editor:topic", "Transport and streets").select("editor:district", "Riverside")
                    .select("editor:status", "Planned").type("editor:progress", "0");
            pick(browser, "rollback lido fountain", kept);
            pick(browser, "rollback lido racks", hidden);
            browser.type("editor:pending:0:how", "The fountain goes where Rhea said.")
                    .type("editor:pending:1:how", "The racks go by the gate.");
            // Hidden by a moderator meanwhile: crediting it fails after the first credit (and its email) was written.
            TestAccounts.update("UPDATE input SET hidden = TRUE WHERE id = ?", hidden);
            browser.submit("editor:save");
            assertTrue(browser.pageText().contains("Input #" + hidden + " can no longer be credited"),
                    browser.pageText());
        }
        assertEquals("0", TestAccounts.query("SELECT COUNT(*) FROM decision WHERE title = ?", "Rollback lido improvements"));
        assertEquals("0", TestAccounts.query("SELECT COUNT(*) FROM outbox_message WHERE recipient = ?", author),
                "the rolled-back transaction left no outbox row");

        // The same credit committed: its email is the first and only one the author ever gets.
        TestAccounts.update("UPDATE input SET hidden = FALSE WHERE id = ?", hidden);
        try (var browser = browser()) {
            signIn(browser, official, TestAccounts.PASSWORD);
            browser.open("/admin/decision")
                    .type("editor:title", "Rollback lido fountain")
                    .type("editor:summary", "A fountain at the lido.")
                    .type("editor:rationale", "Residents asked.")
                    .type("editor:department", "Department of Parks")
                    .select("editor:topic", "Transport and streets").select("editor:district", "Riverside")
                    .select("editor:status", "Planned").type("editor:progress", "0");
            pick(browser, "rollback lido fountain", kept);
            browser.type("editor:pending:0:how", "The fountain goes where Rhea said.").submit("editor:save");
        }
        var credited = Mailbox.await(author, 1);
        assertTrue(Mailbox.subject(credited).contains("Drinking fountain by the rollback lido"), Mailbox.subject(credited));
        assertEquals(1, Mailbox.to(author).size());
        assertEquals("SENT", TestAccounts.query("SELECT state FROM outbox_message WHERE recipient = ?", author));
    }

    @Test
    void duringAnOutageRowsRetryAndAllArriveOnceWhenTheServerIsBack() {
        var addresses = List.of("outage.one@example.org", "outage.two@example.org", "outage.three@example.org");
        TestServers.stopMail();
        try {
            for (var address : addresses) {
                queue("test/outage:" + address, "NOTICE", address, "Outage test for " + address);
            }
            for (var address : addresses) {
                await(() -> TestAccounts.query("SELECT CONCAT(state, ' ', attempts) FROM outbox_message "
                        + "WHERE message_key = ?", "test/outage:" + address), "RETRYING 1");
                assertTrue(TestAccounts.query("SELECT last_answer FROM outbox_message WHERE message_key = ?",
                        "test/outage:" + address).startsWith("no connection"));
                assertTrue(TestAccounts.query("SELECT next_attempt_at > created_at FROM outbox_message "
                        + "WHERE message_key = ?", "test/outage:" + address).equals("1"), "a next try is set");
            }
        } finally {
            TestServers.startMail();
        }
        for (var address : addresses) {
            var message = Mailbox.await(address, 1);
            assertEquals("Outage test for " + address, Mailbox.subject(message));
            await(() -> TestAccounts.query("SELECT state FROM outbox_message WHERE message_key = ?",
                    "test/outage:" + address), "SENT");
            assertEquals(1, Mailbox.to(address).size(), "exactly once");
            assertEquals(TestAccounts.query("SELECT message_id FROM outbox_message WHERE message_key = ?",
                    "test/outage:" + address), header(message, "Message-ID"));
            assertTrue(TestAccounts.query("SELECT last_answer FROM outbox_message WHERE message_key = ?",
                    "test/outage:" + address).startsWith("250"));
        }
    }

    @Test
    void aHardBounceFailsTheRowAndSuppressesTheAddressButAccountMailStillGoes() {
        var address = "hard.bounce@example.org";
        BouncingGreenMail.refuse(address);
        try {
            queue("test/bounce:first", "NOTICE", address, "First notice");
            await(() -> TestAccounts.query("SELECT state FROM outbox_message WHERE message_key = ?", "test/bounce:first"),
                    "FAILED");
        } finally {
            BouncingGreenMail.accept(address);
        }
        var answer = TestAccounts.query("SELECT last_answer FROM outbox_message WHERE message_key = ?", "test/bounce:first");
        assertTrue(answer.startsWith("550 5.1.1"), answer);
        assertEquals("1", TestAccounts.query("SELECT attempts FROM outbox_message WHERE message_key = ?",
                "test/bounce:first"), "not retried");
        assertEquals(answer, TestAccounts.query("SELECT reason FROM mail_suppression WHERE email = ?", address));

        // The server would take mail for it now, but the address stays suppressed until its owner confirms it.
        queue("test/bounce:notice", "NOTICE", address, "Second notice");
        queue("test/bounce:bulk", "BULK", address, "Some news");
        queue("test/bounce:account", "ACCOUNT", address, "Your sign-in link");
        var arrived = Mailbox.await(address, 1);
        assertEquals("Your sign-in link", Mailbox.subject(arrived));
        for (var key : List.of("test/bounce:notice", "test/bounce:bulk")) {
            await(() -> TestAccounts.query("SELECT state FROM outbox_message WHERE message_key = ?", key), "FAILED");
            assertTrue(TestAccounts.query("SELECT last_answer FROM outbox_message WHERE message_key = ?", key)
                    .startsWith("suppressed"));
        }
        assertEquals(1, Mailbox.to(address).size(), "only the account mail reached the suppressed address");
        assertNull(TestAccounts.query("SELECT sent_at FROM outbox_message WHERE message_key = ?", "test/bounce:notice"));
    }

    static void queue(String key, String stream, String to, String subject) {
        TestAccounts.update("INSERT INTO outbox_message (message_key, stream, recipient, language, template, subject, "
                + "text_body, html_body, message_id, state, next_attempt_at, created_at) VALUES (?, ?, ?, 'en', "
                + "'test/outbox', ?, ?, ?, ?, 'PENDING', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", key, stream, to, subject,
                "Text of " + subject, "<p>HTML of " + subject + "</p>",
                "<" + Integer.toHexString(key.hashCode()) + "." + key.replaceAll("[^a-z0-9]", "") + "@outbox.test>");
    }

    /** Waits up to 30 s for a value the dispatcher writes. */
    static void await(Supplier<String> value, String expected) {
        long deadline = System.currentTimeMillis() + 30_000;
        String last = null;
        while (System.currentTimeMillis() < deadline) {
            last = value.get();
            if (expected.equals(last)) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        fail("Expected " + expected + " within 30 s, last seen: " + last);
    }

    private static String header(jakarta.mail.internet.MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pick(org.civicportal.testing.Browser browser, String words, long inputId) {
        browser.type("editor:words", words).clickAjax("editor:search");
        browser.driver().findElement(By.cssSelector(".search-results li[data-input='" + inputId + "'] button")).click();
        browser.waitFor(By.cssSelector(".pending-credit[data-input='" + inputId + "']"));
    }
}
