package org.civicportal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.civicportal.audit.control.AuditCatalog;
import org.civicportal.platform.time.Quarter;
import org.civicportal.testing.FacesClient;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.StrictJson;
import org.civicportal.testing.TestAccounts;
import org.civicportal.testing.TestInputs;
import org.civicportal.testing.TestServers;
import org.civicportal.testing.TestTasks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The actions AuditIT does not perform, each done through its real page as an official, staff or the resident
 * exercising a data right: one official, one staff member and two residents do them all, then the log is read
 * once; with AuditIT's, they are every action code the audit writes, and docs/security.md names each. Each action must leave exactly one entry naming the actor, the target, the changed fields where there
 * are any and the client's address; staff must find it on /admin/audit filtered by it, and in the CSV (parsed as
 * strict RFC 4180) with the same values.
 */
class AuditCoverageIT extends PortalIT {

    private static final long RUN_NUMBER = System.currentTimeMillis() % 1_000_000_000L;
    private static final String RUN = Long.toString(RUN_NUMBER, 36);
    private static final String OFFICIAL = "coverage.official." + RUN + "@example.org";
    private static final String STAFF = "coverage.staff." + RUN + "@example.org";
    private static final String AUTHOR = "coverage.author." + RUN + "@example.org";
    private static final String QUIET = "coverage.quiet." + RUN + "@example.org";

    /** One action expected on the log: who did it to what, and what else its details must say. */
    private record Expected(String action, String targetType, long targetId, long actorId,
            Consumer<JsonObject> details) {
    }

    /** The action codes only AuditIT performs (each asserted there); this class performs the rest. */
    private static final List<String> IN_AUDIT_IT = List.of("input.answer", "input.decline", "input.hide",
            "input.restore", "decision.edit", "task.create", "task.edit", "task.cancel", "volunteer.thanks",
            "forum.schedule", "forum.attendance", "forum.attendance.remove", "role.grant", "role.revoke",
            "twofactor.reset", "outbox.retry");

    private final List<Expected> expected = new ArrayList<>();

    @AfterAll
    static void removeHandMadeLedgerRows() {
        TestAccounts.update("DELETE FROM ledger_entry WHERE resident_id = (SELECT id FROM account WHERE email = ?)",
                QUIET);
    }

    @Test
    void everyActionTheIssueNamesLeavesOneEntryShownOnTheAuditPageAndInTheCsv() throws Exception {
        TestAccounts.create(OFFICIAL, "Cora Coverage", "OFFICIAL");
        TestAccounts.create(STAFF, "Stan Coverage", "STAFF");
        TestAccounts.create(AUTHOR, "Ada Coverage");
        var official = new FacesClient(base).signIn(OFFICIAL, TestAccounts.PASSWORD);
        var staff = new FacesClient(base).signIn(STAFF, TestAccounts.PASSWORD);

        long decision = officialPublishesACreditingDecisionAndUpdatesItsImplementation(official);
        officialRecordsAttendanceAndHours(official);
        staffModeratesAForumAnswer(staff);
        staffChangesACommitment(staff);
        staffSendsPausesResumesAndCancelsUpdates(staff);
        staffInvitesACreditedResidentAndChecksInOnAQuietGiver(staff, decision);
        var residents = aResidentTakesTheirDataAndAnotherLeaves();

        // Every code the audit writes is performed, here or by AuditIT, and the documentation's table names it.
        var performed = new TreeSet<>(IN_AUDIT_IT);
        expected.forEach(want -> performed.add(want.action()));
        assertEquals(new TreeSet<>(AuditCatalog.ACTIONS), performed, "an action code no test performs");
        var documented = Files.readString(Path.of("docs", "security.md"));
        for (var action : AuditCatalog.ACTIONS) {
            assertTrue(documented.contains("`" + action + "`"), action + " is missing from docs/security.md's table");
        }

        // The one read of the log: every entry of these four people, and nothing else of theirs.
        var entries = entries(id(OFFICIAL), id(STAFF), residents[0], residents[1]);
        assertEquals(expected.size(), entries.size(), "one entry per action, no more: " + entries.keySet());
        for (var want : expected) {
            var entry = entries.get(key(want));
            assertNotNull(entry, want + " is not on the log: " + entries.keySet());
            assertEquals(want.actorId(), entry.actor(), want.action());
            assertTrue(entry.address().equals("127.0.0.1") || entry.address().equals("0:0:0:0:0:0:0:1"),
                    want.action() + " from " + entry.address());
            want.details().accept(entry.details());
        }

        // Staff find each entry on /admin/audit filtered by its action and target, with the client's address.
        for (var want : expected) {
            var page = staff.get("/admin/audit?action=" + want.action() + "&target=" + want.targetType()
                    + "&targetId=" + want.targetId());
            var rows = Pattern.compile("<tr data-entry=\"(\\d+)\" data-action=\"([^\"]+)\"").matcher(page).results()
                    .map(m -> m.group(2)).toList();
            assertEquals(List.of(want.action()), rows, want + "\n" + page);
            var address = Pattern.compile("<td class=\"address\">([^<]*)</td>").matcher(page);
            assertTrue(address.find() && address.group(1).equals(entries.get(key(want)).address()), page);
        }
        // The changed attendance reads as a change, the code by its name.
        var roster = staff.get("/admin/audit?action=volunteer.hours&actor=" + enc(OFFICIAL));
        assertTrue(Pattern.compile("<li data-field=\"attendance\"><span class=\"field\">Attendance</span>:\\s*"
                + "<span class=\"before\">—</span> → <span class=\"after\">Attended</span>").matcher(roster).find(),
                roster);

        // And in the CSV, each with the same values as the log holds.
        var csv = new ArrayList<CSVRecord>();
        csv.addAll(csv(staff, "actor=" + enc(OFFICIAL)));
        csv.addAll(csv(staff, "actor=" + enc(STAFF)));
        csv.addAll(csv(staff, "target=account&targetId=" + residents[0]));
        csv.addAll(csv(staff, "target=account&targetId=" + residents[1]));
        for (var want : expected) {
            var entry = entries.get(key(want));
            var records = csv.stream().filter(r -> r.get("id").equals(String.valueOf(entry.id()))).toList();
            assertEquals(1, records.size(), want.toString());
            var record = records.get(0);
            assertTrue(record.isConsistent());
            assertEquals(want.action(), record.get("action"));
            assertEquals(want.targetType(), record.get("target_type"));
            assertEquals(String.valueOf(want.targetId()), record.get("target_id"));
            assertEquals(String.valueOf(want.actorId()), record.get("actor_id"));
            assertEquals(entry.address(), record.get("client_address"));
            assertEquals(entry.details(), StrictJson.object(record.get("details")), want.action());
        }
    }

    // --- the official ---

    /** Publishes a decision crediting an input (search, pick, say how, publish), then posts an update with progress. */
    private long officialPublishesACreditingDecisionAndUpdatesItsImplementation(FacesClient official) throws Exception {
        var word = "Coveragequill" + RUN;
        long input = TestInputs.create(AUTHOR, word + " lanterns on the towpath", "ANSWERED");
        var title = word + " lanterns, decided";
        var fields = new HashMap<String, String>();
        fields.put("title", title);
        fields.put("summary", "Lanterns every 50 m on the towpath.");
        fields.put("rationale", "Residents asked for light on the towpath.");
        fields.put("decided-on", LocalDate.now().toString());
        fields.put("department", "Parks");
        fields.put("topic", TestAccounts.query("SELECT id FROM topic WHERE code = 'transport'"));
        fields.put("district", TestAccounts.query("SELECT id FROM district WHERE code = 'river'"));
        fields.put("status", "PLANNED");
        fields.put("progress", "0");
        fields.put("start-date", "");
        fields.put("target-date", "");
        fields.put("budget", "");
        fields.put("words", word);
        var searched = official.post("/admin/decision", official.get("/admin/decision"), "editor", "search", fields);
        assertEquals(200, searched.statusCode());
        var pick = Pattern.compile("id=\"editor:([^\"]*:pick)\"").matcher(searched.body());
        assertTrue(pick.find(), "the input is found:\n" + searched.body());
        var picked = official.post("/admin/decision", searched.body(), "editor", pick.group(1), fields);
        assertTrue(picked.body().contains("data-input=\"" + input + "\""), picked.body());
        fields.put("pending:0:how", "The lanterns follow the path this input drew.");
        var published = official.post("/admin/decision", picked.body(), "editor", "save", fields);
        assertEquals(302, published.statusCode(), published.body());
        long decision = Long.parseLong(TestAccounts.query("SELECT id FROM decision WHERE title = ?", title));
        long officialId = id(OFFICIAL);
        expect("decision.publish", "decision", decision, officialId,
                d -> assertEquals(decision, d.getJsonNumber("decision").longValue()));
        expect("decision.credit", "input", input, officialId,
                d -> assertEquals(decision, d.getJsonNumber("decision").longValue()));

        var editor = "/admin/decision?id=" + decision;
        var posted = official.postMultipart(editor, official.get(editor), "update", "publish", Map.of("text",
                "The first lanterns are up.", "progress", "40", "caption", ""), "photos");
        assertEquals(302, posted.statusCode(), posted.body());
        long update = Long.parseLong(TestAccounts.query("SELECT id FROM implementation_update WHERE decision_id = ?",
                decision));
        expect("implementation.update", "decision", decision, officialId, d -> {
            assertEquals(update, d.getJsonNumber("update").longValue());
            var progress = d.getJsonObject("changes").getJsonObject("progress");
            assertEquals("0", progress.getString("before"));
            assertEquals("40", progress.getString("after"));
        });
        return decision;
    }

    /** Records a volunteer's attendance and hours on the roster: the entry holds both, before and after. */
    private void officialRecordsAttendanceAndHours(FacesClient official) throws Exception {
        long task = TestTasks.create("Coverage past shift " + RUN, -300, 3);
        var volunteer = TestAccounts.create("coverage.volunteer." + RUN + "@example.org", "Vic Coverage");
        TestTasks.confirm(task, volunteer);
        long signup = Long.parseLong(TestAccounts.query("SELECT s.id FROM signup s JOIN account a ON a.id = "
                + "s.account_id WHERE s.task_id = ? AND a.email = ?", task, volunteer));
        assertEquals(302, official.post("/admin/roster?id=" + task, "signups", "rows:0:record",
                Map.of("rows:0:attended", "ATTENDED", "rows:0:hours", "2.5")).statusCode());
        expect("volunteer.hours", "signup", signup, id(OFFICIAL), d -> {
            var changes = d.getJsonObject("changes");
            assertTrue(changes.getJsonObject("attendance").isNull("before"), d.toString());
            assertEquals("ATTENDED", changes.getJsonObject("attendance").getString("after"));
            assertTrue(changes.getJsonObject("hours").isNull("before"), d.toString());
            assertEquals("2.5", changes.getJsonObject("hours").getString("after"));
        });
    }

    // --- staff ---

    /** Hides a reported forum answer on /admin/forums with a reason (recorded by its length), then restores it. */
    private void staffModeratesAForumAnswer(FacesClient staff) throws Exception {
        var quarter = Quarter.of(java.time.Instant.now(), ZoneId.systemDefault()).minus(11);
        TestAccounts.update("INSERT INTO forum_answer (quarter, account_id, district_id, unreturned, unreciprocated, "
                + "rebalance, created_at, updated_at, report_count, hidden) SELECT ?, a.id, (SELECT id FROM district "
                + "WHERE code = 'river'), 'Coverage unreturned', 'Coverage unreciprocated', 'Coverage rebalance', "
                + "UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 2, FALSE FROM account a WHERE a.email = ?", quarter.code(), AUTHOR);
        long answer = Long.parseLong(TestAccounts.query("SELECT w.id FROM forum_answer w JOIN account a ON "
                + "a.id = w.account_id WHERE a.email = ?", AUTHOR));
        var page = staff.get("/admin/forums");
        var row = "items:" + rowOf(page, "data-answer", answer) + ":";
        var reason = "Names a city employee";
        assertTrue(staff.post("/admin/forums", page, "moderation", row + "hide", Map.of(row + "reason", reason))
                .statusCode() < 400);
        assertEquals("1", TestAccounts.query("SELECT hidden FROM forum_answer WHERE id = ?", answer), "hidden");
        page = staff.get("/admin/forums");
        row = "items:" + rowOf(page, "data-answer", answer) + ":";
        assertTrue(staff.post("/admin/forums", page, "moderation", row + "restore", Map.of()).statusCode() < 400);
        assertEquals("0", TestAccounts.query("SELECT hidden FROM forum_answer WHERE id = ?", answer), "restored");
        long staffId = id(STAFF);
        expect("forum.answer.restore", "forum_answer", answer, staffId,
                d -> assertEquals(answer, d.getJsonNumber("answer").longValue()));
        expect("forum.answer.hide", "forum_answer", answer, staffId, d -> {
            assertEquals(reason.length(), d.getInt("reasonLength"));
            assertFalse(d.toString().contains("employee"), "no free text in the append-only log: " + d);
        });
    }

    /** Makes a commitment, then moves it a quarter on and marks it done: the change names those fields only. */
    private void staffChangesACommitment(FacesClient staff) throws Exception {
        var quarter = Quarter.of(java.time.Instant.now(), ZoneId.systemDefault());
        var due = quarter.toString();
        var text = "Coverage " + RUN + ": answer every river input within 30 days";
        assertEquals(302, staff.post("/admin/commitments", "make", "submit", Map.of("text", text, "owner",
                "River office", "due", due)).statusCode());
        long commitment = Long.parseLong(TestAccounts.query("SELECT id FROM commitment WHERE text = ?", text));
        var page = staff.get("/admin/commitments");
        var row = "rows:" + rowOf(page, "data-commitment", commitment) + ":";
        var later = quarter.next().toString();
        var kept = staff.post("/admin/commitments", page, "follow-up", row + "save", Map.of(row + "due", later,
                row + "status", "DONE", row + "outcome", "Every input answered."));
        assertEquals(302, kept.statusCode(), kept.body());
        long staffId = id(STAFF);
        expect("commitment.make", "commitment", commitment, staffId, d -> assertEquals(due, d.getString("due")));
        expect("commitment.change", "commitment", commitment, staffId, d -> {
            var changes = d.getJsonObject("changes");
            assertEquals(due, changes.getJsonObject("due").getString("before"));
            assertEquals(later, changes.getJsonObject("due").getString("after"));
            assertEquals("OPEN", changes.getJsonObject("status").getString("before"));
            assertEquals("DONE", changes.getJsonObject("status").getString("after"));
            assertTrue(changes.getJsonObject("outcome").isNull("before"), changes.toString());
            assertEquals("Every input answered.", changes.getJsonObject("outcome").getString("after"));
            assertFalse(changes.containsKey("text") || changes.containsKey("owner"), "unchanged: " + changes);
        });
    }

    /**
     * Sends an update to a district nobody lives in, pauses and cancels it; resumes another that was paused. A
     * message of the first, waiting to be retried tomorrow, keeps it SENDING until staff act (no race with the
     * delivery job).
     */
    private void staffSendsPausesResumesAndCancelsUpdates(FacesClient staff) throws Exception {
        TestAccounts.update("INSERT INTO district (code, name, name_es) VALUES (?, 'Coverage Empty Quarter', "
                + "'Barrio vacío de la cobertura')", "coverage-" + RUN);
        var district = TestAccounts.query("SELECT id FROM district WHERE code = ?", "coverage-" + RUN);
        long sent = update("1997-01", "DRAFT", district);
        TestAccounts.update("INSERT INTO outbox_message (message_key, stream, recipient, language, template, subject, "
                + "text_body, html_body, message_id, state, next_attempt_at, created_at, campaign) VALUES (?, 'BULK', "
                + "'coverage.blocker@example.org', 'en', 'update/monthly', 'Held back', 'Text', '<p>HTML</p>', ?, "
                + "'RETRYING', UTC_TIMESTAMP(6) + INTERVAL 1 DAY, UTC_TIMESTAMP(6), ?)", "coverage:" + RUN,
                "<coverage." + RUN + "@outbox.test>", "update:" + sent);
        var editor = "/admin/update?id=" + sent;
        var asked = staff.post(editor, staff.get(editor), "sending", "send", Map.of());
        var started = staff.post(editor, asked.body(), "sending", "confirm", Map.of());
        assertTrue(started.body().contains("Sending started."), started.body());
        var paused = staff.post(editor, staff.get(editor), "sending", "pause", Map.of());
        assertTrue(paused.body().contains("Sending paused."), paused.body());
        var asking = staff.post(editor, paused.body(), "sending", "cancel", Map.of());
        var cancelled = staff.post(editor, asking.body(), "sending", "confirmCancel", Map.of());
        assertEquals("CANCELLED", TestAccounts.query("SELECT state FROM monthly_update WHERE id = ?", sent),
                cancelled.body());

        long resumed = update("1997-02", "PAUSED", district);
        var again = staff.post("/admin/update?id=" + resumed, staff.get("/admin/update?id=" + resumed), "sending",
                "resume", Map.of());
        assertTrue(again.body().contains("Sending resumed."), again.body());

        long staffId = id(STAFF);
        expect("update.send", "update", sent, staffId, d -> assertEquals(0, d.getInt("recipients")));
        expect("update.pause", "update", sent, staffId, d -> assertEquals(sent, d.getJsonNumber("update").longValue()));
        expect("update.cancel", "update", sent, staffId, d -> assertEquals(sent, d.getJsonNumber("update").longValue()));
        expect("update.resume", "update", resumed, staffId,
                d -> assertEquals(resumed, d.getJsonNumber("update").longValue()));
    }

    /**
     * On /admin/vitality: invites the author credited by the decision just published to its open task, and
     * writes to a resident who gave in earlier quarters and not in this one (the message by its length).
     */
    private void staffInvitesACreditedResidentAndChecksInOnAQuietGiver(FacesClient staff, long decision)
            throws Exception {
        long task = TestTasks.create("Coverage lantern painting " + RUN, 3 * 24 * 60, 6);
        TestAccounts.update("UPDATE task SET decision_id = ? WHERE id = ?", decision, task);
        long author = id(AUTHOR);
        var page = staff.get("/admin/vitality");
        var invite = Pattern.compile("data-resident=\"" + author + "\" data-decision=\"" + decision
                + "\">.*?id=\"invite:(rows:\\d+:send)\"", Pattern.DOTALL).matcher(page);
        assertTrue(invite.find(), "the credited author is prompted:\n" + page);
        assertEquals(302, staff.post("/admin/vitality", page, "invite", invite.group(1), Map.of()).statusCode());

        TestAccounts.create(QUIET, "Quentin Coverage");
        var current = Quarter.of(java.time.Instant.now(), ZoneId.systemDefault());
        for (int back = 1; back <= 4; back++) {
            var at = current.minus(back).firstDay().plusDays(40).atTime(LocalTime.NOON).atZone(ZoneId.systemDefault())
                    .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
            TestAccounts.update("INSERT INTO ledger_entry (kind, source_key, resident_id, amount, district_id, "
                    + "topic_id, happened_at, quarter) SELECT 'INPUT', ?, a.id, 1, (SELECT id FROM district WHERE code "
                    + "= ?), NULL, ?, ? FROM account a WHERE a.email = ?", "input:" + (9_100_000_000_000L + RUN_NUMBER * 10 + back),
                    "coverage-" + RUN, at, current.minus(back).code(), QUIET);
        }
        // Kept as the quarter's aggregation keeps a quiet giver, without forgetting anyone's signals; the rows above
        // (in this class's own district) keep them there if the aggregation runs again meanwhile.
        TestAccounts.update("INSERT IGNORE INTO vitality_quiet_giver (quarter, resident_id, quarters) SELECT ?, id, 4 "
                + "FROM account WHERE email = ?", current.code(), QUIET);
        long quiet = id(QUIET);
        page = staff.get("/admin/vitality");
        var write = Pattern.compile("data-resident=\"" + quiet + "\">.*?id=\"quiet:(rows:\\d+:write)\"",
                Pattern.DOTALL).matcher(page);
        assertTrue(write.find(), "the quiet giver is prompted:\n" + page);
        var drafted = staff.post("/admin/vitality", page, "quiet", write.group(1), Map.of()).body();
        var message = "Hello again, we miss you on the towpath.";
        assertEquals(302, staff.post("/admin/vitality", drafted, "checkin", "send", Map.of("message", message))
                .statusCode());

        long staffId = id(STAFF);
        expect("vitality.invite", "account", author, staffId,
                d -> assertEquals(decision, d.getJsonNumber("decision").longValue()));
        expect("vitality.checkin", "account", quiet, staffId, d -> {
            assertEquals(message.length(), d.getInt("messageLength"));
            assertFalse(d.toString().contains("towpath"), "no free text in the append-only log: " + d);
        });
    }

    // --- a resident's data rights ---

    /**
     * A resident asks for their data on /me/data; another deletes their account on /me/delete (not the same one:
     * the export is prepared in the background). Returns both ids.
     */
    private long[] aResidentTakesTheirDataAndAnotherLeaves() throws Exception {
        var asker = TestAccounts.create("coverage.asker." + RUN + "@example.org", "Asa Coverage");
        long askerId = id(asker);
        var me = new FacesClient(base).signIn(asker, TestAccounts.PASSWORD);
        assertEquals(302, me.post("/me/data", "data", "prepare", Map.of()).statusCode());
        long export = Long.parseLong(TestAccounts.query("SELECT MAX(id) FROM data_export WHERE account_id = ?",
                askerId));
        expect("privacy.export", "account", askerId, askerId,
                d -> assertEquals(export, d.getJsonNumber("export").longValue()));

        var leaver = TestAccounts.create("coverage.leaver." + RUN + "@example.org", "Lea Coverage");
        long leaverId = id(leaver);
        var deleted = new FacesClient(base).signIn(leaver, TestAccounts.PASSWORD).post("/me/delete", "delete",
                "confirm", Map.of("password", TestAccounts.PASSWORD));
        assertEquals(302, deleted.statusCode(), deleted.body());
        expect("privacy.erase", "account", leaverId, leaverId, d -> assertFalse(d.getBoolean("inputsRemoved")));
        return new long[] {askerId, leaverId};
    }

    // --- helpers ---

    private record Entry(long id, long actor, JsonObject details, String address) {
    }

    private void expect(String action, String type, long target, long actor, Consumer<JsonObject> details) {
        expected.add(new Expected(action, type, target, actor, details));
    }

    private static String key(Expected want) {
        return want.action() + " " + want.targetType() + " " + want.targetId();
    }

    /** Every entry these accounts made, by action, target type and target id (one query). */
    private static Map<String, Entry> entries(long... actors) throws Exception {
        var entries = new LinkedHashMap<String, Entry>();
        try (var connection = TestServers.connect(); var select = connection.prepareStatement("SELECT id, "
                + "actor_account_id, action, target_type, target_id, details, client_address FROM audit_entry "
                + "WHERE actor_account_id IN (" + String.join(", ", java.util.Collections.nCopies(actors.length, "?"))
                + ") ORDER BY id")) {
            for (int i = 0; i < actors.length; i++) {
                select.setLong(i + 1, actors[i]);
            }
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    var key = rows.getString("action") + " " + rows.getString("target_type") + " "
                            + rows.getLong("target_id");
                    var previous = entries.put(key, new Entry(rows.getLong("id"), rows.getLong("actor_account_id"),
                            StrictJson.object(rows.getString("details")), rows.getString("client_address")));
                    assertEquals(null, previous, "two entries for " + key);
                }
            }
        }
        return entries;
    }

    private List<CSVRecord> csv(FacesClient staff, String query) throws Exception {
        var response = staff.http().send(HttpRequest.newBuilder(URI.create(base + "admin/audit.csv?" + query)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var parser = format.parse(new StringReader(response.body()))) {
            return parser.getRecords();
        }
    }

    /** A monthly update of one item to a district, in this state (a paused one as its sending left it). */
    private static long update(String month, String state, String district) {
        TestAccounts.update("INSERT INTO monthly_update (month, state, intro_en, intro_es, audience, audience_id, "
                + "created_by, created_at, updated_at, sent_by, send_started_at, queued_at, recipients) SELECT ?, ?, "
                + "'Coverage hello', 'Hola de la cobertura', 'DISTRICT', ?, id, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), "
                + "IF(? = 'DRAFT', NULL, id), IF(? = 'DRAFT', NULL, UTC_TIMESTAMP(6)), IF(? = 'DRAFT', NULL, "
                + "UTC_TIMESTAMP(6)), IF(? = 'DRAFT', NULL, 0) FROM account WHERE email = ?", month, state, district,
                state, state, state, state, STAFF);
        long id = Long.parseLong(TestAccounts.query("SELECT id FROM monthly_update WHERE month = ?", month));
        TestAccounts.update("INSERT INTO monthly_update_item (update_id, position, kind, title, body) VALUES "
                + "(?, 1, 'CUSTOM', 'Coverage item', 'Nothing to see.')", id);
        return id;
    }

    /** The row index of an item on a list page whose rows carry this data attribute. */
    private static int rowOf(String page, String attribute, long id) {
        var rows = Pattern.compile(attribute + "=\"(\\d+)\"").matcher(page);
        for (var index = 0; rows.find(); index++) {
            if (rows.group(1).equals(String.valueOf(id))) {
                return index;
            }
        }
        throw new AssertionError(attribute + " " + id + " is not on the page:\n" + page);
    }

    private static long id(String email) {
        return Long.parseLong(TestAccounts.query("SELECT id FROM account WHERE email = ?", email));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
