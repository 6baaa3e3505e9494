package org.civicportal.platform.security;

import static org.civicportal.testing.XssCorpus.MANY_LINES;
import static org.civicportal.testing.XssCorpus.MARK;
import static org.civicportal.testing.XssCorpus.ONE_LINE;
import static org.civicportal.testing.XssCorpus.assertInert;
import static org.civicportal.testing.XssCorpus.assertNothingLive;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.civicportal.platform.time.Quarter;
import org.civicportal.testing.FacesClient;
import org.civicportal.testing.Mailbox;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.StrictJson;
import org.civicportal.testing.TestAccounts;
import org.civicportal.testing.TestInputs;
import org.civicportal.testing.TestTasks;
import org.civicportal.testing.XssCorpus;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The corpus typed by officials and staff into what they publish (XssCorpusIT covers what residents type): a
 * moderation reason, a decision's every text and a credit's how, an implementation update with a photo's caption, a
 * volunteer's thanks, a forum's minutes, a commitment and its outcome, a monthly update's introduction and item.
 * Every record is written through the portal's own forms first; then every channel that shows them is read once:
 * public and admin pages, the Atom feeds, the JSON API, the sent update's email (both parts), the audit page and CSV.
 */
class XssPublishedIT extends PortalIT {

    private static final Quarter CURRENT = Quarter.of(Instant.now(), ZoneId.systemDefault());
    private static final Pattern PICK = Pattern.compile("id=\"editor:([^\"]*:0:pick)\"");

    @Test
    void whatOfficialsAndStaffPublishComesOutInertInEveryChannel() throws Exception {
        var tag = "xp" + UUID.randomUUID().toString().substring(0, 6);
        TestAccounts.update("INSERT IGNORE INTO district (code, name, name_es) VALUES ('xss-published', "
                + "'XSS Test Quarter', 'Barrio de la prueba XSS')");
        var district = TestAccounts.query("SELECT id FROM district WHERE code = 'xss-published'");
        var residentEmail = TestAccounts.create("xp.resident." + tag + "@example.org", "Pia Published");
        TestAccounts.update("UPDATE account SET district_id = ?, monthly_update_opt_in = TRUE, "
                + "monthly_update_opt_in_at = UTC_TIMESTAMP(6) WHERE email = ?", district, residentEmail);
        var resident = new FacesClient(base).signIn(residentEmail, TestAccounts.PASSWORD);
        var official = new FacesClient(base).signIn(
                TestAccounts.create("xp.official." + tag + "@example.org", "Ozzy Official", "OFFICIAL"),
                TestAccounts.PASSWORD);
        var staffEmail = TestAccounts.create("xp.staff." + tag + "@example.org", "Suki Staff", "STAFF");
        var staff = new FacesClient(base).signIn(staffEmail, TestAccounts.PASSWORD);
        var topic = TestAccounts.query("SELECT id FROM topic WHERE code = 'parks'");
        // The decision's district comes from the forms' pick list, which each node reads every ten minutes
        // (ReferenceData): a district this test just inserted is not in it yet. The update's audience (SQL) is.
        var listedDistrict = TestAccounts.query("SELECT id FROM district WHERE code = 'citywide'");

        // Moderation: a reported input hidden with a payload as its reason (the author reads it on the input).
        long hidden = TestInputs.create(residentEmail, tag + " hidden flyers", "SUBMITTED");
        for (var n = 1; n <= 3; n++) {
            var reporter = TestAccounts.create("xp.reporter" + n + "." + tag + "@example.org", "Reporter " + n);
            TestAccounts.update("INSERT INTO input_report (input_id, account_id, reason, created_at) SELECT ?, id, "
                    + "'SPAM', UTC_TIMESTAMP(6) FROM account WHERE email = ?", hidden, reporter);
        }
        TestAccounts.update("UPDATE input SET report_count = 3, hidden = TRUE WHERE id = ?", hidden);
        var row = "items:" + index(staff.get("/admin/moderation"), "data-input", hidden) + ":";
        assertEquals(302, staff.post("/admin/moderation", "moderation", row + "hide",
                Map.of(row + "reason", "Spam " + ONE_LINE)).statusCode());

        // A decision: every text a payload, crediting the resident's input with a payload as how.
        long credited = TestInputs.create(residentEmail, tag + " shade for the playground", "ANSWERED");
        var title = tag + " " + ONE_LINE;
        var decisionFields = new HashMap<String, String>(Map.of("title", title, "summary", MANY_LINES,
                "rationale", MANY_LINES, "decided-on", LocalDate.now().toString(), "department", "Parks " + ONE_LINE,
                "topic", topic, "district", listedDistrict, "status", "IN_PROGRESS", "progress", "10", "words", tag));
        decisionFields.putAll(Map.of("start-date", "", "target-date", "", "budget", ""));
        var searched = official.post("/admin/decision", "editor", "search", decisionFields);
        var pick = PICK.matcher(searched.body());
        assertTrue(pick.find(), "the input is found: " + searched.body());
        var picked = official.post("/admin/decision", searched.body(), "editor", pick.group(1), decisionFields);
        assertTrue(picked.body().contains("editor:pending:0:how"), "the input is picked: " + picked.body());
        decisionFields.put("pending:0:how", MANY_LINES);
        var saved = official.post("/admin/decision", picked.body(), "editor", "save", decisionFields);
        assertEquals(302, saved.statusCode(), saved.body());
        var decision = TestAccounts.query("SELECT id FROM decision WHERE title = ?", title);
        assertNotNull(decision, "the decision is stored");
        assertEquals(MANY_LINES, TestAccounts.query("SELECT how FROM decision_credit WHERE decision_id = ?", decision));

        // An implementation update with a real photo and a payload as its caption.
        var update = publishUpdate(official, "/admin/decision?id=" + decision, MANY_LINES, "Roof " + ONE_LINE);
        assertEquals(302, update.statusCode(), update.body());
        assertEquals("Roof " + ONE_LINE, TestAccounts.query("SELECT DISTINCT u.photo_caption FROM implementation_update u "
                + "JOIN update_photo p ON p.update_id = u.id WHERE u.decision_id = ?", decision), "with a stored photo");

        // Thanks: a held shift of the decision, the resident thanked with a payload, shown publicly by their choice.
        TestAccounts.update("INSERT INTO task (decision_id, title, description, description_html, place, starts_at, "
                + "ends_at, capacity, contact, created_by, created_at) SELECT id, ?, 'Water.', '<p>Water.</p>', 'Yard', "
                + "UTC_TIMESTAMP(6) - INTERVAL 5 HOUR, UTC_TIMESTAMP(6) - INTERVAL 3 HOUR, 4, 'Parks', created_by, "
                + "UTC_TIMESTAMP(6) - INTERVAL 1 DAY FROM decision WHERE id = ?", tag + " watering", decision);
        long task = Long.parseLong(TestAccounts.query("SELECT id FROM task WHERE title = ?", tag + " watering"));
        TestTasks.confirm(task, residentEmail);
        var roster = "/admin/roster?id=" + task;
        assertEquals(302, official.post(roster, "signups", "rows:0:record",
                Map.of("rows:0:attended", "ATTENDED", "rows:0:hours", "2")).statusCode());
        assertEquals(302, official.post(roster, "signups", "rows:0:send",
                Map.of("rows:0:thanks", "Thanks " + ONE_LINE)).statusCode());
        assertEquals(302, resident.post("/me/volunteering", "consent", "items:0:show", Map.of()).statusCode());
        assertEquals("1", TestAccounts.query("SELECT COUNT(*) FROM signup WHERE task_id = ? AND thanks_public", task));

        // The forum: minutes of a past quarter's forum, a commitment for this quarter and its outcome.
        var held = CURRENT.minus(6);
        TestAccounts.update("INSERT IGNORE INTO forum_event (quarter, starts_at, place, created_by, created_at) SELECT ?, "
                + "?, 'Old Library', id, UTC_TIMESTAMP(6) FROM account WHERE email = ?", held.code(),
                held.firstDay().plusDays(30) + " 17:00:00", TestAccounts.STAFF);
        var forumEditor = "/admin/forum?quarter=" + held;
        var html = staff.get(forumEditor);
        redirected(staff.post(forumEditor, html, "event", "save", Map.of("day", value(html, "event:day"),
                "time", value(html, "event:time"), "place", value(html, "event:place"), "link",
                value(html, "event:link"), "minutes", tag + "\n\n" + MANY_LINES)), "the minutes are saved");
        // A commitment is at most 500 characters: the corpus' raw HTML, SVG, entity and formula lines.
        var commitmentText = tag + " " + String.join("\n", MANY_LINES.lines().skip(5).toList());
        redirected(staff.post("/admin/commitments", "make", "submit", Map.of("text", commitmentText,
                "owner", "Office " + ONE_LINE, "due", CURRENT.toString())), "the commitment is made");
        var commitment = Long.parseLong(TestAccounts.query("SELECT id FROM commitment WHERE text = ?", commitmentText));
        var commitments = staff.get("/admin/commitments");
        var c = "rows:" + index(commitments, "data-commitment", commitment) + ":";
        var kept = staff.post("/admin/commitments", commitments, "follow-up", c + "save", Map.of(c + "due",
                CURRENT.toString(), c + "status", "DONE", c + "outcome", "Done " + ONE_LINE));
        redirected(kept, "the commitment's outcome is saved");

        // The monthly update of a month of its own (the 1800s: no other class uses them; months are UNIQUE), to
        // this test's district only: introduction and item typed.
        var month = String.format("18%02d-%02d", ThreadLocalRandom.current().nextInt(100),
                1 + ThreadLocalRandom.current().nextInt(12));
        TestAccounts.update("INSERT INTO monthly_update (month, state, intro_en, intro_es, audience, audience_id, "
                + "created_by, created_at, updated_at) SELECT ?, 'DRAFT', '', '', 'DISTRICT', ?, id, UTC_TIMESTAMP(6), "
                + "UTC_TIMESTAMP(6) FROM account WHERE email = ?", month, district, staffEmail);
        var updateId = TestAccounts.query("SELECT id FROM monthly_update WHERE month = ?", month);
        var editor = "/admin/update?id=" + updateId;
        redirected(staff.post(editor, "intro", "save-intro", Map.of("introEn", tag + "\n\n" + MANY_LINES,
                "introEs", ONE_LINE)), "the introduction is saved");
        redirected(staff.post(editor, "add", "add-item", Map.of("itemTitle", "Item " + ONE_LINE,
                "itemText", MANY_LINES, "itemLink", "https://example.org/?q=%22%3E%3Cscript%3E" + MARK)),
                "the item is added");
        var previewPage = staff.get(editor);
        var asked = staff.post(editor, previewPage, "sending", "send", Map.of());
        assertTrue(asked.body().contains("Send this update to 1 resident"), asked.body());
        assertEquals(200, staff.post(editor, asked.body(), "sending", "confirm", Map.of()).statusCode());

        // Every channel read once; every failure reported together.
        var checks = new ArrayList<Executable>();
        var chain = "/decisions/" + decision;
        for (var page : new String[] {chain, "/chains?district=" + listedDistrict, "/forums/" + held, "/forums/" + CURRENT}) {
            checks.add(() -> assertInert(new FacesClient(base).get(page), "visitor " + page));
        }
        checks.add(() -> {
            var page = assertInert(new FacesClient(base).get(chain), "visitor " + chain);
            assertTrue(page.select("#chain-updates img[alt]").stream().anyMatch(i -> i.attr("alt").equals(
                    "Roof " + ONE_LINE)), "the caption is the photo's text alternative, as typed");
            assertTrue(page.select("#chain-thanks").text().contains("Thanks " + ONE_LINE), "the thanks, as text");
        });
        checks.add(() -> assertInert(resident.get("/inputs/" + hidden), "author of the hidden input"));
        checks.add(() -> assertInert(resident.get("/me/volunteering"), "resident /me/volunteering"));
        // Pages that may show the texts (or only their records): nothing on them may run.
        for (var page : new String[] {"/me", "/me/reciprocity", "/inputs/" + credited}) {
            checks.add(() -> assertNothingLive(resident.get(page), "resident " + page));
        }
        checks.add(() -> assertNothingLive(staff.get("/admin/moderation"), "staff /admin/moderation"));
        checks.add(() -> assertInert(official.get("/admin/decision?id=" + decision), "official decision editor"));
        checks.add(() -> assertInert(official.get(roster), "official roster"));
        checks.add(() -> assertInert(staff.get(forumEditor), "staff forum editor"));
        checks.add(() -> assertInert(staff.get("/admin/commitments"), "staff /admin/commitments"));
        checks.add(() -> {
            // The HTML preview is the message itself, in a sandboxed iframe (no script may run in it): its srcdoc
            // is checked as the page it becomes, the editor page around it as a page.
            var page = Jsoup.parse(previewPage);
            var preview = page.getElementById("preview-html");
            assertEquals("", preview.attr("sandbox"), "the preview is sandboxed with every restriction");
            assertInert(preview.attr("srcdoc"), "the update's HTML preview");
            preview.removeAttr("srcdoc");
            assertInert(page.outerHtml(), "staff update editor");
            assertTrue(page.getElementById("preview-text").text().contains("Item " + ONE_LINE),
                    "the text preview shows the item's title as typed, as text");
        });
        checks.add(() -> {
            var spanish = Jsoup.parse(staff.get(editor + "&preview=es"));
            assertInert(spanish.getElementById("preview-html").attr("srcdoc"), "the Spanish HTML preview");
            assertTrue(spanish.getElementById("preview-text").text().contains(ONE_LINE),
                    "the Spanish text preview shows the Spanish introduction as typed, as text");
        });
        // The JSON API: plain texts exactly as typed, the rationale as its sanitised HTML.
        checks.add(() -> {
            var json = StrictJson.object(new FacesClient(base).get("/api/v1/decisions/" + decision));
            assertEquals(title, json.getString("title"));
            assertEquals(MANY_LINES, json.getString("summary"));
            assertEquals("Parks " + ONE_LINE, json.getString("department"));
            assertInert(json.getString("rationale"), "API rationale (sanitised HTML, as documented)");
            assertEquals(MANY_LINES, json.getJsonArray("credits").getJsonObject(0).getString("how"));
            assertEquals(MANY_LINES, json.getJsonObject("implementation").getJsonArray("updates").getJsonObject(0)
                    .getString("text"));
        });
        checks.add(() -> {
            var json = StrictJson.object(new FacesClient(base).get("/api/v1/forums/" + CURRENT));
            var mine = json.getJsonObject("questions").getJsonObject("rebalancing").getJsonArray("thisQuarter")
                    .getValuesAs(JsonObject.class).stream().filter(o -> o.getInt("id") == commitment).findFirst()
                    .orElseThrow();
            assertEquals(commitmentText, mine.getString("text"));
            assertEquals("Office " + ONE_LINE, mine.getString("owner"));
            assertEquals("Done " + ONE_LINE, mine.getString("outcome"));
        });

        // The chains feed: strict XML; the decision's title and summary as text, the update's HTML inert.
        checks.add(() -> {
            var feed = XssCorpus.assertInertAtom(new FacesClient(base).get("/feeds/chains.atom"), "chains feed");
            assertTrue(feed.stream().anyMatch(e -> e.title().endsWith(title) && MANY_LINES.equals(e.summary())),
                    "the decision's entry carries the typed title and summary as text");
        });

        // The sent update: the resident's email (HTML and text parts), the public page and the updates feed.
        checks.add(() -> {
            var mail = updateMail(residentEmail, month);
            assertInert(XssCorpus.htmlPart(mail.getContent()), "the update email, HTML part");
            var text = Mailbox.text(mail);
            assertTrue(text.contains("Item " + ONE_LINE), "the text part shows the item's title as typed");
            var parts = (jakarta.mail.Multipart) mail.getContent();
            assertTrue(parts.getBodyPart(0).isMimeType("text/plain"), "the text part is plain text, never rendered");
            markSent(updateId);
            assertInert(new FacesClient(base).get("/updates/" + month), "the update's public page");
            assertNothingLive(new FacesClient(base).get("/updates"), "the list of updates");
            var feed = XssCorpus.assertInertAtom(new FacesClient(base).get("/feeds/updates.atom"), "updates feed");
            assertTrue(feed.stream().anyMatch(e -> e.id().endsWith("/updates/" + month) && e.content().contains(MARK)),
                    "the update's entry carries the payloads");
        });

        // The audit: the page of these actions, and the CSV of the staff member's (cells neutralised).
        checks.add(() -> assertNothingLive(staff.get("/admin/audit?target=decision&targetId=" + decision),
                "the decision's audit entries"));
        checks.add(() -> {
            var page = assertNothingLive(staff.get("/admin/audit?actor=" + URLEncoder.encode(staffEmail,
                    StandardCharsets.UTF_8)), "the staff member's audit entries");
            for (var action : new String[] {"input.hide", "commitment.make", "commitment.change"}) {
                assertNotNull(page.selectFirst("[data-action=" + action + "]"), action + " is on the audit page");
            }
        });
        checks.add(() -> assertTrue(XssCorpus.assertNeutralCsv(staff.get("/admin/audit.csv?actor="
                + URLEncoder.encode(staffEmail, StandardCharsets.UTF_8)), "audit.csv") >= 4,
                "hide, commitment make and change, forum, update send are exported"));
        assertAll(checks);
    }

    /** The post was taken (a redirect); if not, the messages the page showed, to tell why. */
    private static void redirected(HttpResponse<String> response, String what) {
        if (response.statusCode() != 302) {
            var page = Jsoup.parse(response.body());
            throw new AssertionError(what + ": " + response.statusCode() + " "
                    + page.select(".ui-message-error, .ui-messages-error, .notice, [role=alert]").eachText()
                    + "\n" + page.select("main").text());
        }
    }

    /** Posts the update form as the browser does: multipart, with a real PNG under the photo field. */
    private HttpResponse<String> publishUpdate(FacesClient client, String path, String text, String caption)
            throws Exception {
        var page = client.get(path);
        var fields = new LinkedHashMap<String, String>();
        fields.put("update", "update");
        fields.put("update:text", text);
        fields.put("update:progress", "20");
        fields.put("update:caption", caption);
        fields.put("update:publish", "");
        fields.put("jakarta.faces.ViewState", value(page, "j_id1:jakarta.faces.ViewState:1", "jakarta.faces.ViewState"));
        var nonce = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(page);
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        var boundary = "----xss" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"update:photos\"; "
                + "filename=\"roof.png\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(png());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.http().send(HttpRequest.newBuilder(URI.create(base + path.substring(1)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] png() throws Exception {
        var image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x2266aa);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** The update's copy to this resident, among the other mail the test's actions sent them. */
    private static jakarta.mail.internet.MimeMessage updateMail(String email, String month) throws Exception {
        var campaign = "update:" + TestAccounts.query("SELECT id FROM monthly_update WHERE month = ?", month);
        var messageId = TestAccounts.query("SELECT message_id FROM outbox_message WHERE campaign = ? AND recipient = ?",
                campaign, email);
        assertNotNull(messageId, "the update is queued for the resident");
        for (int n = 1; ; n++) {
            var mail = Mailbox.await(email, n);
            if (messageId.replaceAll("[<>]", "").equals(String.valueOf(mail.getMessageID()).replaceAll("[<>]", ""))) {
                return mail;
            }
        }
    }

    /**
     * The update is public once sent. Called once its one copy (the resident's, awaited) is delivered: the delivery
     * job would mark it SENT on its next round (UpdateDeliveryIT proves it does); it is marked here as the job
     * marks it, so nothing polls for the round.
     */
    private static void markSent(String updateId) {
        TestAccounts.update("UPDATE monthly_update SET state = 'SENT', finished_at = UTC_TIMESTAMP(6) WHERE id = ? "
                + "AND state = 'SENDING' AND queued_at IS NOT NULL", updateId);
        assertEquals("SENT", TestAccounts.query("SELECT state FROM monthly_update WHERE id = ?", updateId));
    }

    /** The row index of the record with this id on a list page that marks rows with the attribute. */
    private static int index(String page, String attribute, long id) {
        var rows = Pattern.compile(attribute + "=\"(\\d+)\"").matcher(page);
        for (var i = 0; rows.find(); i++) {
            if (rows.group(1).equals(String.valueOf(id))) {
                return i;
            }
        }
        throw new AssertionError(attribute + " " + id + " is not listed:\n" + page);
    }

    private static String value(String html, String id) {
        return value(html, id, id);
    }

    /** The value of the field with this id (or, failing that, this name) as the page shows it. */
    private static String value(String html, String id, String name) {
        var page = Jsoup.parse(html);
        var field = page.getElementById(id);
        if (field == null) {
            field = page.selectFirst("[name=" + name.replace(":", "\\:") + "]");
        }
        assertNotNull(field, "no field " + id);
        return field.tagName().equals("textarea") ? field.text() : field.attr("value");
    }
}
