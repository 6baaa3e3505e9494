package org.civicportal.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.function.Supplier;
import org.civicportal.testing.BouncingGreenMail;
import org.civicportal.testing.FacesClient;
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
        // Marked right after the server accepted it, so a moment after GreenMail has it.
        await(() -> TestAccounts.query("SELECT state FROM outbox_message WHERE recipient = ?", author), "SENT");
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
                await(() -> TestAccounts.query("SELECT state FROM outbox_message WHERE message_key = ?",
                        "test/outage:" + address), "RETRYING");
                // One attempt for the message a failed connect was for; the rest of its batch waits uncounted.
                var attempts = TestAccounts.query("SELECT attempts FROM outbox_message WHERE message_key = ?",
                        "test/outage:" + address);
                assertTrue(attempts.equals("0") || attempts.equals("1"), attempts);
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

    @Test
    void staffRetryTheFirstAMiddleAndTheLastFailedRowResidentsAreRefusedVisitorsSignIn() throws Exception {
        var ids = new java.util.ArrayList<String>();
        for (int i = 1; i <= 5; i++) {
            var key = "test/admin-retry:" + i;
            // Written FAILED at once: a PENDING row would be the dispatcher's before the test could fail it.
            insert(key, "NOTICE", "admin.retry." + i + "@example.org", "Retried message " + i, "FAILED", null);
            TestAccounts.update("UPDATE outbox_message SET attempts = 1, last_answer = ? "
                    + "WHERE message_key = ?", "554 5.7.1 test refusal " + i, key);
            ids.add(TestAccounts.query("SELECT id FROM outbox_message WHERE message_key = ?", key));
        }
        var staff = new FacesClient(base).signIn(TestAccounts.create("outbox.staff@example.org", "Oona Outbox", "STAFF"),
                TestAccounts.PASSWORD);
        var view = "/admin/outbox?state=FAILED&to=admin.retry.";
        var page = staff.get(view);
        for (int i = 1; i <= 5; i++) {
            assertTrue(page.contains("admin.retry." + i + "@example.org"), page);
            assertTrue(page.contains("554 5.7.1 test refusal " + i), "the server's answer is shown");
        }
        assertTrue(page.indexOf("admin.retry.5@") < page.indexOf("admin.retry.1@"), "newest first");
        // First row (the newest), then a middle one, then the last one of the rows still failed.
        for (int i : new int[] {5, 3, 1}) {
            var response = retry(staff, view, ids.get(i - 1));
            assertEquals(302, response.statusCode(), response.body());
            var location = response.headers().firstValue("Location").orElse("");
            assertTrue(location.contains("state=FAILED") && location.contains("to=admin.retry."), "back to the same view");
            var after = staff.get(location.substring(location.indexOf("/admin/outbox")));
            assertTrue(after.contains("The message to admin.retry." + i + "@example.org is queued again."), after);
            var arrived = Mailbox.await("admin.retry." + i + "@example.org", 1);
            assertEquals("Retried message " + i, Mailbox.subject(arrived));
        }
        for (int i : new int[] {2, 4}) {
            assertEquals("FAILED", TestAccounts.query("SELECT state FROM outbox_message WHERE id = ?", ids.get(i - 1)),
                    "only the pressed rows were retried");
            assertTrue(Mailbox.to("admin.retry." + i + "@example.org").isEmpty());
        }

        var resident = new FacesClient(base).signIn(TestAccounts.create("outbox.resident@example.org", "Rex Resident"),
                TestAccounts.PASSWORD);
        assertEquals(403, status(resident, "/admin/outbox"));
        var visitor = status(new FacesClient(base), "/admin/outbox");
        assertTrue(visitor == 302 || visitor == 303, "a visitor is sent to sign in: " + visitor);
        try (var browser = browser()) {
            signIn(browser, "outbox.staff@example.org", TestAccounts.PASSWORD);
            browser.open(view.replace("state=FAILED", "state="));
            assertTrue(browser.pageText().contains("Suppressed addresses"));
            browser.assertAccessible();
        }
    }

    @Test
    void accountMailQueuedAfterABulkSendLeavesBeforeIt() {
        var campaign = "test:priority";
        // 150 bulk rows (more than a batch) due a minute ago, then a password reset due now: released together.
        TestAccounts.update("INSERT INTO outbox_message (message_key, stream, campaign, recipient, language, template, "
                + "subject, text_body, html_body, message_id, state, next_attempt_at, created_at) SELECT "
                + "CONCAT('test/priority:bulk:', s.seq), 'BULK', ?, 'priority.bulk@example.org', 'en', 'test/outbox', "
                + "CONCAT('Bulk ', s.seq), 'Bulk text', '<p>Bulk</p>', CONCAT('<priority.', s.seq, '@outbox.test>'), "
                + "'HELD', UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE, UTC_TIMESTAMP(6) FROM seq_1_to_150 s", campaign);
        TestAccounts.update("INSERT INTO outbox_message (message_key, stream, recipient, language, template, subject, "
                + "text_body, html_body, message_id, state, next_attempt_at, created_at) VALUES ('test/priority:account', "
                + "'ACCOUNT', 'priority.account@example.org', 'en', 'account/reset', 'Reset your password', 'Text', "
                + "'<p>HTML</p>', '<priority.account@outbox.test>', 'HELD', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))");
        assertEquals(151, TestAccounts.update("UPDATE outbox_message SET state = 'PENDING' WHERE state = 'HELD' "
                + "AND message_key LIKE 'test/priority:%'"));

        assertEquals("Reset your password", Mailbox.subject(Mailbox.await("priority.account@example.org", 1)));
        await(() -> TestAccounts.query("SELECT COUNT(*) FROM outbox_message WHERE campaign = ? AND state = 'SENT'",
                campaign), "150");
        assertEquals("0", TestAccounts.query("SELECT COUNT(*) FROM outbox_message b WHERE b.campaign = ? AND b.sent_at < "
                + "(SELECT a.sent_at FROM outbox_message a WHERE a.message_key = 'test/priority:account')", campaign),
                "no bulk message left before the account mail queued after them");
        assertEquals(150, Mailbox.to("priority.bulk@example.org").size());
    }

    @Test
    void retryingAFailedMessageOfAPausedSendHoldsItAndOfACancelledSendIsRefused() throws Exception {
        for (var kind : List.of("paused", "cancelled")) {
            insert("test/" + kind + "-retry:failed", "BULK", kind + ".retry@example.org", "Failed of a " + kind + " send",
                    "FAILED", "test:" + kind + "-retry");
            insert("test/" + kind + "-retry:other", "BULK", kind + ".retry.other@example.org", "Other of a " + kind
                    + " send", kind.equals("paused") ? "HELD" : "CANCELLED", "test:" + kind + "-retry");
        }
        var staff = new FacesClient(base).signIn(TestAccounts.create("outbox.pauser@example.org", "Pia Pauser", "STAFF"),
                TestAccounts.PASSWORD);
        for (var kind : List.of("paused", "cancelled")) {
            var id = TestAccounts.query("SELECT id FROM outbox_message WHERE message_key = ?", "test/" + kind + "-retry:failed");
            var view = "/admin/outbox?state=FAILED&to=" + kind + ".retry@";
            var response = retry(staff, view, id, kind + ".retry@");
            assertEquals(302, response.statusCode(), response.body());
            var location = response.headers().firstValue("Location").orElse("");
            var after = staff.get(location.substring(location.indexOf("/admin/outbox")));
            if (kind.equals("paused")) {
                assertTrue(after.contains("The message to paused.retry@example.org belongs to a paused send"), after);
                assertEquals("HELD", TestAccounts.query("SELECT state FROM outbox_message WHERE id = ?", id),
                        "it waits with the paused send");
            } else {
                assertTrue(after.contains("The message to cancelled.retry@example.org belongs to a cancelled send"), after);
                assertEquals("FAILED", TestAccounts.query("SELECT state FROM outbox_message WHERE id = ?", id));
            }
        }
        assertTrue(Mailbox.to("paused.retry@example.org").isEmpty() && Mailbox.to("cancelled.retry@example.org").isEmpty());
    }

    @Test
    void suppressedAddressesFollowTheRecipientFilterAndReadOnPageByPage() throws Exception {
        TestAccounts.update("INSERT INTO mail_suppression (email, reason, suppressed_at) SELECT "
                + "CONCAT('supp.page.', LPAD(s.seq, 2, '0'), '@example.org'), '550 5.1.1 no such user', "
                + "UTC_TIMESTAMP(6) - INTERVAL s.seq SECOND FROM seq_1_to_55 s");
        TestAccounts.update("INSERT INTO mail_suppression (email, reason, suppressed_at) VALUES "
                + "('supp.other@example.org', '550 gone', UTC_TIMESTAMP(6))");
        var staff = new FacesClient(base).signIn(TestAccounts.create("outbox.suppressed@example.org", "Sue Suppressed",
                "STAFF"), TestAccounts.PASSWORD);
        var first = staff.get("/admin/outbox?to=supp.page.");
        for (int i = 1; i <= 55; i++) {
            var address = String.format("supp.page.%02d@example.org", i);
            assertEquals(i <= 50, first.contains("data-email=\"" + address + "\""), address + " on the first page");
        }
        assertTrue(!first.contains("supp.other@example.org"), "the recipient filter applies to the suppressed list");
        var older = java.util.regex.Pattern.compile("id=\"suppressed-older\" href=\"[^\"]*(/admin/outbox[^\"]+)\"")
                .matcher(first);
        assertTrue(older.find(), "a link reads on");
        var second = staff.get(older.group(1).replace("&amp;", "&").replaceAll("#.*$", ""));
        for (int i = 1; i <= 55; i++) {
            var address = String.format("supp.page.%02d@example.org", i);
            assertEquals(i > 50, second.contains("data-email=\"" + address + "\""), address + " on the second page");
        }
        assertTrue(!second.contains("id=\"suppressed-older\""), "the end");
        var none = staff.get("/admin/outbox?to=supp.nobody.");
        assertTrue(none.contains("No suppressed address matches the recipient filter."), none);
    }

    /**
     * Chain news is queued as composed rows, one per follower, by one INSERT … SELECT: no body in the row, and
     * at sending time each follower's own message in their language, with their unsubscribe headers and the
     * Message-ID MessageIds derives from the key.
     */
    @Test
    void chainNewsIsComposedAtSendingTimeForEachFollowerInTheirLanguage() throws Exception {
        TestAccounts.update("INSERT INTO decision (title, summary, rationale, rationale_html, decided_on, department, "
                + "topic_id, district_id, impl_status, progress, created_by, created_at, updated_at) SELECT "
                + "'Composed news fountains', summary, rationale, rationale_html, decided_on, department, topic_id, "
                + "district_id, 'PLANNED', 0, created_by, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM decision ORDER BY id LIMIT 1");
        var decision = TestAccounts.query("SELECT MAX(id) FROM decision WHERE title = 'Composed news fountains'");
        var english = TestAccounts.create("composed.news.en@example.org", "Nina News");
        var spanish = TestAccounts.create("composed.news.es@example.org", "Nuria Noticias");
        TestAccounts.update("UPDATE account SET language = 'es' WHERE email = ?", spanish);
        TestAccounts.update("INSERT INTO chain_follower (decision_id, account_id, following, since) SELECT ?, id, TRUE, "
                + "UTC_TIMESTAMP(6) FROM account WHERE email IN (?, ?)", decision, english, spanish);
        var official = new FacesClient(base).signIn(TestAccounts.create("composed.news.official@example.org",
                "Omar Official", "OFFICIAL"), TestAccounts.PASSWORD);
        var fields = new java.util.HashMap<String, String>();
        for (var column : List.of("title", "summary", "rationale", "decided_on", "department", "topic_id",
                "district_id", "start_date", "target_date", "budget")) {
            var value = TestAccounts.query("SELECT " + column + " FROM decision WHERE id = ?", decision);
            fields.put(column.replace("_id", "").replace('_', '-'), value == null ? "" : value);
        }
        fields.put("status", "IN_PROGRESS");
        fields.put("progress", "30");
        assertEquals(302, official.post("/admin/decision?id=" + decision, "editor", "save", fields).statusCode());

        for (var address : List.of(english, spanish)) {
            var row = "SELECT %s FROM outbox_message WHERE recipient = ? AND message_key LIKE 'decision/progress:%%'";
            assertEquals("chain-news", TestAccounts.query(String.format(row, "composer"), address));
            assertNull(TestAccounts.query(String.format(row, "text_body"), address), "no body kept per follower");
            var key = TestAccounts.query(String.format(row, "message_key"), address);
            assertTrue(key.startsWith("decision/progress:" + decision + ":revision:") && key.endsWith(":account:"
                    + TestAccounts.query("SELECT id FROM account WHERE email = ?", address)), key);
            var news = Mailbox.await(address, 1);
            var messageId = TestAccounts.query(String.format(row, "message_id"), address);
            assertEquals(messageId, header(news, "Message-ID"));
            var host = messageId.substring(messageId.indexOf('@') + 1, messageId.length() - 1);
            assertEquals(MessageIds.of(key, "http://" + host), messageId, "the SQL derives the Message-ID as MessageIds");
            assertTrue(header(news, "List-Unsubscribe").contains("/unsubscribe?token="));
            var text = Mailbox.text(news);
            if (address.equals(english)) {
                assertTrue(text.contains("Hello Nina News") && text.contains("Composed news fountains"), text);
            } else {
                assertTrue(text.contains("Hola, Nuria Noticias") && text.contains("Composed news fountains"), text);
            }
        }
    }

    /** Presses Retry in the row of this message, as its form posts it. */
    private java.net.http.HttpResponse<String> retry(FacesClient client, String view, String id) throws Exception {
        return retry(client, view, id, "admin.retry.");
    }

    private java.net.http.HttpResponse<String> retry(FacesClient client, String view, String id, String to)
            throws Exception {
        var page = client.get(view);
        var row = page.indexOf("data-message=\"" + id + "\"");
        assertTrue(row > 0, "row " + id + " is listed");
        var form = java.util.regex.Pattern.compile("<form id=\"(rows:\\d+:retry)\"").matcher(page);
        assertTrue(form.find(row), "row " + id + " has a Retry button");
        var formId = form.group(1);
        var viewState = java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page);
        assertTrue(viewState.find());
        var nonce = java.util.regex.Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(page);
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put(formId, formId);
        fields.put("message", id);
        fields.put("state", "FAILED");
        fields.put("template", "");
        fields.put("to", to);
        fields.put(formId + ":go", "Retry");
        fields.put("jakarta.faces.ViewState", viewState.group(1));
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        var body = fields.entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8)
                + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        return client.http().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "admin/outbox"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private int status(FacesClient client, String path) throws Exception {
        return client.http().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path.substring(1)))
                .build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static void queue(String key, String stream, String to, String subject) {
        insert(key, stream, to, subject, "PENDING", null);
    }

    static void insert(String key, String stream, String to, String subject, String state, String campaign) {
        TestAccounts.update("INSERT INTO outbox_message (message_key, stream, campaign, recipient, language, template, "
                + "subject, text_body, html_body, message_id, state, next_attempt_at, created_at) VALUES (?, ?, ?, ?, 'en', "
                + "'test/outbox', ?, ?, ?, ?, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", key, stream, campaign, to, subject,
                "Text of " + subject, "<p>HTML of " + subject + "</p>",
                "<" + Integer.toHexString(key.hashCode()) + "." + key.replaceAll("[^a-z0-9]", "") + "@outbox.test>", state);
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
