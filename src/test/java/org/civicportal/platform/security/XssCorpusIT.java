package org.civicportal.platform.security;

import static org.civicportal.testing.XssCorpus.MANY_LINES;
import static org.civicportal.testing.XssCorpus.MARK;
import static org.civicportal.testing.XssCorpus.ONE_LINE;
import static org.civicportal.testing.XssCorpus.assertInert;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.civicportal.platform.time.Quarter;
import org.civicportal.testing.FacesClient;
import org.civicportal.testing.Mailbox;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.StrictJson;
import org.civicportal.testing.TestAccounts;
import org.civicportal.testing.TestTasks;
import org.civicportal.testing.XssCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The XSS corpus typed through the portal's own forms by a resident, an official and staff, then every channel
 * that shows it read once: pages (parsed, nothing live), the answer email's HTML and text parts, the JSON API
 * (string values equal to what was typed), the iCal file (no raw tag), the audit CSV (cells neutralised).
 */
class XssCorpusIT extends PortalIT {

    private static final Quarter CURRENT = Quarter.of(Instant.now(), ZoneId.systemDefault());

    @Test
    void everyPayloadTypedIntoTheFormsComesOutInertInEveryChannel() throws Exception {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var residentEmail = TestAccounts.create("xss.resident." + tag + "@example.org", "Xavier Resident");
        var resident = new FacesClient(base).signIn(residentEmail, TestAccounts.PASSWORD);
        var official = new FacesClient(base).signIn(
                TestAccounts.create("xss.official." + tag + "@example.org", "Olga Official", "OFFICIAL"),
                TestAccounts.PASSWORD);
        var staff = new FacesClient(base).signIn(
                TestAccounts.create("xss.staff." + tag + "@example.org", "Stan Staff", "STAFF"), TestAccounts.PASSWORD);
        var river = TestAccounts.query("SELECT id FROM district WHERE code = 'river'");

        // Typed first, every payload: display name, an input (title, body, place), forum answers, a task.
        var profile = resident.post("/me", "profile", "save",
                Map.of("displayName", "Xavier " + ONE_LINE, "district", river, "language", "en"));
        assertTrue(profile.statusCode() < 400, "profile saved: " + profile.statusCode());
        assertEquals("Xavier " + ONE_LINE, TestAccounts.query("SELECT display_name FROM account WHERE email = ?",
                residentEmail), "the name is stored as typed");

        var title = tag + " " + ONE_LINE;
        var input = new HashMap<String, String>(Map.of("title", title, "body", MANY_LINES,
                "topic", TestAccounts.query("SELECT id FROM topic WHERE code = 'parks'"), "district", river,
                "place", "Quay " + ONE_LINE, "website", ""));
        assertEquals(302, resident.submit("/inputs/new", "input", "submit", input));
        var inputId = TestAccounts.query("SELECT i.id FROM input i JOIN account a ON a.id = i.author_id "
                + "WHERE a.email = ?", residentEmail);
        assertNotNull(inputId, "the input is stored");

        var forum = "/forums/" + CURRENT;
        var forumPage = resident.get(forum);
        assertTrue(forumPage.contains("id=\"answer\""), "the current forum takes written answers");
        var answered = resident.post(forum, forumPage, "answer", "save", Map.of("unreturned", tag + " " + MANY_LINES,
                "unreciprocated", ONE_LINE, "rebalance", MANY_LINES));
        assertTrue(answered.statusCode() < 400, "forum answer: " + answered.statusCode());
        assertEquals("1", TestAccounts.query("SELECT COUNT(*) FROM forum_answer f JOIN account a ON a.id = f.account_id "
                + "WHERE a.email = ? AND f.unreturned LIKE ?", residentEmail, tag + " %"), "the forum answer is stored");

        var decision = TestAccounts.query("SELECT id FROM decision WHERE title LIKE 'Shade trees%'");
        var task = official.post("/admin/task?decision=" + decision, "task", "save", Map.of("title", tag + " " + ONE_LINE,
                "description", MANY_LINES, "place", "Gate " + ONE_LINE, "day", LocalDate.now().plusDays(9).toString(),
                "start", "10:00", "end", "12:00", "capacity", "5", "contact", "Parks " + ONE_LINE));
        assertTrue(task.statusCode() == 302, "task saved: " + task.statusCode() + "\n" + task.body());
        var taskId = TestAccounts.query("SELECT id FROM task WHERE title LIKE ?", tag + " %");
        assertNotNull(taskId, "the task is stored");
        TestTasks.confirm(Long.parseLong(taskId), residentEmail);

        // The official answers the input with a payload: the answer reaches the resident by email.
        var queue = "/admin/inputs?q=" + tag;
        var answer = official.postFirst(queue, "queue", "items:0:answer", Map.of("items:0:text", MANY_LINES));
        assertEquals(302, answer.statusCode(), answer.body());

        // Every channel read once; every failure reported together.
        var checks = new ArrayList<Executable>();
        for (var page : new String[] {"/inputs/" + inputId, "/inputs?q=" + tag, "/tasks/" + taskId, forum}) {
            checks.add(() -> assertInert(new FacesClient(base).get(page), "visitor " + page));
        }
        checks.add(() -> assertInert(resident.get("/me"), "resident /me"));
        checks.add(() -> assertInert(resident.get("/me/volunteering"), "resident /me/volunteering"));
        checks.add(() -> assertInert(official.get(queue), "official " + queue));
        checks.add(() -> assertInert(official.get("/admin/task?id=" + taskId), "official /admin/task"));
        checks.add(() -> assertInert(official.get("/admin/roster?id=" + taskId), "official /admin/roster"));
        var q = URLEncoder.encode(ONE_LINE, StandardCharsets.UTF_8);
        checks.add(() -> assertInert(staff.get("/admin/outbox?template=" + q + "&to=" + q), "staff outbox filters"));
        checks.add(() -> assertInert(staff.get("/admin/audit?actor=" + q + "&targetId=" + q), "staff audit filters"));

        // JSON: plain-text values equal to what was typed, whatever they hold; HTML values inert.
        checks.add(() -> {
            var json = StrictJson.object(new FacesClient(base).get("/api/v1/inputs/" + inputId));
            assertEquals(title, json.getString("title"));
            assertInert(json.getString("body"), "API body (the sanitised HTML, as documented)");
            assertEquals(MANY_LINES, json.getString("answer"), "the answer is the typed text");
        });
        checks.add(() -> {
            var tasks = StrictJson.object(new FacesClient(base).get("/api/v1/tasks?size=100")).getJsonArray("items");
            var mine = tasks.getValuesAs(jakarta.json.JsonObject.class).stream()
                    .filter(t -> t.getString("title").startsWith(tag)).findFirst().orElseThrow();
            assertEquals(tag + " " + ONE_LINE, mine.getString("title"));
            assertEquals("Gate " + ONE_LINE, mine.getString("place"));
        });

        // iCal: the title is text, not markup, and a line break cannot start a property of its own.
        checks.add(() -> {
            var calendar = new FacesClient(base).get("/tasks.ics");
            assertTrue(calendar.contains(tag), "the task is in the calendar");
            var event = new net.fortuna.ical4j.data.CalendarBuilder().build(new StringReader(calendar));
            var summary = event.getComponents("VEVENT").stream().map(c -> c.getProperty("SUMMARY"))
                    .flatMap(java.util.Optional::stream).map(p -> p.getValue()).filter(v -> v.startsWith(tag))
                    .findFirst().orElseThrow();
            assertEquals(tag + " " + ONE_LINE, summary, "the summary is the typed title, as text");
        });

        // Email: the answered mail's HTML part parsed (nothing live), its text part plain.
        checks.add(() -> {
            var mail = Mailbox.await(residentEmail, 1);
            assertInert(XssCorpus.htmlPart(mail.getContent()), "answered email, HTML part");
            assertTrue(Mailbox.text(mail).contains(MARK), "the answer is in the text part");
        });

        // Audit CSV: every cell a spreadsheet would not run.
        checks.add(() -> assertTrue(XssCorpus.assertNeutralCsv(staff.get("/admin/audit.csv"), "audit.csv") > 0,
                "the audit CSV has entries"));
        assertAll(checks);
    }

    @Test
    void aTextDirectionOverrideIsRefusedAtTheFieldAndNothingIsStored() throws Exception {
        var email = TestAccounts.create("xss.bidi." + UUID.randomUUID().toString().substring(0, 8) + "@example.org",
                "Bea Bidi");
        var resident = new FacesClient(base).signIn(email, TestAccounts.PASSWORD);
        var page = resident.post("/inputs/new", "input", "submit", Map.of("title", XssCorpus.BIDI,
                "body", "A bench by the river, please.", "topic", TestAccounts.query("SELECT id FROM topic WHERE code = 'parks'"),
                "district", TestAccounts.query("SELECT id FROM district WHERE code = 'river'"), "place", "", "website", ""));
        assertEquals(200, page.statusCode(), "the form is shown again");
        assertTrue(page.body().contains("invisible control character"), "a message next to the field");
        assertEquals("0", TestAccounts.query("SELECT COUNT(*) FROM input i JOIN account a ON a.id = i.author_id "
                + "WHERE a.email = ?", email));
        var name = resident.post("/me", "profile", "save", Map.of("displayName", XssCorpus.BIDI,
                "district", TestAccounts.query("SELECT id FROM district WHERE code = 'river'"), "language", "en"));
        assertTrue(name.body().contains("invisible control character"), "the name is refused too");
        assertEquals("Bea Bidi", TestAccounts.query("SELECT display_name FROM account WHERE email = ?", email));
    }
}
