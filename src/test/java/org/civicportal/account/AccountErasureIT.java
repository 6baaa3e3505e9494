package org.civicportal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.civicportal.platform.time.Quarter;
import org.civicportal.reciprocity.control.LedgerRebuild;
import org.civicportal.reciprocity.control.LedgerSources;
import org.civicportal.testing.FacesClient;
import org.civicportal.testing.Mailbox;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestAccounts;
import org.civicportal.testing.TestInputs;
import org.civicportal.testing.TestServers;
import org.civicportal.testing.TestTasks;
import org.junit.jupiter.api.Test;

/**
 * "Delete my account" (issue 13): a resident who did everything the portal offers deletes their account, and
 * then no column of any table holds their name, their email or the text they chose to remove; every counter
 * and figure is what it was; their other session is signed out; the same email registers again. Around it:
 * who may not delete (another resident, a visitor, an official).
 */
class AccountErasureIT extends PortalIT {

    private static final Quarter CURRENT = Quarter.of(Instant.now(), ZoneId.systemDefault());
    private static final String EMAIL = "erase.everything@example.org";
    private static final String NAME = "Zebulon Quixwhistle";
    private static final String REMOVED_TEXT = "Zqx-private-musings-7731 about my own back yard";
    /** The name they had when a monthly update was drafted (frozen in its item), before they renamed. */
    private static final String EARLIER_NAME = "Zeb Oldmoorland";

    @Test
    void aResidentWhoDidEverythingLeavesNoTraceButEveryFigureStays() throws Exception {
        var resident = TestAccounts.create(EMAIL, NAME);
        var supporter = TestAccounts.create("erase.supporter@example.org", "Sunniva Supporter");
        var official = TestAccounts.create("erase.official@example.org", "Orla Official", "OFFICIAL");
        var me = new FacesClient(base).signIn(resident, TestAccounts.PASSWORD);
        var elsewhere = new FacesClient(base).signIn(resident, TestAccounts.PASSWORD);
        var parks = TestAccounts.query("SELECT id FROM topic WHERE code = 'parks'");
        var river = TestAccounts.query("SELECT id FROM district WHERE code = 'river'");

        // Two inputs: one others support (it stays), one nobody supports (removed on request).
        assertEquals(302, me.submit("/inputs/new", "input", "submit", Map.of("title", "Erasure benches along the ferry quay",
                "body", "The ferry quay has no bench for the elderly.", "topic", parks, "district", river, "place", "",
                "website", "")));
        var kept = TestAccounts.query("SELECT id FROM input WHERE title = 'Erasure benches along the ferry quay'");
        assertEquals(302, me.submit("/inputs/new", "input", "submit", Map.of("title", "Erasure note nobody backs",
                "body", REMOVED_TEXT, "topic", parks, "district", river, "place", "", "website", "")));
        var removed = TestAccounts.query("SELECT id FROM input WHERE title = 'Erasure note nobody backs'");
        var supporterClient = new FacesClient(base).signIn(supporter, TestAccounts.PASSWORD);
        assertEquals(302, supporterClient.submit("/inputs/" + kept, "support", "support-button", Map.of()));
        // The resident supports and reports someone else's inputs.
        long others = TestInputs.create(supporter, "Erasure: a crossing at the school", "SUBMITTED");
        long reported = TestInputs.create(supporter, "Erasure: something rude", "SUBMITTED");
        assertEquals(302, me.submit("/inputs/" + others, "support", "support-button", Map.of()));
        assertEquals(302, me.submit("/inputs/" + reported, "report", "report-button", Map.of("reason", "OFF_TOPIC")));
        // The city answers the kept input (mail to the resident) and a decision credits it.
        var officialClient = new FacesClient(base).signIn(official, TestAccounts.PASSWORD);
        assertEquals(302, officialClient.postFirst("/admin/inputs?q=erasure+benches+ferry", "queue", "items:0:answer",
                Map.of("items:0:text", "Two benches go up in spring.")).statusCode());
        var decision = TestAccounts.query("SELECT id FROM decision WHERE title LIKE 'Shade trees%'");
        TestAccounts.update("INSERT INTO decision_credit (decision_id, input_id, how, credited_by, credited_at) "
                + "SELECT ?, ?, 'Benches in the shade.', id, UTC_TIMESTAMP(6) FROM account WHERE email = ?",
                decision, kept, official);
        TestAccounts.update("UPDATE decision SET credit_count = credit_count + 1 WHERE id = ?", decision);
        assertEquals(302, me.submit("/decisions/" + decision, "follow", "follow-button", Map.of()));
        // A shift: signed up, hours recorded and thanked by name (mail to the resident).
        long task = TestTasks.create("Erasure shift: sweep the quay", -6 * 60, 5);
        TestTasks.confirm(task, resident);
        var roster = "/admin/roster?id=" + task;
        assertEquals(302, officialClient.post(roster, "signups", "rows:0:record",
                Map.of("rows:0:attended", "ATTENDED", "rows:0:hours", "2.5")).statusCode());
        var rosterBefore = officialClient.get(roster); // its record and thank buttons, forged again after erasure
        assertTrue(rosterBefore.contains("rows:0:record") && rosterBefore.contains("rows:0:send"), rosterBefore);
        assertEquals(302, officialClient.post(roster, "signups", "rows:0:send",
                Map.of("rows:0:thanks", "Thank you, " + NAME + ", the quay shines.")).statusCode());
        // The forum: going, a written answer, and staff record the attendance.
        var forum = "/forums/" + CURRENT;
        var forumPage = me.get(forum);
        var rsvp = me.post(forum, forumPage, "rsvp", "going", Map.of());
        assertEquals(302, rsvp.statusCode(), rsvp.body());
        var answer = me.post(forum, me.get(forum), "answer", "save",
                Map.of("unreturned", "Erasure forum: the quay volunteers"));
        assertEquals(302, answer.statusCode(), answer.body());
        var event = TestAccounts.query("SELECT id FROM forum_event WHERE quarter = ?", CURRENT.code());
        // Attendance is recorded once a forum was held: an earlier quarter's, which the resident went to.
        var held = CURRENT.minus(5);
        TestAccounts.update("INSERT IGNORE INTO forum_event (quarter, starts_at, place, created_by, created_at) SELECT ?, "
                + "?, 'Town Hall', id, UTC_TIMESTAMP(6) FROM account WHERE email = ?", held.code(),
                held.firstDay().plusDays(40) + " 17:00:00", TestAccounts.STAFF);
        var heldEvent = TestAccounts.query("SELECT id FROM forum_event WHERE quarter = ?", held.code());
        var accountId = TestAccounts.query("SELECT id FROM account WHERE email = ?", resident);
        TestAccounts.update("INSERT INTO forum_rsvp (event_id, account_id, going, answered_at) VALUES (?, ?, TRUE, "
                + "UTC_TIMESTAMP(6) - INTERVAL 400 DAY)", heldEvent, accountId);
        var staff = new FacesClient(base).signIn(TestAccounts.STAFF, TestAccounts.PASSWORD);
        var editor = "/admin/forum?quarter=" + held;
        var editorPage = staff.get(editor);
        var rows = Pattern.compile("class=\"card participant-row\" data-account=\"(\\d+)\"").matcher(editorPage)
                .results().map(m -> m.group(1)).toList();
        assertTrue(rows.contains(accountId), editorPage);
        assertEquals(302, staff.post(editor, editorPage, "attendance", "rows:" + rows.indexOf(accountId) + ":attended",
                Map.of()).statusCode());
        // The monthly update, a suppressed address and a message still waiting in the outbox.
        TestAccounts.update("UPDATE account SET monthly_update_opt_in = TRUE, monthly_update_opt_in_at = UTC_TIMESTAMP(6) "
                + "WHERE id = ?", accountId);
        TestAccounts.update("INSERT INTO mail_suppression (email, account_id, reason, suppressed_at) "
                + "VALUES (?, ?, ?, UTC_TIMESTAMP(6))", resident, accountId, "550 " + resident + " unknown");
        TestAccounts.update("INSERT INTO outbox_message (message_key, stream, account_id, recipient, language, template, "
                + "subject, text_body, message_id, state, next_attempt_at, created_at) VALUES ('erasure:waiting', "
                + "'NOTICE', ?, ?, 'en', 'test/erasure', ?, 'Hello', '<erasure.waiting@test>', 'RETRYING', "
                + "UTC_TIMESTAMP(6) + INTERVAL 1 DAY, UTC_TIMESTAMP(6))", accountId, resident, "For " + NAME);
        Mailbox.await(resident, 2); // the answer and the thanks
        var signup = TestAccounts.query("SELECT id FROM signup WHERE task_id = ? AND account_id = ?", task, accountId);
        // The thanks in a sent monthly update (a public record): one drafted under the name they had before, naming
        // them so; one under their name that does not name them; and one in a draft. Removed afterwards (public).
        var sent = monthlyUpdate("2019-03", "SENT");
        var draft = monthlyUpdate("2019-04", "DRAFT");
        try {
            thanksItem(sent, 1, signup, task, EARLIER_NAME, "Thank you, " + EARLIER_NAME + ", the quay shines.");
            thanksItem(sent, 2, signup, task, NAME, "The quay shines thanks to its volunteers.");
            thanksItem(draft, 1, signup, task, NAME, "The quay shines thanks to its volunteers.");
            var before = get(HttpClient.newHttpClient(), "/updates/2019-03").body();
            assertTrue(before.contains(NAME) && before.contains(EARLIER_NAME), "shown before");
            assertTrue(count("SELECT COUNT(*) FROM outbox_message WHERE recipient = ? AND state <> 'RETRYING'", resident) >= 2,
                    "the messages sent name the resident");

            var figures = figures(kept, others, reported, task, decision, event, heldEvent);
            var quarters = quarterTotals();
            var removedRow = TestAccounts.query("SELECT CONCAT_WS('|', quarter, kind, district_id, topic_id) FROM ledger_entry "
                    + "WHERE kind = 'INPUT' AND source_key = ?", "input:" + removed);
            assertTrue(count("SELECT COUNT(*) FROM ledger_entry WHERE resident_id = ?", accountId) >= 7,
                    "inputs, answer, hours, thanks, forum answer and attendance are in the ledger");

            // A wrong password changes nothing, and says so next to the field.
            var wrong = me.post("/me/delete", "delete", "confirm", Map.of("password", "not-my-password",
                    "removeInputs", "on"));
            assertEquals(200, wrong.statusCode());
            assertTrue(wrong.body().contains("That password is not right."), wrong.body());
            assertEquals("1", TestAccounts.query("SELECT COUNT(*) FROM account WHERE email = ?", resident));

            assertTrue(me.get("/me").contains("href=\"/me/delete\""), "/me leads to the confirmation page");
            var page = me.get("/me/delete");
            assertTrue(page.contains("former resident") && page.contains("Also remove my inputs"), page);
            var done = me.post("/me/delete", page, "delete", "confirm", Map.of("password", TestAccounts.PASSWORD,
                    "removeInputs", "on"));
            assertEquals(302, done.statusCode(), done.body());
            assertTrue(done.headers().firstValue("Location").orElse("").endsWith("/?accountDeleted=1"));
            assertTrue(me.get("/?accountDeleted=1").contains("Your account has been deleted."));

            // Nobody's account, and no column of any table, holds the name, the email or the removed text.
            assertEquals("0", TestAccounts.query("SELECT COUNT(*) FROM account WHERE id = ?", accountId));
            assertEquals(List.of(), columnsHolding(NAME, "Quixwhistle", EARLIER_NAME, resident, "erase.everything",
                    REMOVED_TEXT));
            // What stays: the kept input as a former resident's, its figures, every counter and every quarter.
            assertNull(TestAccounts.query("SELECT author_id FROM input WHERE id = ?", kept));
            assertEquals("0", TestAccounts.query("SELECT COUNT(*) FROM input WHERE id = ?", removed), "removed on request");
            assertEquals(figures, figures(kept, others, reported, task, decision, event, heldEvent));
            var expectedQuarters = new LinkedHashMap<>(quarters);
            var removedTotal = expectedQuarters.get(removedRow).split("\\|");
            expectedQuarters.put(removedRow, String.format("%.2f|%d", Double.parseDouble(removedTotal[0]) - 1,
                    Long.parseLong(removedTotal[1]) - 1));
            assertEquals(expectedQuarters, quarterTotals(), "only the removed input's own row left its quarter");
            assertEquals("0", TestAccounts.query("SELECT COUNT(*) FROM ledger_entry WHERE resident_id = ?", accountId));
            assertEquals("2.50", TestAccounts.query("SELECT hours FROM signup WHERE id = ?", signup), "the hours stay");
            assertNull(TestAccounts.query("SELECT thanks FROM signup WHERE id = ?", signup), "the thanks named them");
            assertEquals("0", TestAccounts.query("SELECT COUNT(*) FROM outbox_message WHERE message_key = 'erasure:waiting'"),
                    "nothing more is sent to them");
            assertEquals("1", TestAccounts.query("SELECT COUNT(*) FROM audit_entry WHERE action = 'privacy.erase' "
                    + "AND target_id = ? AND JSON_EXTRACT(details, '$.inputsRemoved') = 'true'", accountId),
                    "the erasure is on the audit log, by id only");
            // A rebuild of the ledger finds the same rows: the anonymous ones too.
            var differences = differences();
            var attendanceKey = "forum-attendance:" + heldEvent + ":erased-"
                    + TestAccounts.query("SELECT id FROM forum_attendance WHERE event_id = ? AND account_id IS NULL "
                            + "ORDER BY id DESC LIMIT 1", heldEvent);
            for (var key : List.of("input:" + kept, "input:" + removed, "signup:" + signup, attendanceKey)) {
                assertTrue(differences.stream().noneMatch(line -> line.contains(" " + key + ": ")),
                        () -> key + " differs from its rebuild: " + differences);
            }
            assertEquals("1", TestAccounts.query("SELECT COUNT(*) FROM ledger_entry WHERE source_key = ?", attendanceKey));

            // Public pages name a former resident.
            var http = HttpClient.newHttpClient();
            var inputPage = get(http, "/inputs/" + kept).body();
            assertTrue(inputPage.contains("former resident") && !inputPage.contains(NAME), inputPage);
            assertEquals(404, get(http, "/inputs/" + removed).statusCode());
            var chain = get(http, "/decisions/" + decision).body();
            assertTrue(chain.contains("Erasure benches along the ferry quay") && !chain.contains(NAME));
            var spanish = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/inputs/" + kept)))
                    .header("Accept-Language", "es").build(), HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(spanish.contains("antiguo residente"), spanish);

            // The sent update keeps its thanks, to "a former resident" for the task, without any text given them (it may
            // name them in any spelling or under an earlier name); the draft's goes.
            var update = get(http, "/updates/2019-03").body();
            assertEquals(2, update.split("A former resident", -1).length - 1, update);
            assertEquals(2, update.split("For: Erasure shift: sweep the quay", -1).length - 1, update);
            assertFalse(update.contains("Quixwhistle") || update.contains("Oldmoorland") || update.contains("quay shines"),
                    update);
            assertTrue(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/updates/2019-03")))
                    .header("Accept-Language", "es").build(), HttpResponse.BodyHandlers.ofString()).body()
                    .contains("Un antiguo residente"));
            assertEquals("2", TestAccounts.query("SELECT COUNT(*) FROM monthly_update_item WHERE update_id = ?", sent));
            assertEquals("0", TestAccounts.query("SELECT COUNT(*) FROM monthly_update_item WHERE update_id = ?", draft));
        } finally {
            TestAccounts.update("DELETE FROM monthly_update_item WHERE update_id IN (?, ?)", sent, draft);
            TestAccounts.update("DELETE FROM monthly_update WHERE id IN (?, ?)", sent, draft);
        }
        // The pre-erasure roster's record and thank buttons, posted again: a former resident's row changes not.
        var recorded = "SELECT CONCAT_WS('|', attendance, hours, recorded_at, thanks, thanked_at, (SELECT COUNT(*) FROM "
                + "audit_entry WHERE action LIKE 'volunteer.%' AND target_id = ?)) FROM signup WHERE id = ?";
        var row = TestAccounts.query(recorded, signup, signup);
        var forgedRecord = officialClient.post(roster, rosterBefore, "signups", "rows:0:record",
                Map.of("rows:0:attended", "NO_SHOW", "rows:0:hours", "7"));
        var forgedThanks = officialClient.post(roster, rosterBefore, "signups", "rows:0:send",
                Map.of("rows:0:thanks", "Forged thanks"));
        assertTrue(forgedRecord.statusCode() < 500 && forgedThanks.statusCode() < 500,
                forgedRecord.statusCode() + " " + forgedThanks.statusCode());
        assertEquals(row, TestAccounts.query(recorded, signup, signup));
        // The official's roster lists the sign-up as a former resident's, with its hours, as its counts do.
        var rosterPage = officialClient.get(roster);
        assertTrue(rosterPage.contains("data-signup=\"" + signup + "\"") && rosterPage.contains("Former resident")
                && rosterPage.contains("2.5 hours") && !rosterPage.contains("Quixwhistle"), rosterPage);
        assertFalse(rosterPage.contains("rows:0:record"), "a former resident's attendance is not recorded again");
        var csv = officialClient.post(roster, rosterPage, "export", "csv", Map.of()).body();
        assertTrue(csv.contains("\"Former resident\",\"\"") && csv.contains("\"2.5") && !csv.contains("Quixwhistle"),
                csv);

        // Their other session is signed out, told why (not "your password changed"); the same email registers again.
        var other = elsewhere.http().send(HttpRequest.newBuilder(URI.create(url("/me"))).header("Accept", "text/html")
                .build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(302, other.statusCode());
        var signInAgain = other.headers().firstValue("Location").orElse("");
        assertTrue(signInAgain.contains("/sign-in?ended=deleted"), signInAgain);
        var told = elsewhere.get(signInAgain.replaceFirst("https?://[^/]+", ""));
        assertTrue(told.contains("Your account has been deleted and you were signed out."), told);
        assertFalse(told.contains("password of this account was changed"), told);
        int mails = Mailbox.to(resident).size();
        var again = new FacesClient(base).post("/register", "register", "submit", Map.of("displayName", "Zeb Again",
                "email", resident, "password", "a-new-long-passphrase-2026", "district", river, "language", "en"));
        assertTrue(again.statusCode() < 400, "answered " + again.statusCode());
        assertEquals("1", TestAccounts.query("SELECT COUNT(*) FROM account WHERE email = ?", resident));
        assertTrue(Mailbox.text(Mailbox.await(resident, mails + 1)).contains("/verify"), "a new account to verify");
    }

    @Test
    void nobodyButTheSignedInResidentDeletesTheirOwnAccountAndOfficialsAreRefused() throws Exception {
        var owner = TestAccounts.create("erase.owner@example.org", "Owen Owner");
        var intruder = TestAccounts.create("erase.intruder@example.org", "Ingrid Intruder");
        var ownerClient = new FacesClient(base).signIn(owner, TestAccounts.PASSWORD);
        var ownersPage = ownerClient.get("/me/delete");
        // Another resident replays the owner's form (its view state) with the owner's password: the view is not
        // theirs, and no request names an account, so nobody's account goes.
        var intruderClient = new FacesClient(base).signIn(intruder, TestAccounts.PASSWORD);
        var replay = intruderClient.post("/me/delete", ownersPage, "delete", "confirm",
                Map.of("password", TestAccounts.PASSWORD, "account", id(owner)));
        assertTrue(replay.statusCode() < 500, "answered " + replay.statusCode());
        assertEquals("1", TestAccounts.query("SELECT COUNT(*) FROM account WHERE email = ?", owner));
        assertEquals("1", TestAccounts.query("SELECT COUNT(*) FROM account WHERE email = ?", intruder));
        // A visitor is sent to sign in, and a visitor's post of the form deletes nothing.
        var visitor = get(HttpClient.newHttpClient(), "/me/delete");
        assertEquals(302, visitor.statusCode());
        assertTrue(visitor.headers().firstValue("Location").orElse("").contains("/sign-in"));
        var forged = new FacesClient(base).post("/me/delete", ownersPage, "delete", "confirm",
                Map.of("password", TestAccounts.PASSWORD));
        assertTrue(forged.statusCode() < 500, "answered " + forged.statusCode());
        assertEquals("1", TestAccounts.query("SELECT COUNT(*) FROM account WHERE email = ?", owner));
        // Wrong passwords are throttled like sign-in: the sixth is refused even with the right one.
        for (int i = 0; i < 5; i++) {
            assertTrue(ownerClient.post("/me/delete", "delete", "confirm", Map.of("password", "guess-" + i)).body()
                    .contains("That password is not right."));
        }
        var throttled = ownerClient.post("/me/delete", "delete", "confirm", Map.of("password", TestAccounts.PASSWORD));
        assertTrue(throttled.body().contains("Too many wrong passwords"), throttled.body());
        assertEquals("1", TestAccounts.query("SELECT COUNT(*) FROM account WHERE email = ?", owner));
        // An official keeps their account while they hold the role: their acts stay attributed.
        var official = TestAccounts.create("erase.official.refused@example.org", "Olaf Official", "OFFICIAL");
        var officialClient = new FacesClient(base).signIn(official, TestAccounts.PASSWORD);
        var refused = officialClient.post("/me/delete", "delete", "confirm", Map.of("password", TestAccounts.PASSWORD));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("cannot delete their account while they hold the role"), refused.body());
        assertEquals("1", TestAccounts.query("SELECT COUNT(*) FROM account WHERE email = ?", official));
        // Without the role, the answers they gave in the city's name still name them: the database refuses,
        // everything rolls back, and the page says why.
        long answered = TestInputs.create(official, "Erasure: answered by a former official", "ANSWERED");
        TestAccounts.update("UPDATE input SET answered_by = ? WHERE id = ?", id(official), answered);
        TestAccounts.update("DELETE FROM account_role WHERE account_id = ? AND role = 'OFFICIAL'", id(official));
        var onRecord = officialClient.post("/me/delete", "delete", "confirm", Map.of("password", TestAccounts.PASSWORD));
        assertEquals(200, onRecord.statusCode());
        assertTrue(onRecord.body().contains("acted for the city"), onRecord.body());
        assertEquals("1", TestAccounts.query("SELECT COUNT(*) FROM account WHERE email = ?", official));
        assertEquals(id(official), TestAccounts.query("SELECT author_id FROM input WHERE id = ?", answered),
                "the observers' changes rolled back with the refusal");
    }

    @Test
    void anErasedResidentsExportFileGoesWithTheAccountAndARefusedErasureKeepsIt() throws Exception {
        var run = Long.toString(System.nanoTime(), 36);
        // Refused by the database (an answer given in the city's name names them): everything rolls back, and the
        // export the page still offers keeps its file.
        var onRecord = TestAccounts.create("erase.export.kept." + run + "@example.org", "Kept Export " + run);
        long answered = TestInputs.create(onRecord, "Erasure: an export kept " + run, "ANSWERED");
        TestAccounts.update("UPDATE input SET answered_by = ? WHERE id = ?", id(onRecord), answered);
        var kept = readyExport(onRecord);
        var keptClient = new FacesClient(base).signIn(onRecord, TestAccounts.PASSWORD);
        var refused = keptClient.post("/me/delete", "delete", "confirm", Map.of("password", TestAccounts.PASSWORD));
        assertTrue(refused.body().contains("acted for the city"), refused.body());
        assertEquals("READY", TestAccounts.query("SELECT state FROM data_export WHERE file_name = ?", name(kept)));
        assertTrue(Files.isRegularFile(kept), "a refused erasure leaves the offered export's file in place");
        assertTrue(keptClient.get("/me/data").contains("id=\"data-download\""), "and the download is still offered");

        // Erased: the export's row and its file go.
        var leaving = TestAccounts.create("erase.export.gone." + run + "@example.org", "Gone Export " + run);
        var gone = readyExport(leaving);
        var client = new FacesClient(base).signIn(leaving, TestAccounts.PASSWORD);
        var done = client.post("/me/delete", client.get("/me/delete"), "delete", "confirm",
                Map.of("password", TestAccounts.PASSWORD));
        assertEquals(302, done.statusCode(), done.body());
        assertEquals("0", TestAccounts.query("SELECT COUNT(*) FROM data_export WHERE file_name = ?", name(gone)));
        assertFalse(Files.exists(gone), "the erased account's export file is deleted");
    }

    /** A monthly update of this month in this state, made by the demo staff member; its id. */
    private static String monthlyUpdate(String month, String state) {
        TestAccounts.update("INSERT INTO monthly_update (month, state, intro_en, intro_es, created_by, created_at, "
                + "updated_at, finished_at) SELECT ?, ?, '', '', id, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), "
                + "UTC_TIMESTAMP(6) FROM account WHERE email = ?", month, state, TestAccounts.STAFF);
        return TestAccounts.query("SELECT id FROM monthly_update WHERE month = ?", month);
    }

    /** A THANKS item as MonthAssembly drafts it: the volunteer's name then, the thanks, the task. */
    private static void thanksItem(String update, int position, String signup, long task, String name, String thanks) {
        TestAccounts.update("INSERT INTO monthly_update_item (update_id, position, kind, source_id, title, body, link, "
                + "facts) VALUES (?, ?, 'THANKS', ?, ?, ?, ?, '{\"task\":\"Erasure shift: sweep the quay\"}')",
                update, position, signup, name, thanks, "/tasks/" + task);
    }

    /** A READY export of this person with a file in the run's exports folder, as DataExportJob leaves one. */
    private static Path readyExport(String email) throws Exception {
        var random = new byte[16];
        new SecureRandom().nextBytes(random);
        var folder = Files.createDirectories(Path.of(System.getProperty("it.data.dir"), "exports"));
        var file = Files.writeString(folder.resolve(HexFormat.of().formatHex(random) + ".zip"), "PK",
                StandardCharsets.US_ASCII);
        TestAccounts.update("INSERT INTO data_export (account_id, state, language, files_done, files_total, file_name, "
                + "size_bytes, requested_at, started_at, ready_at, expires_at) SELECT id, 'READY', 'en', 1, 1, ?, 2, "
                + "UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) + INTERVAL 7 DAY "
                + "FROM account WHERE email = ?", name(file), email);
        return file;
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }

    /** The counters and forum figures the erasure must not change, as one line. */
    private static String figures(String kept, long others, long reported, long task, String decision, String event,
            String heldEvent) {
        return TestAccounts.query("SELECT CONCAT_WS('|', (SELECT support_count FROM input WHERE id = ?), "
                + "(SELECT COUNT(*) FROM input_support WHERE input_id = ?), (SELECT support_count FROM input WHERE id = ?), "
                + "(SELECT COUNT(*) FROM input_support WHERE input_id = ?), (SELECT report_count FROM input WHERE id = ?), "
                + "(SELECT confirmed_count FROM task WHERE id = ?), (SELECT COUNT(*) FROM signup WHERE task_id = ?), "
                + "(SELECT SUM(hours) FROM signup WHERE task_id = ?), (SELECT credit_count FROM decision WHERE id = ?), "
                + "(SELECT COUNT(*) FROM forum_rsvp WHERE event_id = ? AND going = TRUE), "
                + "(SELECT COUNT(*) FROM forum_attendance WHERE event_id = ?), "
                + "(SELECT COUNT(*) FROM forum_rsvp WHERE event_id = ? AND going = TRUE), "
                + "(SELECT COUNT(*) FROM forum_answer WHERE quarter = ? AND hidden = FALSE))", kept, kept, others, others,
                reported, task, task, task, decision, event, heldEvent, heldEvent, CURRENT.code());
    }

    /** Every quarter total of the ledger: "quarter|kind|district|topic" to "amount|entries". */
    private static Map<String, String> quarterTotals() throws SQLException {
        var totals = new LinkedHashMap<String, String>();
        try (var connection = TestServers.connect();
                var rows = connection.createStatement().executeQuery("SELECT CONCAT_WS('|', quarter, kind, district_id, "
                        + "topic_id), CONCAT_WS('|', amount, entries) FROM ledger_quarter_total WHERE entries <> 0 "
                        + "ORDER BY quarter, kind, district_id, topic_id")) {
            while (rows.next()) {
                totals.put(rows.getString(1), rows.getString(2));
            }
        }
        return totals;
    }

    /** "table.column" of every text column of every table that holds any of these strings. */
    private static List<String> columnsHolding(String... needles) throws SQLException {
        var found = new ArrayList<String>();
        try (var connection = TestServers.connect()) {
            var columns = new ArrayList<String[]>();
            try (var rows = connection.createStatement().executeQuery("SELECT c.table_name, c.column_name "
                    + "FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = "
                    + "c.table_schema AND t.table_name = c.table_name WHERE c.table_schema = DATABASE() "
                    + "AND t.table_type = 'BASE TABLE' AND c.data_type IN ('char', 'varchar', 'tinytext', 'text', "
                    + "'mediumtext', 'longtext', 'binary', 'varbinary', 'blob', 'mediumblob', 'longblob')")) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            assertTrue(columns.size() > 50, "the schema's text columns were found: " + columns.size());
            for (var column : columns) {
                for (var needle : needles) {
                    try (var statement = connection.prepareStatement("SELECT COUNT(*) FROM `" + column[0] + "` WHERE `"
                            + column[1] + "` LIKE CONCAT('%', ?, '%')")) {
                        statement.setString(1, needle);
                        try (var rows = statement.executeQuery()) {
                            rows.next();
                            if (rows.getLong(1) > 0) {
                                found.add(column[0] + "." + column[1] + " holds " + needle);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static List<String> differences() throws SQLException {
        try (var connection = TestServers.connect()) {
            return new LedgerRebuild(LedgerSources.all(), ZoneId.systemDefault(), Integer.MAX_VALUE)
                    .run(connection, false, null).lines();
        }
    }

    private static long count(String sql, Object... parameters) {
        return Long.parseLong(TestAccounts.query(sql, parameters));
    }

    private static String id(String email) {
        return TestAccounts.query("SELECT id FROM account WHERE email = ?", email);
    }

    private String url(String path) {
        return base.toString().replaceAll("/+$", "") + path;
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }
}
