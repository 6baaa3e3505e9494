package org.civicportal.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Multipart;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.civicportal.testing.Browser;
import org.civicportal.testing.FacesClient;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestAccounts;
import org.civicportal.testing.TestServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * Sending an update through the sending panel of its edit page, on the shared portal and GreenMail: 200
 * subscribers of a district only this class's accounts live in (half Spanish) each receive it exactly once, as
 * multipart/alternative, in their language, with both RFC 8058 headers; a resident who left the list is not in
 * the next send; an SMTP outage mid-send leaves rows retrying while the panel (axe-clean) shows the send, pause
 * holds every unsent row, and resume delivers each once GreenMail is back; a send interrupted between two chunks
 * resumes by itself; a resident cannot act on the panel.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpdateDeliveryIT extends PortalIT {

    static final int SUBSCRIBERS = 200;
    /** The update's edit page, which hosts the sending panel. */
    static final String EDIT = "/admin/update?id=";
    private static final String STAFF = "delivery.staff@example.org";
    private static final String RESIDENT = "delivery.resident@example.org";
    private static final Pattern LIST_UNSUBSCRIBE = Pattern.compile("<https?://[^>]+/unsubscribe\\?token=[^>]+>");
    private static final Duration SENDING = Duration.ofSeconds(90);

    private long district;
    private long staffId;
    private final List<Long> ids = new ArrayList<>();
    private final List<String> emails = new ArrayList<>();

    @BeforeAll
    void subscribers() {
        TestAccounts.create(STAFF, "Delivery Staff", "STAFF");
        TestAccounts.create(RESIDENT, "Delivery Resident");
        staffId = Long.parseLong(TestAccounts.query("SELECT id FROM account WHERE email = ?", STAFF));
        TestAccounts.update("INSERT INTO district (code, name, name_es) VALUES ('delivery-it', 'Delivery Test Quarter', "
                + "'Barrio de la prueba de envío')");
        district = Long.parseLong(TestAccounts.query("SELECT id FROM district WHERE code = 'delivery-it'"));
        TestAccounts.update("INSERT INTO account (email, display_name, password_hash, district_id, language, "
                + "monthly_update_opt_in, monthly_update_opt_in_at, email_verified_at, created_at) "
                + "SELECT CONCAT('delivery-', LPAD(seq, 3, '0'), '@example.org'), CONCAT('Subscriber ', seq), "
                + "s.password_hash, ?, IF(seq % 2 = 0, 'en', 'es'), TRUE, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), "
                + "UTC_TIMESTAMP(6) FROM seq_0_to_" + (SUBSCRIBERS - 1) + " JOIN account s ON s.email = ? ORDER BY seq",
                district, TestAccounts.STAFF);
        for (int i = 0; i < SUBSCRIBERS; i++) {
            var email = String.format("delivery-%03d@example.org", i);
            emails.add(email);
            ids.add(Long.parseLong(TestAccounts.query("SELECT id FROM account WHERE email = ?", email)));
        }
    }

    @Test
    @Order(1)
    void everySubscriberReceivesTheUpdateOnceInTheirLanguageWithOneClickUnsubscribe() throws Exception {
        long update = draft("2001-01");
        var staff = new FacesClient(base).signIn(STAFF, TestAccounts.PASSWORD);
        var page = staff.get(EDIT + update);
        assertTrue(page.contains("This update will go to " + SUBSCRIBERS + " residents"), page);
        assertTrue(page.contains("Send to " + SUBSCRIBERS + " residents"), page);

        var asked = staff.post(EDIT + update, page, "sending", "send", Map.of());
        assertEquals(200, asked.statusCode());
        assertTrue(asked.body().contains("Send this update to " + SUBSCRIBERS + " residents now?"), asked.body());
        assertEquals("DRAFT", state(update), "asking for the confirmation sends nothing");
        var sent = staff.post(EDIT + update, asked.body(), "sending", "confirm", Map.of());
        assertEquals(200, sent.statusCode());
        assertTrue(sent.body().contains("Sending started."), sent.body());

        SendingTrace.await("the panel showing the update sent to all", SENDING,
                () -> panel(staff, update).contains(SUBSCRIBERS + " of " + SUBSCRIBERS + " sent (100 %)")
                        && panel(staff, update).contains("sending-state\" class=\"status status-SENT"),
                () -> panel(staff, update));
        assertEquals(String.valueOf(SUBSCRIBERS), TestAccounts.query("SELECT recipients FROM monthly_update WHERE id = ?",
                update));

        var received = SendingTrace.byRecipientAndMessageId(TestServers.mail().getReceivedMessages());
        for (int i = 0; i < SUBSCRIBERS; i++) {
            var messages = SendingTrace.of(received, baseUrl(), update, ids.get(i), emails.get(i));
            assertEquals(1, messages.size(), emails.get(i) + " receives the update exactly once");
            var message = messages.get(0);
            assertTrue(message.isMimeType("multipart/alternative"), message.getContentType());
            var parts = (Multipart) message.getContent();
            assertEquals(2, parts.getCount());
            assertTrue(parts.getBodyPart(0).isMimeType("text/plain"), parts.getBodyPart(0).getContentType());
            assertTrue(parts.getBodyPart(1).isMimeType("text/html"), parts.getBodyPart(1).getContentType());
            var text = (String) parts.getBodyPart(0).getContent();
            var html = (String) parts.getBodyPart(1).getContent();
            boolean spanish = i % 2 == 1;
            var intro = spanish ? "Hola desde la prueba de envío" : "Hello from the delivery test";
            assertTrue(text.contains(intro), emails.get(i) + " reads the update in " + (spanish ? "Spanish" : "English")
                    + ":\n" + text);
            assertTrue(html.contains(intro), html);
            var unsubscribe = message.getHeader("List-Unsubscribe", null);
            assertTrue(unsubscribe != null && LIST_UNSUBSCRIBE.matcher(unsubscribe).find(), "List-Unsubscribe: "
                    + unsubscribe);
            assertEquals("List-Unsubscribe=One-Click", message.getHeader("List-Unsubscribe-Post", null));
        }
    }

    @Test
    @Order(2)
    void anOutageLeavesRowsRetryingAPauseHoldsThemAndResumeDeliversEachOnceToWhoStillSubscribes() throws Exception {
        // The first subscriber left the list since the first send.
        TestAccounts.update("UPDATE account SET monthly_update_opt_in = FALSE WHERE id = ?", ids.get(0));
        long update = draft("2001-02");
        var campaign = "update:" + update;
        var mail = TestServers.mail();
        TestServers.stopMail();
        try (var browser = browser()) {
            signIn(browser, STAFF, TestAccounts.PASSWORD);
            browser.open(EDIT + update);
            assertTrue(browser.pageText().contains("This update will go to " + (SUBSCRIBERS - 1) + " residents"),
                    browser.pageText());
            browser.submit("sending:send");
            browser.submit("sending:confirm");
            SendingTrace.await("rows retrying while the mail server is away", SENDING,
                    () -> count(campaign, "RETRYING") > 0, () -> states(campaign));
            browser.submit("sending:pause");
            assertTrue(browser.pageText().contains("Sending paused."), browser.pageText());
            assertEquals("PAUSED", state(update));
            assertEquals(0, count(campaign, "PENDING") + count(campaign, "RETRYING"),
                    "a pause holds every row not sent: " + states(campaign));
            assertEquals(SUBSCRIBERS - 1, count(campaign, "HELD"), "nothing reached the absent server");
            assertTrue(browser.text(By.id("sending-figures")).contains("0 of " + (SUBSCRIBERS - 1) + " sent"),
                    browser.text(By.id("sending-figures")));

            TestServers.startMail();
            browser.submit("sending:resume");
            assertTrue(browser.pageText().contains("Sending resumed."), browser.pageText());
            // During the send (its rows wait out their retry delay): the panel and the list of updates.
            assertTrue(browser.text(By.id("sending-state")).contains("Sending"), browser.pageText());
            browser.assertAccessible();
            browser.open("/admin/updates");
            browser.assertAccessible();
            SendingTrace.await("the second update sent", SENDING, () -> "SENT".equals(state(update)),
                    () -> states(campaign));
        } finally {
            if (!mail.isRunning()) {
                TestServers.startMail();
            }
        }
        var received = SendingTrace.byRecipientAndMessageId(mail.getReceivedMessages());
        assertEquals(0, SendingTrace.of(received, baseUrl(), update, ids.get(0), emails.get(0)).size(),
                "who left the list gets no more updates");
        assertEquals("0", TestAccounts.query("SELECT COUNT(*) FROM outbox_message WHERE campaign = ? AND account_id = ?",
                campaign, ids.get(0)));
        for (int i = 1; i < SUBSCRIBERS; i++) {
            assertEquals(1, SendingTrace.of(received, baseUrl(), update, ids.get(i), emails.get(i)).size(),
                    emails.get(i) + " receives the second update once, after the outage");
        }
    }

    @Test
    @Order(3)
    void aSendInterruptedBetweenTwoChunksResumesByItselfWithoutRepeatingAnyone() {
        // As a node that died after queuing the first half would leave it: SENDING, the cursor at the 100th
        // subscriber, and their rows already sent.
        long update = draft("2001-03");
        var campaign = "update:" + update;
        long cursor = ids.get(SUBSCRIBERS / 2 - 1);
        TestAccounts.update("UPDATE account SET monthly_update_opt_in = TRUE WHERE id = ?", ids.get(0));
        TestAccounts.update("INSERT INTO outbox_message (message_key, stream, campaign, account_id, recipient, language, "
                + "template, composer, params, message_id, state, next_attempt_at, created_at, sent_at) "
                + "SELECT CONCAT(?, ':account:', id), 'BULK', ?, id, email, language, 'update/monthly', 'update', ?, "
                + "CONCAT('<sent-before-the-crash.', id, '@test>'), 'SENT', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), "
                + "UTC_TIMESTAMP(6) FROM account WHERE district_id = ? AND id <= ?", campaign, campaign,
                String.valueOf(update), district, cursor);
        TestAccounts.update("UPDATE monthly_update SET state = 'SENDING', sent_by = ?, send_started_at = UTC_TIMESTAMP(6), "
                + "recipients = ?, queued_through = ? WHERE id = ?", staffId, SUBSCRIBERS, cursor, update);

        SendingTrace.await("the interrupted send finished by the portal alone", SENDING,
                () -> "SENT".equals(state(update)), () -> states(campaign));
        assertEquals(String.valueOf(SUBSCRIBERS), TestAccounts.query(
                "SELECT COUNT(DISTINCT account_id) FROM outbox_message WHERE campaign = ?", campaign));
        assertEquals(String.valueOf(SUBSCRIBERS), TestAccounts.query(
                "SELECT COUNT(*) FROM outbox_message WHERE campaign = ?", campaign), "one row per recipient");
        var received = SendingTrace.byRecipientAndMessageId(TestServers.mail().getReceivedMessages());
        for (int i = 0; i < SUBSCRIBERS; i++) {
            int expected = ids.get(i) <= cursor ? 0 : 1;
            assertEquals(expected, SendingTrace.of(received, baseUrl(), update, ids.get(i), emails.get(i)).size(),
                    emails.get(i) + (expected == 0 ? " was queued before the interruption and is not repeated"
                            : " is queued after it and receives the update once"));
        }
    }

    @Test
    @Order(4)
    void aResidentCannotSendPauseOrSeeThePanel() throws Exception {
        long update = draft("2001-04");
        var resident = new FacesClient(base).signIn(RESIDENT, TestAccounts.PASSWORD);
        var page = resident.http().send(HttpRequest.newBuilder(URI.create(base + EDIT.substring(1) + update)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, page.statusCode());
        var post = resident.http().send(HttpRequest.newBuilder(URI.create(base + EDIT.substring(1) + update))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("sending=sending&sending%3Aconfirm=&jakarta.faces.ViewState=x"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, post.statusCode());
        assertEquals("DRAFT", state(update), "nothing was sent");
    }

    private long draft(String month) {
        TestAccounts.update("INSERT INTO monthly_update (month, state, intro_en, intro_es, audience, audience_id, "
                + "created_by, created_at, updated_at) VALUES (?, 'DRAFT', 'Hello from the delivery test', "
                + "'Hola desde la prueba de envío', 'DISTRICT', ?, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", month,
                district, staffId);
        long id = Long.parseLong(TestAccounts.query("SELECT id FROM monthly_update WHERE month = ?", month));
        TestAccounts.update("INSERT INTO monthly_update_item (update_id, position, kind, title, body) VALUES "
                + "(?, 1, 'CUSTOM', 'The delivery test item', 'Sent to the delivery test district.')", id);
        return id;
    }

    private String panel(FacesClient client, long update) {
        try {
            return client.get(EDIT + update);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String state(long update) {
        return TestAccounts.query("SELECT state FROM monthly_update WHERE id = ?", update);
    }

    private static int count(String campaign, String state) {
        return Integer.parseInt(TestAccounts.query("SELECT COUNT(*) FROM outbox_message WHERE campaign = ? AND state = ?",
                campaign, state));
    }

    private static String states(String campaign) {
        return TestAccounts.query("SELECT GROUP_CONCAT(CONCAT(state, '=', n)) FROM (SELECT state, COUNT(*) n FROM "
                + "outbox_message WHERE campaign = ? GROUP BY state) s", campaign);
    }

    private String baseUrl() {
        return base.toString().replaceAll("/+$", "");
    }
}
