package org.civicportal.volunteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.civicportal.testing.Mailbox;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestAccounts;
import org.civicportal.testing.TestTasks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Officials plan shifts, residents sign up and withdraw, the waitlist moves up, hours and thanks are recorded. */
class VolunteerJourneyIT extends PortalIT {

    @Test
    void residentSignsUpWithdrawsAndTheWaitlistedResidentIsPromoted() {
        var official = TestAccounts.create("shift.planner@example.org", "Paula Planner", "OFFICIAL");
        var first = TestAccounts.create("first.volunteer@example.org", "Fred First");
        var second = TestAccounts.create("second.volunteer@example.org", "Sara Second");
        var decision = TestAccounts.query("SELECT id FROM decision WHERE title LIKE 'Shade trees%'");
        String task;
        try (var browser = browser()) {
            signIn(browser, official, TestAccounts.PASSWORD);
            browser.open("/admin/task?decision=" + decision).submit("task:save");
            assertEquals("Please give the task a title.", browser.messageFor("task:title"));
            assertEquals("Please enter a number of places from 1 to 500.", browser.messageFor("task:capacity"));
            browser.assertAccessible();
            browser.type("task:title", "Mulch the new trees in Eastgate Park")
                    .type("task:description", "Spread mulch around the **six new trees**. Gloves provided.")
                    .type("task:place", "Eastgate Park, playground gate").type("task:capacity", "1")
                    .type("task:contact", "Parks team, 555-0100");
            setValue(browser, "task:day", java.time.LocalDate.now().minusDays(1).toString());
            setValue(browser, "task:start", "10:00");
            setValue(browser, "task:end", "12:00");
            browser.submit("task:save");
            assertEquals("This day and time have already passed. Please choose a shift that has not started yet.",
                    browser.messageFor("task:day"), "a shift in the past is refused at the day");
            assertEquals("0", TestAccounts.query("SELECT COUNT(*) FROM task WHERE title = 'Mulch the new trees in Eastgate Park'"));
            setValue(browser, "task:day", java.time.LocalDate.now().plusDays(10).toString());
            setValue(browser, "task:start", "10:00");
            setValue(browser, "task:end", "09:00");
            browser.driver().findElement(By.cssSelector("input[value='OUTDOOR']")).click();
            browser.submit("task:save");
            assertEquals("The shift must end after it starts.", browser.messageFor("task:end"));
            assertEquals("Mulch the new trees in Eastgate Park", browser.value("task:title"), "typed text is kept");
            setValue(browser, "task:end", "12:30");
            browser.submit("task:save");
            task = browser.path();
            assertTrue(task.matches("/tasks/\\d+"), task);
            assertTrue(browser.text(By.id("task-places")).contains("0 of 1 places taken"));
        }
        try (var browser = browser()) {
            signIn(browser, first, TestAccounts.PASSWORD);
            browser.open(task).submit("signup:sign-up");
            assertEquals("You are signed up. Thank you for giving your time! We will remind you by email the day before.",
                    browser.text(By.id("my-signup")));
            assertEquals(1, occurrences(browser.pageText(), "signed up"), "one message, not two: " + browser.pageText());
            browser.assertAccessible();
            browser.open("/me/volunteering");
            assertTrue(browser.text(By.id("my-upcoming")).contains("Mulch the new trees in Eastgate Park"));
            browser.assertAccessible();
        }
        try (var browser = browser()) {
            signIn(browser, second, TestAccounts.PASSWORD);
            browser.open(task);
            assertEquals("Join the waitlist", browser.element("signup:sign-up").getText());
            browser.submit("signup:sign-up");
            assertTrue(browser.text(By.id("my-signup")).contains("number 1 on the waitlist"), browser.pageText());
        }
        try (var browser = browser()) {
            signIn(browser, first, TestAccounts.PASSWORD);
            browser.open(task).submit("signup:withdraw");
            assertTrue(browser.pageText().contains("You withdrew"));
            browser.open("/me/volunteering");
            assertTrue(browser.has("no-upcoming"), "withdrawn shifts are no longer upcoming");
        }
        var promoted = Mailbox.await(second, 1);
        assertEquals("A place freed up for you: “Mulch the new trees in Eastgate Park”", Mailbox.subject(promoted));
        try (var browser = browser()) {
            signIn(browser, second, TestAccounts.PASSWORD);
            browser.open(task);
            assertTrue(browser.text(By.id("my-signup")).startsWith("You are signed up"));
            assertTrue(browser.text(By.id("task-places")).contains("1 of 1 places taken"));
        }
        try (var browser = browser()) {
            signIn(browser, official, TestAccounts.PASSWORD);
            browser.open("/admin/roster?id=" + id(task));
            var roster = browser.text(By.id("roster"));
            assertTrue(roster.contains("Sara Second") && roster.contains("Confirmed"), roster);
            assertTrue(roster.contains("Fred First") && roster.contains("Withdrawn"), roster);
            browser.assertAccessible();
        }
    }

    @Test
    void officialRecordsHoursAndThanksAndTheVolunteerMayShowItInPublic() {
        var official = TestAccounts.create("hours.official@example.org", "Hugo Hours", "OFFICIAL");
        var volunteer = TestAccounts.create("gave.time@example.org", "Gina Gave");
        long task = TestTasks.create("Paint the playground benches", -3 * 24 * 60, 5);
        TestTasks.confirm(task, volunteer);
        try (var browser = browser()) {
            signIn(browser, official, TestAccounts.PASSWORD);
            browser.open("/admin/roster?id=" + task);
            var form = row(browser, ".roster-row", "hours");
            assertEquals("2.00", browser.value(form + "hours"), "the shift's length is the default");
            browser.type(form + "hours", "30").submit(form + "record");
            form = row(browser, ".roster-row", "hours");
            assertEquals("Please enter the hours, more than 0 and at most 24.", browser.messageFor(form + "hours"));
            browser.type(form + "hours", "two").submit(form + "record");
            form = row(browser, ".roster-row", "hours");
            assertEquals("Please enter the hours, more than 0 and at most 24.", browser.messageFor(form + "hours"));
            assertEquals("two", browser.value(form + "hours"), "what was typed stays");
            browser.type(form + "hours", "1.5").submit(form + "record");
            assertTrue(browser.pageText().contains("Attendance recorded."));
            var thank = row(browser, ".roster-row", "thanks");
            browser.type(thank + "thanks", "Gina, the benches look new again. Thank you!").submit(thank + "send");
            assertTrue(browser.text(By.cssSelector(".thanks-sent")).contains("the benches look new again"));
        }
        var thanks = Mailbox.await(volunteer, 1);
        assertEquals("Thank you for “Paint the playground benches”", Mailbox.subject(thanks));
        assertTrue(Mailbox.text(thanks).contains("the benches look new again"));

        var chain = "/decisions/" + TestAccounts.query("SELECT decision_id FROM task WHERE id = ?", task);
        try (var browser = browser()) {
            signIn(browser, volunteer, TestAccounts.PASSWORD);
            browser.open("/me/volunteering");
            assertTrue(browser.text(By.id("my-hours")).contains("1.5"), browser.text(By.id("my-hours")));
            assertTrue(browser.text(By.id("my-thanks")).contains("Private"));
            browser.open(chain);
            assertTrue(!browser.pageText().contains("Gina, the benches look new again"), "private until she agrees");
            browser.open("/me/volunteering");
            var consent = row(browser, "#my-thanks li", "show");
            browser.submit(consent + "show");
            browser.open(chain);
            var story = browser.text(By.id("chain-timeline"));
            assertTrue(story.contains("Volunteers held the shift “Paint the playground benches”: 1 resident gave 1.5 hours"), story);
            assertTrue(story.contains("The city thanked 1 volunteer for “Paint the playground benches”"), story);
            assertTrue(browser.text(By.id("chain-thanks")).contains("Gina, the benches look new again"));
            assertTrue(browser.text(By.id("chain-given")).matches(".*\\d+ residents gave [\\d.]+ hours to this\\."),
                    browser.text(By.id("chain-given")));
            assertTrue(browser.text(By.id("chain-tasks")).contains("Paint the playground benches"));
        }
    }

    @Test
    void editingAndCancellingATaskTellsEveryoneSignedUp() throws Exception {
        var official = TestAccounts.create("task.changer@example.org", "Tomás Changer", "OFFICIAL");
        var volunteer = TestAccounts.create("kept.informed@example.org", "Kim Informed");
        var other = TestAccounts.create("also.signed@example.org", "Otto Also");
        // At 10:00 in five days: the editor keeps a shift within one day, so "now + 5 days" fails after 22:00.
        var tenOClock = java.time.LocalDate.now().plusDays(5).atTime(10, 0).atZone(java.time.ZoneId.systemDefault());
        long task = TestTasks.create("Sweep leaves on the playground",
                (int) java.time.Duration.between(java.time.ZonedDateTime.now(), tenOClock).toMinutes(), 3);
        TestTasks.confirm(task, volunteer);
        TestTasks.confirm(task, other);
        try (var browser = browser()) {
            signIn(browser, official, TestAccounts.PASSWORD);
            browser.open("/admin/task?id=" + task);
            // A resident signs up while the official edits: a sign-up is not a competing edit.
            var late = TestAccounts.create("late.signup@example.org", "Lea Late");
            assertEquals(302, new org.civicportal.testing.FacesClient(base).signIn(late, TestAccounts.PASSWORD)
                    .submit("/tasks/" + task, "signup", "sign-up", java.util.Map.of()));
            browser.type("task:capacity", "1").submit("task:save");
            assertEquals("3 volunteers are already confirmed: places cannot be fewer.", browser.messageFor("task:capacity"));
            browser.type("task:capacity", "4").type("task:place", "Eastgate Park, north entrance").submit("task:save");
            assertEquals("/tasks/" + task, browser.path(), browser.pageText());
        }
        var changed = Mailbox.await(volunteer, 1);
        assertEquals("News about the task “Sweep leaves on the playground”", Mailbox.subject(changed));
        assertTrue(Mailbox.text(changed).contains("Eastgate Park, north entrance"));
        try (var browser = browser()) {
            signIn(browser, official, TestAccounts.PASSWORD);
            browser.open("/admin/task?id=" + task).submit("cancel:cancel-task");
            assertEquals("Please give the reason; everyone signed up will read it.", browser.messageFor("cancel:reason"));
            browser.type("cancel:reason", "The leaf blower hire fell through; we will set a new date.")
                    .submit("cancel:cancel-task");
            assertTrue(browser.text(By.id("task-cancelled")).contains("leaf blower hire"));
        }
        for (var person : List.of(volunteer, other)) {
            var cancelled = Mailbox.await(person, 2);
            assertTrue(Mailbox.text(cancelled).contains("is cancelled"), Mailbox.text(cancelled));
            assertTrue(Mailbox.text(cancelled).contains("leaf blower hire"));
        }
        assertEquals("0", TestAccounts.query("SELECT confirmed_count FROM task WHERE id = ?", task));
        try (var browser = browser()) {
            signIn(browser, volunteer, TestAccounts.PASSWORD);
            browser.open("/me/volunteering");
            assertTrue(browser.text(By.id("my-past")).contains("Task cancelled"), browser.text(By.id("my-past")));
        }
    }

    @Test
    void theReminderArrivesOnceTheDayBefore() throws Exception {
        var volunteer = TestAccounts.create("reminded@example.org", "Rémi Reminded");
        long task = TestTasks.create("Water the trees at dawn", 23 * 60, 4);
        TestTasks.confirm(task, volunteer);
        var reminder = Mailbox.await(volunteer, 1);
        assertEquals("Your shift is coming up: “Water the trees at dawn”", Mailbox.subject(reminder));
        assertTrue(Mailbox.text(reminder).contains("/tasks/" + task + ".ics"));
        TestTasks.awaitReminderRounds(3);
        assertEquals(1, Mailbox.to(volunteer).size(), "three more rounds of the job send nothing more");
        assertTrue(TestAccounts.query("SELECT reminder_sent_at FROM signup WHERE task_id = ?", task) != null);
    }

    @Test
    void residentsCannotReachRostersAndPagesAreAccessible() throws Exception {
        var resident = TestAccounts.create("curious.resident@example.org", "Cora Curious");
        var task = TestAccounts.query("SELECT id FROM task WHERE title LIKE 'Help desk for the community energy%'");
        try (var browser = browser()) {
            signIn(browser, resident, TestAccounts.PASSWORD);
            var session = browser.cookie("JSESSIONID").getValue();
            for (var page : List.of("admin/roster?id=" + task, "admin/tasks", "admin/task?id=" + task)) {
                var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + page))
                        .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.discarding());
                assertEquals(403, response.statusCode(), page);
            }
        }
        try (var visitor = browser()) {
            visitor.open("/tasks");
            assertTrue(visitor.text(By.id("task-list")).contains("Help desk for the community energy scheme"));
            visitor.assertAccessible();
            visitor.select("f-skill", "Digital skills").submit("f-apply");
            var titles = visitor.all(By.cssSelector("#task-list .card-title")).stream().map(e -> e.getText()).toList();
            assertTrue(titles.contains("Help desk for the community energy scheme at Hillcrest Library"), titles.toString());
            assertTrue(titles.stream().noneMatch(t -> t.startsWith("Evening watering")), "outdoor-only tasks are left out");
            visitor.driver().findElement(By.id("f-places")).click();
            visitor.submit("f-apply");
            assertTrue(visitor.all(By.cssSelector("#task-list .places")).stream().noneMatch(e -> e.getText().startsWith("full")),
                    "only tasks with places left");
            visitor.open("/tasks/" + task);
            assertTrue(visitor.has("sign-in-to-help"), "visitors are asked to sign in");
            assertTrue(visitor.text(By.id("task-chain")).startsWith("Solar panels"));
            visitor.assertAccessible();
        }
    }

    /**
     * A shift under way, full: its pages say sign-ups are closed (no "waitlist open"); the roster records the
     * first, a middle and the last volunteer with text waiting in other rows; an attended shift is history
     * on /me/volunteering even before it ends; a shift minutes away promises no reminder "the day before".
     */
    @Test
    void aShiftUnderWayIsRecordedRowByRowAndReadsAsHistory() throws Exception {
        long task = TestTasks.create("Litter pick on the riverbank", -30, 3);
        var volunteers = List.of(TestAccounts.create("ann.one@example.org", "Ann One"),
                TestAccounts.create("ben.two@example.org", "Ben Two"), TestAccounts.create("cat.three@example.org", "Cat Three"));
        volunteers.forEach(v -> TestTasks.confirm(task, v));
        var chain = "/decisions/" + TestAccounts.query("SELECT decision_id FROM task WHERE id = ?", task);
        try (var visitor = browser()) {
            visitor.open("/tasks/" + task);
            assertEquals("3 of 3 places taken", visitor.text(By.id("task-places")), "no waitlist is offered");
            assertTrue(visitor.pageText().contains("sign-ups are closed"));
            visitor.open(chain);
            var line = visitor.text(By.cssSelector("#chain-tasks li[data-task='" + task + "']"));
            assertTrue(line.contains("under way; sign-ups are closed") && !line.contains("waitlist"), line);
        }
        var official = TestAccounts.create("rows.official@example.org", "Rowena Rows", "OFFICIAL");
        try (var browser = browser()) {
            signIn(browser, official, TestAccounts.PASSWORD);
            browser.open("/admin/roster?id=" + task);
            var ids = browser.all(By.cssSelector(".roster-row")).stream().map(e -> e.getAttribute("data-signup")).toList();
            assertEquals(3, ids.size());
            var first = signupRow(ids.get(0));
            var middle = signupRow(ids.get(1));
            var last = signupRow(ids.get(2));

            browser.type(row(browser, last, "hours") + "hours", "2.5");
            var firstRow = row(browser, first, "hours");
            browser.type(firstRow + "hours", "1").submit(firstRow + "record");
            assertTrue(browser.pageText().contains("Attendance recorded."), browser.pageText());
            assertEquals("2.5", browser.value(row(browser, last, "hours") + "hours"), "the last row's typing is kept");

            var middleRow = row(browser, middle, "hours");
            browser.type(middleRow + "hours", "30").submit(middleRow + "record");
            assertEquals("Please enter the hours, more than 0 and at most 24.", browser.messageFor(middleRow + "hours"));
            browser.select(middleRow + "attended", "Did not come").submit(middleRow + "record");
            assertTrue(browser.pageText().contains("Attendance recorded."), browser.pageText());

            browser.submit(row(browser, last, "hours") + "record");
            browser.type(row(browser, last, "thanks") + "thanks", "Cat, thank you for the heavy bags.");
            var firstThanks = row(browser, first, "thanks");
            browser.type(firstThanks + "thanks", "Ann, thank you for the early start.").submit(firstThanks + "send");
            assertTrue(browser.pageText().contains("Thanks sent."), browser.pageText());
            browser.submit(row(browser, last, "thanks") + "send");
            assertTrue(browser.pageText().contains("Thanks sent."), browser.pageText());
        }
        assertEquals("ATTENDED|1.00|Ann, thank you for the early start.", signup(volunteers.get(0), task));
        assertEquals("NO_SHOW||", signup(volunteers.get(1), task));
        assertEquals("ATTENDED|2.50|Cat, thank you for the heavy bags.", signup(volunteers.get(2), task));

        try (var browser = browser()) {
            signIn(browser, volunteers.get(0), TestAccounts.PASSWORD);
            browser.open("/me/volunteering");
            assertTrue(browser.text(By.id("my-past")).contains("Litter pick on the riverbank"), browser.pageText());
            assertFalse(browser.text(By.id("my-upcoming")).contains("Litter pick on the riverbank"), browser.pageText());
            assertTrue(browser.has("no-upcoming"));

            long soon = TestTasks.create("Hand out leaflets at the market", 6, 2);
            browser.open("/tasks/" + soon).submit("signup:sign-up");
            var mine = browser.text(By.id("my-signup"));
            assertTrue(mine.startsWith("You are signed up") && !mine.contains("the day before"), mine);
            // The reminder job may already have sent it by the time the page shows.
            assertTrue(mine.contains("less than a day away") || mine.contains("We have emailed you a reminder"), mine);
            assertEquals(1, occurrences(browser.pageText(), "signed up"), browser.pageText());
        }
    }

    private static String signupRow(String signupId) {
        return ".roster-row[data-signup='" + signupId + "']";
    }

    private static String signup(String email, long task) {
        return TestAccounts.query("SELECT CONCAT(COALESCE(s.attendance, ''), '|', COALESCE(s.hours, ''), '|', "
                + "COALESCE(s.thanks, '')) FROM signup s JOIN account a ON a.id = s.account_id "
                + "WHERE a.email = ? AND s.task_id = ?", email, task);
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    /** The client-id prefix of one row of a list ("signups:rows:2:"), found through a field of that row. */
    private static String row(org.civicportal.testing.Browser browser, String rowCss, String fieldId) {
        var id = browser.driver().findElement(By.cssSelector(rowCss + " [id$=':" + fieldId + "']")).getAttribute("id");
        return id.substring(0, id.length() - fieldId.length());
    }

    private static void setValue(org.civicportal.testing.Browser browser, String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    private static long id(String taskPath) {
        return Long.parseLong(taskPath.substring(taskPath.lastIndexOf('/') + 1));
    }
}
