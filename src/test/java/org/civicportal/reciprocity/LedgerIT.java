package org.civicportal.reciprocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.civicportal.platform.time.Quarter;
import org.civicportal.testing.FacesClient;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestAccounts;
import org.civicportal.testing.TestInputs;
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
        TestAccounts.update("INSERT INTO ledger_entry (kind, source_key, resident_id, amount, district_id, happened_at, "
                + "quarter) SELECT 'RECOGNITION', 'signup:987654321', id, 1, 1, UTC_TIMESTAMP(6), 20264 FROM account "
                + "WHERE email = ?", giver);

        var staff = new FacesClient(base).signIn(TestAccounts.STAFF, TestAccounts.PASSWORD);
        var checked = staff.post("/admin/ledger", "ledger", "check", Map.of()).body();
        assertTrue(checked.contains("different INPUT input:" + input + ": amount 5.00 -&gt; 1.00")
                || checked.contains("different INPUT input:" + input + ": amount 5.00 -> 1.00"), checked);
        assertTrue(checked.contains("extra RECOGNITION signup:987654321"), checked);
        assertEquals("0", lastRun("repaired"), "a check only");
        assertEquals("5.00", TestAccounts.query("SELECT amount FROM ledger_entry WHERE kind = 'INPUT' AND source_key = ?",
                "input:" + input), "a check changes nothing");

        var rebuilt = staff.post("/admin/ledger", "ledger", "rebuild", Map.of()).body();
        assertEquals("1", lastRun("repaired"));
        assertTrue(rebuilt.contains("signup:987654321"), "the page lists what it repaired");
        assertEquals(good, row("INPUT", "input:" + input), "the changed amount is repaired");
        assertNull(row("RECOGNITION", "signup:987654321"), "the extra row is gone");
        assertEquals("1", TestAccounts.query("SELECT COUNT(*) FROM ledger_entry WHERE kind = 'ANSWER' AND source_key = ?",
                "input:" + unrecorded), "the missing answer is back");
        var again = staff.post("/admin/ledger", "ledger", "check", Map.of()).body();
        assertTrue(!again.contains("input:" + input) && !again.contains("signup:987654321"), again);

        try (var browser = signIn(browser(), TestAccounts.STAFF, TestAccounts.PASSWORD)) {
            browser.open("/admin/").driver().findElement(By.cssSelector("a[href$='/admin/ledger']")).click();
            browser.waitFor(By.id("ledger:check"));
            browser.clickAjax("ledger:check");
            assertTrue(browser.text(By.id("ledger-summary")).contains("Sam Staff"), browser.pageText());
            browser.assertAccessible();
        }
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
