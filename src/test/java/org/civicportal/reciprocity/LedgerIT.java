package org.civicportal.reciprocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicportal.platform.time.Quarter;
import org.civicportal.reciprocity.control.LedgerRebuild;
import org.civicportal.reciprocity.control.LedgerSources;
import org.civicportal.testing.FacesClient;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestAccounts;
import org.civicportal.testing.TestInputs;
import org.civicportal.testing.TestServers;
import org.civicportal.testing.TestTasks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Each event the ledger rests on, made to happen through the real pages, writes exactly its row (kind, source key,
 * resident, acting official, amount, district, topic, when, quarter); a refused credit rolls back with no row;
 * replays and corrections leave the hours recorded now; /admin/ledger finds and repairs a corrupted ledger and is
 * staff's only.
 */
class LedgerIT extends PortalIT {

    /** The row as one line: resident|official|amount|district|topic|happened_at|quarter|waited ("-" for NULL). */
    private static String row(String kind, String sourceKey) {
        return TestAccounts.query("SELECT CONCAT_WS('|', IFNULL(resident_id, '-'), IFNULL(official_id, '-'), amount, "
                + "district_id, IFNULL(topic_id, '-'), happened_at, quarter, IFNULL(waited_seconds, '-')) "
                + "FROM ledger_entry WHERE kind = ? AND source_key = ?", kind, sourceKey);
    }

    private static String expected(String resident, String official, String amount, String district, String topic,
            String happenedAt, String waited) {
        var at = LocalDateTime.parse(happenedAt.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        return String.join("|", resident, official, amount, district, topic, happenedAt,
                String.valueOf(Quarter.of(at, ZoneId.systemDefault()).code()), waited);
    }

    private static String id(String email) {
        return TestAccounts.query("SELECT id FROM account WHERE email = ?", email);
    }

    private static String rows(String sourceKey) {
        return TestAccounts.query("SELECT COUNT(*) FROM ledger_entry WHERE source_key = ?", sourceKey);
    }

    @Test
    void anInputAndItsAnswerEachWriteExactlyTheirRow() throws Exception {
        var giver = TestAccounts.create("ledger.giver@example.org", "Lena Giver");
        var answerer = TestAccounts.create("ledger.answerer@example.org", "Omar Answerer", "OFFICIAL");
        var resident = new FacesClient(base).signIn(giver, TestAccounts.PASSWORD);
        var parks = TestAccounts.query("SELECT id FROM topic WHERE code = 'parks'");
        var river = TestAccounts.query("SELECT id FROM district WHERE code = 'river'");
        assertEquals(302, resident.submit("/inputs/new", "input", "submit", Map.of("title",
                "Ledgerwick lanterns along the quay steps", "body", "The quay steps are dark after six.", "topic", parks,
                "district", river, "place", "", "website", "")));
        var input = TestAccounts.query("SELECT id FROM input WHERE title = 'Ledgerwick lanterns along the quay steps'");
        var key = "input:" + input;

        assertEquals(expected(id(giver), "-", "1.00", river, parks,
                TestAccounts.query("SELECT created_at FROM input WHERE id = ?", input), "-"), row("INPUT", key));
        assertNull(row("ANSWER", key), "no answer before the city answers");

        var official = new FacesClient(base).signIn(answerer, TestAccounts.PASSWORD);
        assertEquals(302, official.postFirst("/admin/inputs?q=ledgerwick+lanterns", "queue", "items:0:answer",
                Map.of("items:0:text", "Two lanterns go up in spring.")).statusCode());

        assertEquals(expected(id(giver), id(answerer), "1.00", river, parks,
                TestAccounts.query("SELECT answered_at FROM input WHERE id = ?", input),
                TestAccounts.query("SELECT TIMESTAMPDIFF(SECOND, created_at, answered_at) FROM input WHERE id = ?", input)),
                row("ANSWER", key));
        assertEquals("2", rows(key), "one INPUT and one ANSWER, nothing else");
    }

    @Test
    void hoursAreWhatIsRecordedNowAtTheShiftsStartAndThanksAreRecognition() throws Exception {
        var volunteer = TestAccounts.create("ledger.volunteer@example.org", "Vera Volunteer");
        var recorder = TestAccounts.create("ledger.recorder@example.org", "Rita Recorder", "OFFICIAL");
        long task = TestTasks.create("Ledger test: sweep the towpath", -6 * 60, 5);
        TestTasks.confirm(task, volunteer);
        var signup = TestAccounts.query("SELECT s.id FROM signup s JOIN account a ON a.id = s.account_id "
                + "WHERE s.task_id = ? AND a.email = ?", task, volunteer);
        var key = "signup:" + signup;
        var decision = TestAccounts.query("SELECT decision_id FROM task WHERE id = ?", task);
        var district = TestAccounts.query("SELECT district_id FROM decision WHERE id = ?", decision);
        var topic = TestAccounts.query("SELECT topic_id FROM decision WHERE id = ?", decision);
        var startsAt = TestAccounts.query("SELECT starts_at FROM task WHERE id = ?", task);
        var official = new FacesClient(base).signIn(recorder, TestAccounts.PASSWORD);
        var roster = "/admin/roster?id=" + task;

        assertEquals(302, record(official, roster, "ATTENDED", "2.5"));
        var twoAndAHalf = expected(id(volunteer), id(recorder), "2.50", district, topic, startsAt, "-");
        assertEquals(twoAndAHalf, row("VOLUNTEER_HOURS", key), "the hours, at the shift's start, not when typed");

        assertEquals(302, record(official, roster, "ATTENDED", "2.5"));
        assertEquals(twoAndAHalf, row("VOLUNTEER_HOURS", key), "recorded twice counts once");

        assertEquals(302, record(official, roster, "ATTENDED", "1.5"));
        assertEquals(expected(id(volunteer), id(recorder), "1.50", district, topic, startsAt, "-"),
                row("VOLUNTEER_HOURS", key), "corrected down: the hours now recorded, not a sum of edits");

        assertEquals(302, official.post(roster, "signups", "rows:0:send",
                Map.of("rows:0:thanks", "Thank you, Vera, the towpath shines.")).statusCode());
        assertEquals(expected(id(volunteer), id(recorder), "1.00", district, topic,
                TestAccounts.query("SELECT thanked_at FROM signup WHERE id = ?", signup), "-"), row("RECOGNITION", key));

        assertEquals(302, record(official, roster, "NO_SHOW", ""));
        assertNull(row("VOLUNTEER_HOURS", key), "corrected to no hours: the row leaves the ledger");
        assertEquals("1", rows(key), "the thanks stay given");
    }

    private static int record(FacesClient official, String roster, String attendance, String hours) throws Exception {
        return official.post(roster, "signups", "rows:0:record",
                Map.of("rows:0:attended", attendance, "rows:0:hours", hours)).statusCode();
    }

    @Test
    void aCreditAndItsDeliveryCarryTheInputsDistrictAndTopicAndARefusedCreditLeavesNoRow() throws Exception {
        var author = TestAccounts.create("ledger.author@example.org", "Alma Author");
        var creditor = TestAccounts.create("ledger.creditor@example.org", "Cai Creditor", "OFFICIAL");
        long kept = TestInputs.create(author, "Ledgerfold crossing needs a zebra", "SUBMITTED");
        long refused = TestInputs.create(author, "Ledgerfold crossing needs a lollipop person", "SUBMITTED");
        long waiting = TestInputs.create(author, "Ledgerholm bus shelter has no roof", "SUBMITTED");
        long answered = TestInputs.create(author, "Ledgerholm bus shelter needs a bench", "ANSWERED");
        long late = TestInputs.create(author, "Ledgerholm bus shelter needs a light", "SUBMITTED");
        long lateRefused = TestInputs.create(author, "Ledgerholm bus shelter needs sweeping", "SUBMITTED");
        var river = TestAccounts.query("SELECT id FROM district WHERE code = 'river'");
        var transport = TestAccounts.query("SELECT id FROM topic WHERE code = 'transport'");
        try (var browser = signIn(browser(), creditor, TestAccounts.PASSWORD)) {
            // The second credit is refused after the first one's events fired: nothing of either may stay.
            fill(browser.open("/admin/decision"), "Ledgerfold crossing, decided");
            pick(browser, "ledgerfold crossing", kept);
            pick(browser, "ledgerfold crossing", refused);
            browser.type("editor:pending:0:how", "The zebra goes where you asked.")
                    .type("editor:pending:1:how", "A crossing patrol at school times.");
            TestAccounts.update("UPDATE input SET hidden = TRUE, hidden_reason = 'test' WHERE id = ?", refused);
            browser.submit("editor:save");
            assertTrue(browser.pageText().contains(String.valueOf(refused)), browser.pageText());
            assertEquals("SUBMITTED", TestAccounts.query("SELECT status FROM input WHERE id = ?", kept));
            assertEquals("0", TestAccounts.query("SELECT COUNT(*) FROM ledger_entry WHERE source_key = ? "
                    + "OR source_key LIKE ?", "input:" + kept, "credit:%:" + kept), "the rollback took the rows along");

            fill(browser.open("/admin/decision"), "Ledgerholm shelter, decided and built");
            browser.select("editor:district", "Citywide").select("editor:topic", "Parks and green spaces")
                    .select("editor:status", "Done");
            pick(browser, "ledgerholm shelter", waiting);
            pick(browser, "ledgerholm shelter", answered);
            browser.type("editor:pending:0:how", "The new shelter has a roof.")
                    .type("editor:pending:1:how", "And a bench under it.").submit("editor:save");
            assertTrue(browser.path().matches("/decisions/\\d+"), browser.path());

            // Credited after the delivery, the first input gets its credit, answer and delivery at once; the second
            // is refused, and the whole save rolls back with the three rows.
            var chain = browser.path().substring(browser.path().lastIndexOf('/') + 1);
            browser.open("/admin/decision?id=" + chain);
            pick(browser, "ledgerholm shelter", late);
            pick(browser, "ledgerholm shelter", lateRefused);
            browser.type("editor:pending:0:how", "Lit at night too.").type("editor:pending:1:how", "Swept weekly.");
            TestAccounts.update("UPDATE input SET hidden = TRUE, hidden_reason = 'test' WHERE id = ?", lateRefused);
            browser.submit("editor:save");
            assertTrue(browser.pageText().contains(String.valueOf(lateRefused)), browser.pageText());
            assertEquals("0", TestAccounts.query("SELECT COUNT(*) FROM ledger_entry WHERE source_key = ? "
                    + "OR source_key LIKE ?", "input:" + late, "credit:%:" + late), "no credit, answer or delivery stays");
        }
        var decision = TestAccounts.query("SELECT decision_id FROM decision_credit WHERE input_id = ?", waiting);
        var deliveredAt = TestAccounts.query("SELECT delivered_at FROM decision WHERE id = ?", decision);
        for (long input : new long[] {waiting, answered}) {
            var key = "credit:" + decision + ":" + input;
            var creditedAt = TestAccounts.query("SELECT credited_at FROM decision_credit WHERE input_id = ?", input);
            assertEquals(expected(id(author), id(creditor), "1.00", river, transport, creditedAt, "-"), row("CREDIT", key),
                    "the input's district and topic, not the decision's");
            assertEquals(expected(id(author), id(creditor), "1.00", river, transport, deliveredAt, "-"),
                    row("DELIVERY", key));
        }
        assertEquals(expected(id(author), id(creditor), "1.00", river, transport,
                TestAccounts.query("SELECT answered_at FROM input WHERE id = ?", waiting),
                TestAccounts.query("SELECT TIMESTAMPDIFF(SECOND, created_at, answered_at) FROM input WHERE id = ?", waiting)),
                row("ANSWER", "input:" + waiting), "credited before anyone answered: the credit is its answer");
        assertNull(row("ANSWER", "input:" + answered), "an input answered before gets no second answer");
    }

    private static void fill(org.civicportal.testing.Browser browser, String title) {
        browser.type("editor:title", title).type("editor:summary", "What was decided, in a sentence.")
                .type("editor:rationale", "Residents asked for it.").type("editor:department", "Department of Streets")
                .select("editor:topic", "Transport and streets").select("editor:district", "Riverside");
    }

    private static void pick(org.civicportal.testing.Browser browser, String words, long inputId) {
        browser.type("editor:words", words).clickAjax("editor:search");
        browser.driver().findElement(By.cssSelector(".search-results li[data-input='" + inputId + "'] button")).click();
        browser.waitFor(By.cssSelector(".pending-credit[data-input='" + inputId + "']"));
    }

    @Test
    void staffFindAndRepairACorruptedLedgerAtAdminLedger() throws Exception {
        var giver = TestAccounts.create("ledger.corrupted@example.org", "Cora Corrupted");
        var resident = new FacesClient(base).signIn(giver, TestAccounts.PASSWORD);
        assertEquals(302, resident.submit("/inputs/new", "input", "submit", Map.of("title",
                "Ledgerby library opens on Sundays", "body", "Sundays are when families read.",
                "topic", TestAccounts.query("SELECT id FROM topic WHERE code = 'culture'"),
                "district", TestAccounts.query("SELECT id FROM district WHERE code = 'river'"), "place", "", "website", "")));
        var input = TestAccounts.query("SELECT id FROM input WHERE title = 'Ledgerby library opens on Sundays'");
        var good = row("INPUT", "input:" + input);
        long unrecorded = TestInputs.create(giver, "Ledgerby library needs a ramp", "ANSWERED");
        TestAccounts.update("UPDATE ledger_entry SET amount = 5 WHERE kind = 'INPUT' AND source_key = ?", "input:" + input);
        // The page lists the first 200 lines of each sort of difference, by kind and key, over a database every
        // test class shares: the extra row's kind and key sort first (a key no source makes), so the page shows it
        // whatever else differs; the changed row's line is checked in the complete list of differences.
        TestAccounts.update("INSERT INTO ledger_entry (kind, source_key, resident_id, amount, district_id, happened_at, "
                + "quarter) SELECT 'ANSWER', ?, id, 1, 1, UTC_TIMESTAMP(6), 20264 FROM account "
                + "WHERE email = ?", EXTRA, giver);
        var found = differences();
        assertTrue(found.stream().anyMatch(line -> line.startsWith("different INPUT input:" + input + ": ")
                && line.contains("amount 5.00 -> 1.00")), () -> "the check finds the changed amount: " + found);

        var staff = new FacesClient(base).signIn(TestAccounts.STAFF, TestAccounts.PASSWORD);
        var checked = staff.post("/admin/ledger", "ledger", "check", Map.of()).body();
        assertTrue(checked.contains("extra ANSWER " + EXTRA + ":"), checked);
        assertEquals("0", lastRun("repaired"), "a check only");
        assertEquals("5.00", TestAccounts.query("SELECT amount FROM ledger_entry WHERE kind = 'INPUT' AND source_key = ?",
                "input:" + input), "a check changes nothing");

        var rebuilt = staff.post("/admin/ledger", "ledger", "rebuild", Map.of()).body();
        assertEquals("1", lastRun("repaired"));
        assertTrue(rebuilt.contains("extra ANSWER " + EXTRA + ":"), "the page lists what it repaired");
        assertEquals(good, row("INPUT", "input:" + input), "the changed amount is repaired");
        assertNull(row("ANSWER", EXTRA), "the extra row is gone");
        assertEquals("1", TestAccounts.query("SELECT COUNT(*) FROM ledger_entry WHERE kind = 'ANSWER' AND source_key = ?",
                "input:" + unrecorded), "the missing answer is back");
        assertNotListed(differences(), "input:" + input, EXTRA, "input:" + unrecorded);

        try (var browser = signIn(browser(), TestAccounts.STAFF, TestAccounts.PASSWORD)) {
            browser.open("/admin/").driver().findElement(By.cssSelector("a[href$='/admin/ledger']")).click();
            browser.waitFor(By.id("ledger:check"));
            browser.clickAjax("ledger:check");
            assertTrue(browser.text(By.id("ledger-summary")).contains("Sam Staff"), browser.pageText());
            browser.assertAccessible();
        }
    }

    /** A source key no source makes, sorting before every key a source makes (digits before letters). */
    private static final String EXTRA = "0:ledger-it-extra";

    /**
     * Every difference a check finds now, all of them: the same {@link LedgerRebuild} as the staff action and the
     * launcher, comparing only, without the page's cap of 200 lines per sort of difference.
     */
    private static List<String> differences() throws SQLException {
        try (var connection = TestServers.connect()) {
            return new LedgerRebuild(LedgerSources.all(), ZoneId.systemDefault(), Integer.MAX_VALUE)
                    .run(connection, false, null).lines();
        }
    }

    private static void assertNotListed(List<String> differences, String... sourceKeys) {
        for (var key : sourceKeys) {
            assertTrue(differences.stream().noneMatch(line -> line.contains(" " + key + ": ")),
                    () -> key + " differs from its rebuild: " + differences.stream()
                            .filter(line -> line.contains(" " + key + ": ")).toList());
        }
    }

    @Test
    void hoursAndThanksFollowTheirDecisionToAnotherDistrictAndTopic() throws Exception {
        var volunteer = TestAccounts.create("ledger.follower@example.org", "Flora Follower");
        var editor = TestAccounts.create("ledger.editor@example.org", "Ezra Editor", "OFFICIAL");
        long credited = TestInputs.create(volunteer, "Ledgerstead towpath needs clearing", "SUBMITTED");
        long task = TestTasks.create("Ledger test: clear the Ledgerstead towpath", -6 * 60, 5);
        TestTasks.confirm(task, volunteer);
        var signup = TestAccounts.query("SELECT id FROM signup WHERE task_id = ?", task);
        var key = "signup:" + signup;
        var official = new FacesClient(base).signIn(editor, TestAccounts.PASSWORD);
        try (var browser = signIn(browser(), editor, TestAccounts.PASSWORD)) {
            fill(browser.open("/admin/decision"), "Ledgerstead towpath, decided");
            pick(browser, "ledgerstead towpath", credited);
            browser.type("editor:pending:0:how", "The towpath is cleared by volunteers.").submit("editor:save");
            assertTrue(browser.path().matches("/decisions/\\d+"), browser.path());
            var chain = browser.path().substring(browser.path().lastIndexOf('/') + 1);
            TestAccounts.update("UPDATE task SET decision_id = ? WHERE id = ?", chain, task);
            var roster = "/admin/roster?id=" + task;
            assertEquals(302, record(official, roster, "ATTENDED", "2"));
            assertEquals(302, official.post(roster, "signups", "rows:0:send",
                    Map.of("rows:0:thanks", "Thank you, Flora, the towpath is clear.")).statusCode());
            assertEquals(TestAccounts.query("SELECT district_id FROM decision WHERE id = ?", chain),
                    TestAccounts.query("SELECT district_id FROM ledger_entry WHERE kind = 'RECOGNITION' "
                            + "AND source_key = ?", key), "recorded in the decision's district");

            browser.open("/admin/decision?id=" + chain);
            browser.select("editor:district", "Citywide").select("editor:topic", "Parks and green spaces")
                    .submit("editor:save");
            assertEquals("/decisions/" + chain, browser.path(), browser.pageText());
        }
        var citywide = TestAccounts.query("SELECT id FROM district WHERE code = 'citywide'");
        var parks = TestAccounts.query("SELECT id FROM topic WHERE code = 'parks'");
        assertEquals(expected(id(volunteer), id(editor), "2.00", citywide, parks,
                TestAccounts.query("SELECT starts_at FROM task WHERE id = ?", task), "-"), row("VOLUNTEER_HOURS", key),
                "the hours moved with their decision");
        assertEquals(expected(id(volunteer), id(editor), "1.00", citywide, parks,
                TestAccounts.query("SELECT thanked_at FROM signup WHERE id = ?", signup), "-"), row("RECOGNITION", key),
                "and so did the thanks");
        assertNotListed(differences(), key);
    }

    @Test
    void hoursFollowTheShiftsStartWhenTheTaskIsMoved() throws Exception {
        var volunteer = TestAccounts.create("ledger.moved@example.org", "Mona Moved");
        var recorder = TestAccounts.create("ledger.mover@example.org", "Milo Mover", "OFFICIAL");
        long task = TestTasks.create("Ledger test: paint the Ledgerbridge railings", -6 * 60, 5);
        TestTasks.confirm(task, volunteer);
        var key = "signup:" + TestAccounts.query("SELECT id FROM signup WHERE task_id = ?", task);
        var official = new FacesClient(base).signIn(recorder, TestAccounts.PASSWORD);
        assertEquals(302, record(official, "/admin/roster?id=" + task, "ATTENDED", "3"));

        // Over a hundred days on: another quarter.
        var day = LocalDate.now().plusDays(100);
        assertEquals(302, official.submit("/admin/task?id=" + task, "task", "save", Map.of("title",
                "Ledger test: paint the Ledgerbridge railings", "description", "Bring gloves.", "place",
                "Eastgate Park gate", "day", day.toString(), "start", "10:00", "end", "12:00", "capacity", "5",
                "contact", "Parks team, 555-0100")));
        var startsAt = TestAccounts.query("SELECT starts_at FROM task WHERE id = ?", task);
        var moved = day.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant();
        assertEquals(moved, LocalDateTime.parse(startsAt.replace(' ', 'T')).toInstant(ZoneOffset.UTC), "the shift moved");
        assertNotEquals(Quarter.of(Instant.now(), ZoneId.systemDefault()), Quarter.of(moved, ZoneId.systemDefault()));
        var district = TestAccounts.query("SELECT d.district_id FROM task t JOIN decision d ON d.id = t.decision_id "
                + "WHERE t.id = ?", task);
        var topic = TestAccounts.query("SELECT d.topic_id FROM task t JOIN decision d ON d.id = t.decision_id "
                + "WHERE t.id = ?", task);
        assertEquals(expected(id(volunteer), id(recorder), "3.00", district, topic, startsAt, "-"),
                row("VOLUNTEER_HOURS", key), "the hours at the shift's new start, in its quarter");
        assertNotListed(differences(), key);
    }

    private static String lastRun(String column) {
        return TestAccounts.query("SELECT " + column + " FROM ledger_rebuild ORDER BY id DESC LIMIT 1");
    }

    @Test
    void adminLedgerIsStaffsOnly() throws Exception {
        var resident = new FacesClient(base).signIn(TestAccounts.create("ledger.nosy@example.org", "Nia Nosy"),
                TestAccounts.PASSWORD);
        var official = new FacesClient(base).signIn(TestAccounts.create("ledger.official@example.org", "Otto Official",
                "OFFICIAL"), TestAccounts.PASSWORD);
        for (var client : new FacesClient[] {resident, official}) {
            var response = client.http().send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/+$", "")
                    + "/admin/ledger")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, response.statusCode());
            assertTrue(!response.body().contains("ledger:rebuild"), "no rebuild button");
        }
        var visitor = new FacesClient(base).http().send(HttpRequest.newBuilder(URI.create(base.toString()
                .replaceAll("/+$", "") + "/admin/ledger")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, visitor.statusCode(), "a visitor is sent to sign in");
        assertTrue(visitor.headers().firstValue("Location").orElse("").contains("/sign-in"));
        var before = TestAccounts.query("SELECT COUNT(*) FROM ledger_rebuild");
        var staffPage = new FacesClient(base).signIn(TestAccounts.STAFF, TestAccounts.PASSWORD).get("/admin/ledger");
        var fields = new HashMap<String, String>();
        // an official replaying the staff page's form with its own session is refused and nothing runs
        var refused = official.post("/admin/ledger", staffPage, "ledger", "rebuild", fields);
        assertEquals(403, refused.statusCode());
        assertEquals(before, TestAccounts.query("SELECT COUNT(*) FROM ledger_rebuild"), "no rebuild ran");
    }
}
