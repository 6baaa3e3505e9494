package org.civicportal.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.civicportal.platform.time.Quarter;
import org.civicportal.testing.Browser;
import org.civicportal.testing.FacesClient;
import org.civicportal.testing.Mailbox;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestAccounts;
import org.civicportal.testing.TestTasks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The quarterly forum as residents, visitors and staff meet it: the pages of every quarter and the 404s of
 * quarters that have none, RSVPs, attendance recorded row by row, the ledger's FORUM_PARTICIPATION rows,
 * written answers through moderation, the reminder the day before, and who may do what.
 */
class ForumIT extends PortalIT {

    private static final Quarter CURRENT = Quarter.of(Instant.now(), ZoneId.systemDefault());

    @Test
    void visitorsReadEveryQuarterWithoutASessionAndOtherQuartersAreNotFound() throws Exception {
        var http = HttpClient.newHttpClient();
        var list = get(http, "/forums");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("href=\"/forums/" + CURRENT + "\""), "the current quarter is listed");
        assertTrue(list.body().contains("href=\"/forums/" + CURRENT.previous() + "\""), "and the one before it");
        assertTrue(list.body().indexOf("/forums/" + CURRENT + "\"") < list.body().indexOf("/forums/" + CURRENT.previous()
                + "\""), "newest first");
        for (var path : List.of("/forums", "/forums/" + CURRENT, "/forums/" + CURRENT.previous())) {
            var response = get(http, path);
            assertEquals(200, response.statusCode(), path);
            assertEquals(List.of(), response.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("JSESSIONID=")).toList(), path + " made a session for a visitor");
            assertFalse(response.body().contains("jakarta.faces.ViewState"), path + " has a form for a visitor");
        }
        var page = get(http, "/forums/" + CURRENT).body();
        assertTrue(page.contains("sign-in?next=/forums/" + CURRENT), "visitors are asked to sign in to take part");
        for (var path : List.of("/forums/2026-Q5", "/forums/1999-Q1", "/forums/" + CURRENT.next(),
                "/forums/" + CURRENT.minus(-13), "/forums/abc", "/forums/2026-q4")) {
            assertEquals(404, get(http, path).statusCode(), path);
        }
    }

    @Test
    void onlyStaffManageForumsAndVisitorsCannotTakePart() throws Exception {
        var resident = TestAccounts.create("forum.curious@example.org", "Fiona Curious");
        var client = new FacesClient(base).signIn(resident, TestAccounts.PASSWORD);
        for (var path : List.of("/admin/forums", "/admin/forum?quarter=" + CURRENT)) {
            var response = client.http().send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertEquals(403, response.statusCode(), path);
        }
        var visitor = HttpClient.newHttpClient();
        var admin = get(visitor, "/admin/forums");
        assertTrue(admin.statusCode() == 302 || admin.statusCode() == 303, "a visitor is sent to sign in");
        // A visitor replays a resident's RSVP form: no RSVP is stored, and the answer is no page and no error.
        var residentPage = client.get("/forums/" + CURRENT);
        var event = TestAccounts.query("SELECT id FROM forum_event WHERE quarter = ?", CURRENT.code());
        var before = TestAccounts.query("SELECT COUNT(*) FROM forum_rsvp WHERE event_id = ?", event);
        var forged = new FacesClient(base).post("/forums/" + CURRENT, residentPage, "rsvp", "going", Map.of());
        assertTrue(forged.statusCode() >= 300 && forged.statusCode() < 500, "answered " + forged.statusCode());
        var answer = new FacesClient(base).post("/forums/" + CURRENT, residentPage, "answer", "save",
                Map.of("unreturned", "Forged by a visitor"));
        assertTrue(answer.statusCode() >= 300 && answer.statusCode() < 500, "answered " + answer.statusCode());
        assertEquals(before, TestAccounts.query("SELECT COUNT(*) FROM forum_rsvp WHERE event_id = ?", event));
        assertEquals("0", TestAccounts.query("SELECT COUNT(*) FROM forum_answer WHERE unreturned = 'Forged by a visitor'"));
    }

    @Test
    void aSignedInAccountWithoutTheResidentRoleCannotRsvpOrAnswerFromItsOwnPage() throws Exception {
        // Signed in as a resident (so its own page view holds both forms), then the RESIDENT role is taken away:
        // its posts restore its own view (no expired view), and must still store nothing.
        var email = TestAccounts.create("forum.staffonly@example.org", "Sam Staffonly", "STAFF");
        var client = new FacesClient(base).signIn(email, TestAccounts.PASSWORD);
        var page = "/forums/" + CURRENT;
        var html = client.get(page);
        assertTrue(html.contains("id=\"rsvp\"") && html.contains("id=\"answer\""), "both forms on its own page");
        TestAccounts.update("DELETE FROM account_role WHERE role = 'RESIDENT' AND account_id = ?", id(email));
        var rsvp = client.post(page, html, "rsvp", "going", Map.of());
        assertTrue(rsvp.statusCode() < 500, "answered " + rsvp.statusCode());
        assertFalse(rsvp.statusCode() < 300 && rsvp.body().contains("You are going"), "no success");
        var answer = client.post(page, html, "answer", "save", Map.of("unreturned", "Written without the role"));
        assertTrue(answer.statusCode() < 500, "answered " + answer.statusCode());
        assertFalse(answer.statusCode() < 300 && answer.body().contains("your answers are published"), "no success");
        assertFalse(client.get(page).contains("You are going"), "no RSVP shown after a redirect either");
        assertEquals("0", TestAccounts.query("SELECT COUNT(*) FROM forum_rsvp WHERE account_id = ?", id(email)));
        assertEquals("0", TestAccounts.query("SELECT COUNT(*) FROM forum_answer WHERE account_id = ?", id(email)));
    }

    @Test
    void aReportLandsOnTheAnswerItsRowShowedEvenWhenOneAboveWasHiddenMeanwhile() throws Exception {
        var page = "/forums/" + CURRENT;
        var answers = new java.util.ArrayList<String>();
        for (var name : List.of("above", "target", "below")) {
            var author = TestAccounts.create("forum.shift." + name + "@example.org", "Shift " + name);
            var client = new FacesClient(base).signIn(author, TestAccounts.PASSWORD);
            assertEquals(302, client.post(page, "answer", "save", Map.of("unreturned", "Shift test: " + name))
                    .statusCode());
            answers.add(TestAccounts.query("SELECT id FROM forum_answer WHERE account_id = ? AND quarter = ?", id(author),
                    CURRENT.code()));
        }
        var above = answers.get(0);
        var target = answers.get(1);
        var below = answers.get(2);
        var reporters = new java.util.ArrayList<FacesClient>();
        for (var name : List.of("one", "two", "three")) {
            reporters.add(new FacesClient(base).signIn(TestAccounts.create("forum.shift.reporter." + name
                    + "@example.org", "Shift reporter " + name), TestAccounts.PASSWORD));
        }
        for (var reporter : reporters.subList(0, 2)) {
            assertEquals(302, report(reporter, page, reporter.get(page), above).statusCode());
        }
        // This resident opens the page; meanwhile the third report hides the answer above the one they report.
        var resident = new FacesClient(base).signIn(TestAccounts.create("forum.shift.reader@example.org",
                "Shift reader"), TestAccounts.PASSWORD);
        var html = resident.get(page);
        assertEquals(302, report(reporters.get(2), page, reporters.get(2).get(page), above).statusCode());
        assertEquals("1", TestAccounts.query("SELECT hidden FROM forum_answer WHERE id = ?", above));
        assertEquals(302, report(resident, page, html, target).statusCode());
        assertTrue(resident.get(page).contains("Thank you: the moderators will review this answer."));
        assertEquals("1", TestAccounts.query("SELECT report_count FROM forum_answer WHERE id = ?", target),
                "the answer the row showed is reported");
        assertEquals("0", TestAccounts.query("SELECT report_count FROM forum_answer WHERE id = ?", below),
                "not the next one");
        assertEquals("OFFENSIVE", TestAccounts.query("SELECT r.reason FROM forum_answer_report r JOIN account a ON "
                + "a.id = r.account_id WHERE r.answer_id = ? AND a.email = ?", target, "forum.shift.reader@example.org"));
        // An answer of another quarter, or one already hidden, posted as a row's answer: nothing is reported.
        var other = TestAccounts.query("SELECT MIN(id) FROM forum_answer WHERE quarter <> ?", CURRENT.code());
        if (other != null) {
            var before = TestAccounts.query("SELECT report_count FROM forum_answer WHERE id = ?", other);
            report(resident, page, resident.get(page), target, other);
            assertEquals(before, TestAccounts.query("SELECT report_count FROM forum_answer WHERE id = ?", other));
        }
    }

    @Test
    void firstWritesAtOnceAllEndWellAndKeepOneAnswer() throws Exception {
        var page = "/forums/" + CURRENT;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            // The race is a matter of milliseconds: several residents, each clicking three times at once.
            for (var n : List.of(1, 2, 3, 4, 5, 6)) {
                var author = TestAccounts.create("forum.doubleclick." + n + "@example.org", "Double Click " + n);
                var client = new FacesClient(base).signIn(author, TestAccounts.PASSWORD);
                var html = client.get(page);
                var start = new java.util.concurrent.CountDownLatch(1);
                var clicks = new java.util.ArrayList<java.util.concurrent.Future<HttpResponse<String>>>();
                for (var click : List.of(1, 2, 3)) {
                    clicks.add(pool.submit(() -> {
                        start.await();
                        return client.post(page, html, "answer", "save", Map.of("unreturned", "Double click " + n));
                    }));
                }
                start.countDown();
                for (var click : clicks) {
                    var status = click.get().statusCode();
                    assertEquals(302, status, "a click answered " + status);
                }
                assertEquals("1", TestAccounts.query("SELECT COUNT(*) FROM forum_answer WHERE account_id = ?", id(author)));
                var answer = TestAccounts.query("SELECT id FROM forum_answer WHERE account_id = ?", id(author));
                assertEquals("1.00|" + CURRENT.code(), ledger("forum-answer:" + answer));
                assertTrue(client.get(page).contains("Double click " + n), "the author sees their answer");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void movingAHeldForumMovesItsAttendanceInTheLedger() throws Exception {
        var quarter = CURRENT.minus(3);
        TestAccounts.update("INSERT IGNORE INTO forum_event (quarter, starts_at, place, created_by, created_at) SELECT ?, "
                + "?, 'Town Hall', id, UTC_TIMESTAMP(6) FROM account WHERE email = ?", quarter.code(),
                quarter.firstDay().plusDays(40) + " 17:00:00", TestAccounts.STAFF);
        var event = TestAccounts.query("SELECT id FROM forum_event WHERE quarter = ?", quarter.code());
        var resident = TestAccounts.create("forum.moved@example.org", "Moira Moved");
        TestAccounts.update("INSERT INTO forum_rsvp (event_id, account_id, going, answered_at) SELECT ?, id, TRUE, "
                + "UTC_TIMESTAMP(6) - INTERVAL 300 DAY FROM account WHERE email = ?", event, resident);
        var staff = new FacesClient(base).signIn(TestAccounts.create("forum.mover@example.org", "Mark Mover", "STAFF"),
                TestAccounts.PASSWORD);
        var editor = "/admin/forum?quarter=" + quarter;
        var html = staff.get(editor);
        var rows = Pattern.compile("class=\"card participant-row\" data-account=\"(\\d+)\"").matcher(html).results()
                .map(m -> m.group(1)).toList();
        assertEquals(302, staff.post(editor, html, "attendance", "rows:" + rows.indexOf(id(resident)) + ":attended",
                Map.of()).statusCode());
        var key = "forum-attendance:" + event + ":" + id(resident);
        var startsAt = "SELECT starts_at FROM forum_event WHERE id = ?";
        assertEquals(TestAccounts.query(startsAt, event), TestAccounts.query(
                "SELECT happened_at FROM ledger_entry WHERE source_key = ?", key));
        var before = TestAccounts.query(startsAt, event);
        var day = java.time.LocalDate.parse(field(staff.get(editor), "event:day"));
        var moved = day.equals(quarter.firstDay()) ? day.plusDays(1) : day.minusDays(1);
        try {
            assertEquals(302, saveEvent(staff, editor, moved.toString()).statusCode());
            var now = TestAccounts.query(startsAt, event);
            assertNotEquals(before, now, "the forum moved");
            assertEquals(now, TestAccounts.query("SELECT happened_at FROM ledger_entry WHERE source_key = ?", key),
                    "the attendance follows the forum's new time");
            assertEquals("1.00|" + quarter.code(), ledger(key));
            assertRebuildWouldFindNoDifference(List.of(resident));
        } finally {
            assertEquals(302, saveEvent(staff, editor, day.toString()).statusCode(), "the forum is put back");
        }
        assertEquals(TestAccounts.query(startsAt, event), TestAccounts.query(
                "SELECT happened_at FROM ledger_entry WHERE source_key = ?", key));
    }

    /** Saves the forum editor's form as it shows, on another day. */
    private static HttpResponse<String> saveEvent(FacesClient staff, String editor, String day) throws Exception {
        var html = staff.get(editor);
        return staff.post(editor, html, "event", "save", Map.of("day", day, "time", field(html, "event:time"),
                "place", field(html, "event:place"), "link", field(html, "event:link"),
                "minutes", textarea(html, "event:minutes")));
    }

    /** The value of an input of a page, as typed. */
    private static String field(String html, String id) {
        var input = Pattern.compile("<input[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        assertTrue(input.find(), "no input " + id);
        var value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
        return value.find() ? unescape(value.group(1)) : "";
    }

    private static String textarea(String html, String id) {
        var area = Pattern.compile("<textarea[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</textarea>",
                Pattern.DOTALL).matcher(html);
        assertTrue(area.find(), "no textarea " + id);
        return unescape(area.group(1).replaceFirst("^\n", ""));
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** Reports an answer from its row of a page read earlier, the way the page's report button posts it. */
    private static HttpResponse<String> report(FacesClient client, String page, String html, String answerId)
            throws Exception {
        return report(client, page, html, answerId, answerId);
    }

    private static HttpResponse<String> report(FacesClient client, String page, String html, String rowAnswer,
            String postedAnswer) throws Exception {
        int row = rowOf(html, rowAnswer);
        return client.post(page, html, "reports", "rows:" + row + ":report-button",
                Map.of("rows:" + row + ":reason", "OFFENSIVE", "rows:" + row + ":answer", postedAnswer));
    }

    @Test
    void aResidentRsvpsAndStaffRecordAttendanceRowByRow() throws Exception {
        var resident = TestAccounts.create("forum.goer@example.org", "Gustavo Goer");
        var staff = TestAccounts.create("forum.staff@example.org", "Stella Forums", "STAFF");
        String going;
        try (var browser = browser()) {
            signIn(browser, resident, TestAccounts.PASSWORD);
            browser.open("/forums/" + CURRENT);
            going = browser.text(By.id("forum-going"));
            browser.assertAccessible();
            browser.submit("rsvp:going");
            assertEquals("You are going. Thank you for giving your time! We will remind you by email the day before.",
                    browser.text(By.id("my-rsvp")));
            assertEquals(count(going) + 1, count(browser.text(By.id("forum-going"))), browser.text(By.id("forum-going")));
            browser.submit("rsvp:not-going");
            assertTrue(browser.text(By.id("my-rsvp")).startsWith("You said you are not going"));
            assertEquals(count(going), count(browser.text(By.id("forum-going"))), "changing one's mind counts once");
            browser.submit("rsvp:going");
            assertEquals(count(going) + 1, count(browser.text(By.id("forum-going"))));
        }
        // Last quarter's forum was held; three residents had said they were going.
        var held = TestAccounts.query("SELECT id FROM forum_event WHERE quarter = ?", CURRENT.previous().code());
        var first = TestAccounts.create("aaron.forumfirst@example.org", "Aaron Forumfirst");
        var middle = TestAccounts.create("kim.forummiddle@example.org", "Kim Forummiddle");
        var last = TestAccounts.create("zora.forumlast@example.org", "Zora Forumlast");
        for (var person : List.of(first, middle, last)) {
            TestAccounts.update("INSERT INTO forum_rsvp (event_id, account_id, going, answered_at) SELECT ?, id, TRUE, "
                    + "UTC_TIMESTAMP(6) - INTERVAL 100 DAY FROM account WHERE email = ?", held, person);
        }
        TestAccounts.update("UPDATE account SET district_id = (SELECT id FROM district WHERE code = 'hillcrest') "
                + "WHERE email = ?", middle);
        try (var browser = browser()) {
            signIn(browser, staff, TestAccounts.PASSWORD);
            browser.open("/admin/forums");
            browser.assertAccessible();
            browser.open("/admin/forum?quarter=" + CURRENT.previous());
            browser.assertAccessible();
            // The held forum's minutes, after the checks of each field.
            var place = browser.value("event:place");
            var link = browser.value("event:link");
            var day = browser.value("event:day");
            browser.type("event:place", "").type("event:link", "").submit("event:save");
            assertEquals("Please give a place, an online link, or both.", browser.messageFor("event:place"));
            browser.type("event:link", "meet at the usual place").submit("event:save");
            assertEquals("Please give a web address starting with https:// (or http://).", browser.messageFor("event:link"));
            assertEquals("meet at the usual place", browser.value("event:link"), "what was typed stays");
            setValue(browser, "event:day", CURRENT.next().firstDay().toString());
            browser.type("event:place", place).type("event:link", link).submit("event:save");
            assertTrue(browser.messageFor("event:day").startsWith("Please choose a day in " + CURRENT.previous()),
                    browser.messageFor("event:day"));
            setValue(browser, "event:day", day);
            browser.type("event:minutes", "**Decided:** the lighting inputs are answered first.<script>alert(1)</script>")
                    .submit("event:save");
            assertTrue(browser.pageText().contains("The forum is saved."), browser.pageText());
            var rows = browser.all(By.cssSelector(".participant-row")).stream().map(e -> e.getAttribute("data-account"))
                    .toList();
            assertEquals(id(first), rows.get(0), "sorted by name: Aaron first");
            assertEquals(id(last), rows.get(rows.size() - 1), "Zora last");
            assertTrue(rows.indexOf(id(middle)) > 0 && rows.indexOf(id(middle)) < rows.size() - 1, "Kim in the middle");
            for (var person : List.of(middle, last, first)) {
                browser.submit(button(browser, id(person), "attended"));
                assertTrue(browser.pageText().contains("Attendance recorded."), browser.pageText());
                assertTrue(browser.text(By.cssSelector(".participant-row[data-account='" + id(person) + "']"))
                        .contains("Attended"));
            }
            // The resident who came without an RSVP is found by name.
            browser.type("attendance:search", "Gustavo").submit("attendance:find");
            var found = browser.driver().findElement(By.cssSelector(".found-row[data-account='" + id(resident)
                    + "'] [id$=':attended']")).getAttribute("id");
            browser.submit(found);
            assertTrue(browser.pageText().contains("Attendance recorded."), browser.pageText());
            // A mistake is taken back, and recorded again.
            browser.submit(button(browser, id(first), "not-attended"));
            assertTrue(browser.pageText().contains("Attendance removed."));
            assertNull(ledger("forum-attendance:" + held + ":" + id(first)));
            browser.submit(button(browser, id(first), "attended"));
        }
        var minutes = get(HttpClient.newHttpClient(), "/forums/" + CURRENT.previous()).body();
        assertTrue(minutes.contains("<strong>Decided:</strong> the lighting inputs are answered first."), minutes);
        assertFalse(minutes.contains("<script>alert(1)"), "the minutes are sanitised");
        for (var person : List.of(first, middle, last, resident)) {
            var row = ledger("forum-attendance:" + held + ":" + id(person));
            assertEquals("1.00|" + CURRENT.previous().code(), row, person);
        }
        assertEquals(TestAccounts.query("SELECT id FROM district WHERE code = 'hillcrest'"), TestAccounts.query(
                "SELECT district_id FROM ledger_entry WHERE source_key = ?", "forum-attendance:" + held + ":" + id(middle)),
                "the resident's home district");
        assertEquals(TestAccounts.query("SELECT id FROM district WHERE code = 'citywide'"), TestAccounts.query(
                "SELECT district_id FROM ledger_entry WHERE source_key = ?", "forum-attendance:" + held + ":" + id(first)),
                "Citywide for a resident without one");
        assertEquals(TestAccounts.query("SELECT id FROM account WHERE email = ?", staff), TestAccounts.query(
                "SELECT official_id FROM ledger_entry WHERE source_key = ?", "forum-attendance:" + held + ":" + id(last)));
        assertRebuildWouldFindNoDifference(List.of(first, middle, last, resident));
    }

    @Test
    void writtenAnswersAreShownWithoutNamesAndGoThroughModeration() throws Exception {
        var author = TestAccounts.create("forum.writer@example.org", "Wilhelmina Writer");
        TestAccounts.update("UPDATE account SET district_id = (SELECT id FROM district WHERE code = 'eastgate') "
                + "WHERE email = ?", author);
        var page = "/forums/" + CURRENT;
        var text = "The Eastgate path volunteers gave forty hours and nobody said thank you.";
        try (var browser = browser()) {
            signIn(browser, author, TestAccounts.PASSWORD);
            browser.open(page).submit("answer:save");
            assertEquals("Please answer at least one of the three questions.", browser.messageFor("answer:unreturned"));
            setValue(browser, "answer:unreciprocated", "x".repeat(2001));
            browser.submit("answer:save");
            assertTrue(browser.messageFor("answer:unreciprocated").contains("2,000"), browser.messageFor("answer:unreciprocated"));
            assertEquals(2001, browser.value("answer:unreciprocated").length(), "what was typed stays");
            browser.type("answer:unreciprocated", "").type("answer:unreturned", text).submit("answer:save");
            assertTrue(browser.pageText().contains("your answers are published"), browser.pageText());
            assertEquals(text, browser.value("answer:unreturned"), "the author can change them");
            browser.assertAccessible();
        }
        var answer = TestAccounts.query("SELECT w.id FROM forum_answer w JOIN account a ON a.id = w.account_id "
                + "WHERE a.email = ?", author);
        assertEquals("1.00|" + CURRENT.code(), ledger("forum-answer:" + answer), "published: it counts");
        try (var visitor = browser()) {
            visitor.open(page);
            var card = visitor.text(By.cssSelector(".forum-answer[data-answer='" + answer + "']"));
            assertTrue(card.startsWith("A resident of Eastgate") && card.contains(text), card);
            assertFalse(visitor.pageText().contains("Wilhelmina"), "never the author's name");
            visitor.assertAccessible();
            visitor.open("/forums");
            visitor.assertAccessible();
        }
        for (var name : List.of("one", "two", "three")) {
            var reporter = TestAccounts.create("forum.reporter." + name + "@example.org", "Reporter " + name);
            var client = new FacesClient(base).signIn(reporter, TestAccounts.PASSWORD);
            var html = client.get(page);
            int row = rowOf(html, answer);
            var response = report(client, page, html, answer);
            assertEquals(302, response.statusCode());
            assertTrue(client.get(page).contains("Thank you: the moderators will review this answer."), name);
        }
        assertFalse(get(HttpClient.newHttpClient(), page).body().contains(text), "three reports hide it");
        assertNull(ledger("forum-answer:" + answer), "hidden: it no longer counts");
        try (var browser = browser()) {
            signIn(browser, TestAccounts.create("forum.moderator@example.org", "Mo Derator", "STAFF"), TestAccounts.PASSWORD);
            browser.open("/admin/forums");
            var item = ".forum-moderation-item[data-answer='" + answer + "']";
            assertTrue(browser.text(By.cssSelector(item)).contains("3 reports"), browser.text(By.cssSelector(item)));
            var restore = browser.driver().findElement(By.cssSelector(item + " [id$=':restore']")).getAttribute("id");
            browser.submit(restore);
            assertTrue(browser.pageText().contains("The answer is back on its page."), browser.pageText());
        }
        assertTrue(get(HttpClient.newHttpClient(), page).body().contains(text), "restored");
        assertEquals("1.00|" + CURRENT.code(), ledger("forum-answer:" + answer), "restored: it counts again");
        try (var browser = browser()) {
            signIn(browser, "forum.moderator@example.org", TestAccounts.PASSWORD);
            browser.open("/admin/forums");
            var item = ".forum-moderation-item[data-answer='" + answer + "']";
            var hide = browser.driver().findElement(By.cssSelector(item + " [id$=':hide']")).getAttribute("id");
            browser.submit(hide);
            var reason = hide.substring(0, hide.length() - "hide".length()) + "reason";
            assertEquals("Please give the reason for hiding it.", browser.messageFor(reason));
            browser.type(reason, "Names a city employee").submit(hide);
            assertTrue(browser.pageText().contains("The answer is hidden."), browser.pageText());
            assertTrue(browser.text(By.cssSelector(item)).contains("hidden"), browser.text(By.cssSelector(item)));
        }
        assertFalse(get(HttpClient.newHttpClient(), page).body().contains(text), "hidden by staff");
        assertNull(ledger("forum-answer:" + answer), "hidden by staff: it no longer counts");
        assertRebuildWouldFindNoDifference(List.of(author));
    }

    @Test
    void theReminderArrivesOnceTheDayBeforeInTheResidentsLanguage() throws Exception {
        var english = TestAccounts.create("forum.reminded@example.org", "Rhea Reminded");
        var spanish = TestAccounts.create("foro.recordado@example.org", "Ramón Recordado");
        TestAccounts.update("UPDATE account SET language = 'es' WHERE email = ?", spanish);
        // A forum starting in 23 hours: next quarter's, so it leaves the quarter pages' own events alone.
        var quarter = CURRENT.next();
        TestAccounts.update("INSERT INTO forum_event (quarter, starts_at, place, created_by, created_at) SELECT ?, "
                + "UTC_TIMESTAMP(6) + INTERVAL 23 HOUR, 'Riverside Community Centre', id, UTC_TIMESTAMP(6) FROM account "
                + "WHERE email = ?", quarter.code(), TestAccounts.STAFF);
        var event = TestAccounts.query("SELECT id FROM forum_event WHERE quarter = ?", quarter.code());
        for (var person : List.of(english, spanish)) {
            TestAccounts.update("INSERT INTO forum_rsvp (event_id, account_id, going, answered_at) SELECT ?, id, TRUE, "
                    + "UTC_TIMESTAMP(6) FROM account WHERE email = ?", event, person);
        }
        var mail = Mailbox.await(english, 1);
        assertEquals("The forum " + quarter + " is tomorrow", Mailbox.subject(mail));
        assertTrue(Mailbox.text(mail).contains("Riverside Community Centre"), Mailbox.text(mail));
        assertTrue(Mailbox.link(mail, "/forums/").endsWith("/forums/" + quarter));
        var correo = Mailbox.await(spanish, 1);
        assertEquals("El foro " + quarter + " es mañana", Mailbox.subject(correo));
        assertTrue(Mailbox.text(correo).startsWith("Hola, Ramón Recordado:"), Mailbox.text(correo));
        TestTasks.awaitReminderRounds(2);
        assertEquals(1, Mailbox.to(english).size(), "two more rounds of the job send nothing more");
        assertEquals(1, Mailbox.to(spanish).size());
        assertNotEquals(null, TestAccounts.query("SELECT reminder_sent_at FROM forum_rsvp r JOIN account a "
                + "ON a.id = r.account_id WHERE r.event_id = ? AND a.email = ?", event, english));
    }

    /**
     * The rows ForumLedger's observers wrote for these residents are exactly those its expectedRows() derives
     * from the forum's tables, column by column: what the ledger rebuild compares.
     */
    private static void assertRebuildWouldFindNoDifference(List<String> emails) {
        var residents = String.join(",", emails.stream().map(ForumIT::id).toList());
        var expected = new org.civicportal.reciprocity.control.ForumLedger().expectedRows();
        var same = "l.kind = x.kind AND l.source_key = x.source_key AND l.resident_id <=> x.resident_id "
                + "AND l.official_id <=> x.official_id AND l.amount = x.amount AND l.district_id = x.district_id "
                + "AND l.topic_id <=> x.topic_id AND l.happened_at = x.happened_at";
        assertEquals("0", TestAccounts.query("SELECT COUNT(*) FROM (" + expected + ") x WHERE x.resident_id IN ("
                + residents + ") AND NOT EXISTS (SELECT 1 FROM ledger_entry l WHERE " + same + ")"), "rows missing");
        assertEquals("0", TestAccounts.query("SELECT COUNT(*) FROM ledger_entry l WHERE l.kind = 'FORUM_PARTICIPATION' "
                + "AND l.resident_id IN (" + residents + ") AND NOT EXISTS (SELECT 1 FROM (" + expected + ") x WHERE "
                + same + ")"), "rows that should not be there");
        assertTrue(Integer.parseInt(TestAccounts.query("SELECT COUNT(*) FROM ledger_entry WHERE kind = "
                + "'FORUM_PARTICIPATION' AND resident_id IN (" + residents + ")")) >= emails.size() - 1);
    }

    private static void setValue(Browser browser, String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    private static String ledger(String sourceKey) {
        return TestAccounts.query("SELECT CONCAT(amount, '|', quarter) FROM ledger_entry WHERE kind = "
                + "'FORUM_PARTICIPATION' AND source_key = ?", sourceKey);
    }

    private static String id(String email) {
        return TestAccounts.query("SELECT id FROM account WHERE email = ?", email);
    }

    /** The id of a row's button on /admin/forum, found through the row's account. */
    private static String button(Browser browser, String accountId, String buttonId) {
        return browser.driver().findElement(By.cssSelector(".participant-row[data-account='" + accountId + "'] [id$=':"
                + buttonId + "']")).getAttribute("id");
    }

    /** The row index of an answer in the residents' report form. */
    private static int rowOf(String html, String answerId) {
        var form = html.substring(html.indexOf("id=\"reports\""));
        var rows = Pattern.compile("class=\"card forum-answer\" data-answer=\"(\\d+)\"").matcher(form).results()
                .map(m -> m.group(1)).toList();
        assertTrue(rows.contains(answerId), rows.toString());
        return rows.indexOf(answerId);
    }

    private static long count(String goingText) {
        var digits = goingText.replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return base.toString().replaceAll("/+$", "") + path;
    }
}
