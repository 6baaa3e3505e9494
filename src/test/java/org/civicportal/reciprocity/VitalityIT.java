package org.civicportal.reciprocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.civicportal.platform.time.Quarter;
import org.civicportal.testing.FacesClient;
import org.civicportal.testing.Mailbox;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestAccounts;
import org.civicportal.testing.TestInputs;
import org.civicportal.testing.TestTasks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * /admin/vitality and /me/reciprocity as staff, residents and visitors see them. The ledger rows are made by
 * hand (as the ledger's observers or its rebuild would write them), for accounts of this class only; the
 * signals are read for quarters of 2000–2001, where nobody else's rows are, and the rows are removed after.
 */
class VitalityIT extends PortalIT {

    private static final long RUN = System.currentTimeMillis() % 1_000_000_000L;
    private static final List<String> ACCOUNTS = new ArrayList<>();
    private static int keys;

    @AfterAll
    static void removeHandMadeRows() {
        for (var email : ACCOUNTS) {
            TestAccounts.update("DELETE FROM ledger_entry WHERE resident_id = (SELECT id FROM account WHERE email = ?)",
                    email);
        }
        TestAccounts.update("DELETE FROM vitality_snapshot WHERE quarter < 20020");
        TestAccounts.update("DELETE FROM vitality_quiet_giver WHERE quarter < 20020");
    }

    private static String account(String name, String... roles) {
        var email = name.toLowerCase().replace(' ', '.') + "." + RUN + "@vitality.example.org";
        TestAccounts.create(email, name + " " + RUN, roles);
        ACCOUNTS.add(email);
        return email;
    }

    /** A fresh numeric id for a source key nobody else's record has. */
    private static long key() {
        return 9_000_000_000_000L + RUN * 1000 + ++keys;
    }

    private static void ledger(String kind, String sourceKey, String email, String amount, LocalDateTime utc,
            Long waitedSeconds) {
        var quarter = Quarter.of(utc.toInstant(ZoneOffset.UTC), ZoneId.systemDefault()).code();
        TestAccounts.update("INSERT INTO ledger_entry (kind, source_key, resident_id, amount, district_id, topic_id, "
                + "happened_at, quarter, waited_seconds) SELECT ?, ?, a.id, ?, (SELECT id FROM district WHERE code = "
                + "'river'), NULL, ?, ?, ? FROM account a WHERE a.email = ?", kind, sourceKey, new java.math.BigDecimal(amount),
                utc, quarter, waitedSeconds, email);
    }

    private static LocalDateTime at(String isoDay) {
        return LocalDateTime.parse(isoDay + "T15:00:00");
    }

    private static LocalDateTime middleOf(Quarter quarter) {
        return quarter.firstDay().plusDays(40).atTime(LocalTime.NOON).atZone(ZoneId.systemDefault())
                .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    private int status(FacesClient client, String path) throws Exception {
        return client.http().send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/+$", "") + path))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String cell(String page, String quarter, String series) {
        var m = Pattern.compile("data-quarter=\"" + quarter + "\" data-series=\"" + series + "\">([^<]*)</td>")
                .matcher(page);
        assertTrue(m.find(), "no cell " + quarter + "/" + series);
        return m.group(1).replace('\u00a0', ' ').trim();
    }

    @Test
    void onlyStaffSeeTheVitalitySignals() throws Exception {
        var resident = account("Vita Resident");
        var official = account("Vita Official", "OFFICIAL");
        var staff = account("Vita Staff", "STAFF");
        assertEquals(302, status(new FacesClient(base), "/admin/vitality"), "a visitor is sent to sign in");
        assertEquals(403, status(new FacesClient(base).signIn(resident, TestAccounts.PASSWORD), "/admin/vitality"));
        assertEquals(403, status(new FacesClient(base).signIn(official, TestAccounts.PASSWORD), "/admin/vitality"));
        var asStaff = new FacesClient(base).signIn(staff, TestAccounts.PASSWORD);
        assertEquals(200, status(asStaff, "/admin/vitality"));
        assertEquals(404, status(asStaff, "/admin/vitality?quarter=2026-Q9"), "a malformed quarter");
        assertEquals(404, status(asStaff, "/admin/vitality?quarter=2999-Q1"), "a quarter to come");
        assertEquals(404, status(asStaff, "/admin/vitality?quarter=1000-Q1"), "a quarter before the ledger's first");
    }

    @Test
    void everySignalIsMeasuredOnAHandMadeLedger() throws Exception {
        var a = account("Vita Ana");
        var b = account("Vita Beto");
        var c = account("Vita Carla");
        var d = account("Vita Dario");
        var e = account("Vita Elena");
        var f = account("Vita Fede");
        var g = account("Vita Gala");
        var h = account("Vita Hugo");
        var n1 = account("Vita Nuevo");
        var n2 = account("Vita Nueva");
        // 2001-Q1: A and D volunteer; F's first input is answered in 2 days and F gives again; G's is not.
        ledger("INPUT", "input:" + key(), a, "1", at("2000-11-10"), null);
        ledger("INPUT", "input:" + key(), d, "1", at("2000-11-12"), null);
        ledger("VOLUNTEER_HOURS", "signup:" + key(), a, "3", at("2001-02-10"), null);
        ledger("VOLUNTEER_HOURS", "signup:" + key(), d, "3", at("2001-02-11"), null);
        ledger("FORUM_PARTICIPATION", "forum-attendance:" + key() + ":1", e, "1", at("2001-03-01"), null);
        long first = key();
        ledger("INPUT", "input:" + first, f, "1", at("2001-02-01"), null);
        ledger("ANSWER", "input:" + first, f, "1", at("2001-02-03"), 2 * 86_400L);
        ledger("INPUT", "input:" + key(), f, "1", at("2001-03-01"), null);
        ledger("INPUT", "input:" + key(), g, "1", at("2001-02-05"), null);
        // 2001-Q2: A 6 h, B 2 h, C 2 h, two thanks; H's four inputs, three answered in 1, 3 and 10 days.
        ledger("VOLUNTEER_HOURS", "signup:" + key(), a, "6", at("2001-05-10"), null);
        long bShift = key();
        long cShift = key();
        ledger("VOLUNTEER_HOURS", "signup:" + bShift, b, "2", at("2001-05-10"), null);
        ledger("VOLUNTEER_HOURS", "signup:" + cShift, c, "2", at("2001-05-10"), null);
        ledger("RECOGNITION", "signup:" + bShift, b, "1", at("2001-05-12"), null);
        ledger("RECOGNITION", "signup:" + cShift, c, "1", at("2001-05-12"), null);
        long[] waited = {1, 3, 10};
        for (long days : waited) {
            long input = key();
            ledger("INPUT", "input:" + input, h, "1", at("2001-05-01"), null);
            ledger("ANSWER", "input:" + input, h, "1", at("2001-05-01").plusDays(days), days * 86_400);
        }
        ledger("INPUT", "input:" + key(), h, "1", at("2001-05-01"), null);
        // Newcomers of 2001-Q2: both take part in a forum; the city credits one within 30 days.
        for (var newcomer : List.of(n1, n2)) {
            TestAccounts.update("UPDATE account SET created_at = '2001-05-01 10:00:00' WHERE email = ?", newcomer);
            ledger("FORUM_PARTICIPATION", "forum-attendance:" + key() + ":2", newcomer, "1", at("2001-05-02"), null);
        }
        ledger("CREDIT", "credit:" + key() + ":" + key(), n1, "1", at("2001-05-20"), null);

        var staff = new FacesClient(base).signIn(account("Vita Counter", "STAFF"), TestAccounts.PASSWORD);
        var page = staff.get("/admin/vitality?quarter=2001-Q2");
        assertTrue(page.contains("As of 2001-Q2"), page);
        assertEquals("3 days", cell(page, "2001-Q2", "median"));
        assertEquals("8.6 days", cell(page, "2001-Q2", "p90"), "PERCENTILE_CONT between 3 and 10 days");
        assertEquals("25 %", cell(page, "2001-Q2", "share"), "one of H's four inputs unanswered after 30 days");
        assertEquals("100 %", cell(page, "2001-Q2", "answered"), "F was answered and gave again");
        assertEquals("0 %", cell(page, "2001-Q2", "notAnswered"), "G was not and did not");
        assertEquals("50 %", cell(page, "2001-Q2", "received"), "one of the two newcomers received a credit");
        assertEquals("60 %", cell(page, "2001-Q2", "topTenth"), "A gave 6 of the 10 hours");
        assertEquals("0.267", cell(page, "2001-Q2", "gini"), "hours 2, 2, 6");
        assertEquals("1", cell(page, "2001-Q2", "count"), "D gave in 2000-Q4 and 2001-Q1, nothing since");
        assertEquals("2", cell(page, "2001-Q2", "perTenHours"), "two thanks for ten hours");
        assertEquals("no data", cell(page, "2001-Q2", "kept"), "no commitments read deployed");
        assertEquals("no data", cell(page, "2000-Q3", "median"), "a quarter without answers");
        var returning = Pattern.compile("id=\"table-returning\".*?data-quarter=\"2001-Q2\" data-series=\"share\">([^<]*)<",
                Pattern.DOTALL).matcher(page);
        assertTrue(returning.find());
        assertEquals("50 %", returning.group(1).replace('\u00a0', ' ').trim(), "A came back, D did not");

        assertEquals("11", TestAccounts.query("SELECT COUNT(*) FROM vitality_snapshot WHERE quarter = 20012"),
                "a quarter that can no longer change is kept, every series but commitments");
        ledger("INPUT", "input:" + key(), g, "1", at("2001-05-03"), null);
        assertEquals("25 %", cell(staff.get("/admin/vitality?quarter=2001-Q2"), "2001-Q2", "share"),
                "and read from what was kept, not aggregated again");
        assertEquals("0", cell(page, "2001-Q1", "perTenHours"), "six hours in 2001-Q1, never thanked");
    }

    @Test
    void theCurrentQuarterIsShownAsKeptAndAggregatedAgainInTheBackground() throws Exception {
        var staff = new FacesClient(base).signIn(account("Vita Refresher", "STAFF"), TestAccounts.PASSWORD);
        var current = Quarter.of(java.time.Instant.now(), ZoneId.systemDefault());
        staff.get("/admin/vitality");
        assertEquals(1, TestAccounts.update("UPDATE vitality_snapshot SET value = 12345, computed_at = computed_at "
                + "- INTERVAL 1 HOUR WHERE quarter = ? AND measure = 'quietGivers'", current.code()));
        assertEquals("12,345", cell(staff.get("/admin/vitality"), current.toString(), "count"),
                "an hour-old figure is shown at once, without aggregating while the page waits");
        long deadline = System.currentTimeMillis() + 20_000;
        while ("12345".equals(TestAccounts.query("SELECT ROUND(value) FROM vitality_snapshot WHERE quarter = ? "
                + "AND measure = 'quietGivers'", current.code())) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertFalse(cell(staff.get("/admin/vitality"), current.toString(), "count").equals("12,345"),
                "aggregated again in the background");
    }

    @Test
    void aCreditedResidentIsInvitedOnceWithTheChainsOpenTasks() throws Exception {
        var resident = account("Vita Invitee");
        var staffEmail = account("Vita Inviter", "STAFF");
        var title = "Benches for the river walk " + RUN;
        TestAccounts.update("INSERT INTO decision (title, summary, rationale, rationale_html, decided_on, department, "
                + "topic_id, district_id, created_by, created_at, updated_at) SELECT ?, 'Benches.', 'Because.', "
                + "'<p>Because.</p>', CURRENT_DATE, 'Parks', (SELECT id FROM topic WHERE code = 'transport'), "
                + "(SELECT id FROM district WHERE code = 'river'), id, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM account "
                + "WHERE email = ?", title, staffEmail);
        var decision = TestAccounts.query("SELECT id FROM decision WHERE title = ?", title);
        long input = TestInputs.create(resident, "More benches " + RUN, "INCORPORATED");
        TestAccounts.update("INSERT INTO decision_credit (decision_id, input_id, how, credited_by, credited_at) "
                + "SELECT ?, ?, 'Benches every 200 m.', id, UTC_TIMESTAMP(6) FROM account WHERE email = ?",
                decision, input, staffEmail);
        long task = TestTasks.create("Paint the benches " + RUN, 3 * 24 * 60, 6);
        TestAccounts.update("UPDATE task SET decision_id = ? WHERE id = ?", decision, task);
        var residentId = TestAccounts.query("SELECT id FROM account WHERE email = ?", resident);

        var staff = new FacesClient(base).signIn(staffEmail, TestAccounts.PASSWORD);
        var page = staff.get("/admin/vitality");
        var row = Pattern.compile("data-resident=\"" + residentId + "\" data-decision=\"" + decision
                + "\">.*?id=\"invite:(rows:\\d+:send)\"", Pattern.DOTALL).matcher(page);
        assertTrue(row.find(), "the credited resident is prompted:\n" + page);
        assertEquals(302, staff.post("/admin/vitality", page, "invite", row.group(1), Map.of()).statusCode());

        var mail = Mailbox.await(resident, 1);
        assertTrue(Mailbox.subject(mail).contains(title), Mailbox.subject(mail));
        var text = Mailbox.text(mail);
        assertTrue(text.contains("Paint the benches " + RUN), text);
        assertTrue(text.contains("/tasks/" + task), text);
        assertTrue(text.contains("/decisions/" + decision), text);
        assertFalse(staff.get("/admin/vitality").contains("data-resident=\"" + residentId + "\" data-decision=\""
                + decision + "\""), "not prompted again");
        assertEquals("1", TestAccounts.query("SELECT COUNT(*) FROM vitality_contact WHERE kind = 'INVITE' "
                + "AND resident_id = ?", residentId));
    }

    @Test
    void aQuietGiverGetsThePersonalCheckInOnceInTheirLanguage() throws Exception {
        var quiet = account("Vita Callada");
        TestAccounts.update("UPDATE account SET language = 'es' WHERE email = ?", quiet);
        var current = Quarter.of(java.time.Instant.now(), ZoneId.systemDefault());
        for (int back = 1; back <= 4; back++) {
            ledger("INPUT", "input:" + key(), quiet, "1", middleOf(current.minus(back)), null);
        }
        // The current quarter's signals may have been aggregated by another test in the last 15 minutes: forget
        // them, as the ledger rebuild would, so the page aggregates the rows just made.
        TestAccounts.update("DELETE FROM vitality_snapshot WHERE quarter = ?", current.code());
        var staffEmail = account("Vita Writer", "STAFF");
        var staff = new FacesClient(base).signIn(staffEmail, TestAccounts.PASSWORD);
        var residentId = TestAccounts.query("SELECT id FROM account WHERE email = ?", quiet);
        var page = staff.get("/admin/vitality");
        var row = Pattern.compile("data-resident=\"" + residentId + "\">.*?id=\"quiet:(rows:\\d+:write)\"",
                Pattern.DOTALL).matcher(page);
        assertTrue(row.find(), "the quiet giver is prompted:\n" + page);
        var editor = staff.post("/admin/vitality", page, "quiet", row.group(1), Map.of()).body();
        assertTrue(editor.contains("En los últimos meses dedicó su tiempo"), "drafted in Spanish:\n" + editor);

        var tooLong = staff.post("/admin/vitality", editor, "checkin", "send", Map.of("message", "x".repeat(4001)))
                .body();
        assertTrue(tooLong.contains("longer than 4,000 characters"), tooLong);
        assertTrue(tooLong.contains("x".repeat(4001)), "nothing typed is lost");
        assertEquals(0, Mailbox.to(quiet).size(), "nothing sent");

        var message = "Hola de nuevo. <b>La echamos de menos</b> en el barrio.\n\n¿Nos cuenta qué tal?";
        assertEquals(302, staff.post("/admin/vitality", tooLong, "checkin", "send", Map.of("message", message))
                .statusCode());
        var mail = Mailbox.await(quiet, 1);
        assertEquals("Un mensaje de Vita Writer " + RUN + " desde el Portal Cívico", Mailbox.subject(mail));
        var text = Mailbox.text(mail).replace("\r\n", "\n");
        assertTrue(text.startsWith("Hola, Vita Callada " + RUN), text);
        assertTrue(text.contains(message), text);
        assertTrue(text.contains("Vita Writer " + RUN), "signed by the staff member:\n" + text);
        assertFalse(staff.get("/admin/vitality").contains("data-resident=\"" + residentId + "\">"),
                "not prompted again this quarter");
    }

    @Test
    void eachResidentSeesOnlyTheirOwnReciprocity() throws Exception {
        var mine = account("Vita Mia");
        var theirs = account("Vita Suya");
        long input = TestInputs.create(mine, "Crossing at the school " + RUN, "ANSWERED");
        var now = LocalDateTime.now(ZoneOffset.UTC);
        ledger("INPUT", "input:" + input, mine, "1", now.minusDays(10), null);
        ledger("ANSWER", "input:" + input, mine, "1", now.minusDays(5), 5 * 86_400L);
        for (int i = 0; i < 55; i++) {
            ledger("FORUM_PARTICIPATION", "forum-answer:" + key(), mine, "1", now.minusDays(40).minusHours(i), null);
        }
        ledger("VOLUNTEER_HOURS", "signup:" + key(), theirs, "7.25", now.minusDays(3), null);

        assertEquals(302, status(new FacesClient(base), "/me/reciprocity"), "a visitor is sent to sign in");
        var me = new FacesClient(base).signIn(mine, TestAccounts.PASSWORD);
        var page = me.get("/me/reciprocity");
        assertTrue(page.contains("Crossing at the school " + RUN), page);
        assertTrue(page.contains("href=\"/inputs/" + input + "\""), "the item links to its input");
        assertTrue(page.contains("Answer to your input"), page);
        assertFalse(page.contains("7.25 volunteer hours"), "not the other resident's hours");
        var older = Pattern.compile("href=\"/me/reciprocity\\?after=([^\"]+)\"").matcher(page);
        assertTrue(older.find(), "57 rows take two pages");
        assertEquals(50, count(page, "<li class=\"card ledger-"));
        var second = me.get("/me/reciprocity?after=" + older.group(1));
        assertEquals(7, count(second, "<li class=\"card ledger-"), "the rest, none twice");
        assertEquals(400, status(me, "/me/reciprocity?after=forged"));

        var them = new FacesClient(base).signIn(theirs, TestAccounts.PASSWORD).get("/me/reciprocity");
        assertTrue(them.contains("7.25 volunteer hours"), them);
        assertFalse(them.contains("Crossing at the school " + RUN), "not the other resident's input");
        assertFalse(them.contains("Answer to your input"), them);
    }

    @Test
    void bothPagesAreAccessible() throws Exception {
        var resident = account("Vita Axe");
        ledger("INPUT", "input:" + key(), resident, "1", LocalDateTime.now(ZoneOffset.UTC).minusDays(2), null);
        var staff = account("Vita Axe Staff", "STAFF");
        try (var browser = browser()) {
            signIn(browser, resident, TestAccounts.PASSWORD).open("/me").submit("my-reciprocity-link");
            assertEquals("/me/reciprocity", browser.path());
            browser.assertAccessible();
        }
        try (var browser = browser()) {
            signIn(browser, staff, TestAccounts.PASSWORD).open("/admin/vitality");
            assertTrue(browser.pageText().contains("Vitality signals"));
            browser.assertAccessible();
        }
    }

    private static int count(String page, String needle) {
        return page.split(Pattern.quote(needle), -1).length - 1;
    }
}
