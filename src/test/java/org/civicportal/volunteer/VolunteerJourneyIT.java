package org.civicportal.volunteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
            assertTrue(browser.text(By.id("my-signup")).startsWith("You are signed up"));
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
            var form = browser.driver().findElement(By.cssSelector(".roster-row form[id$='attendance']")).getAttribute("id");
            assertEquals("2.00", browser.value(form + ":hours"), "the shift's length is the default");
            browser.type(form + ":hours", "30").submit(form + ":record");
            form = browser.driver().findElement(By.cssSelector(".roster-row form[id$='attendance']")).getAttribute("id");
            assertEquals("Please enter the hours, more than 0 and at most 24.", browser.messageFor(form + ":hours"));
            browser.type(form + ":hours", "two").submit(form + ":record");
            form = browser.driver().findElement(By.cssSelector(".roster-row form[id$='attendance']")).getAttribute("id");
            assertEquals("Please enter the hours, more than 0 and at most 24.", browser.messageFor(form + ":hours"));
            assertEquals("two", browser.value(form + ":hours"), "what was typed stays");
            browser.type(form + ":hours", "1.5").submit(form + ":record");
            assertTrue(browser.pageText().contains("Attendance recorded."));
            var thank = browser.driver().findElement(By.cssSelector(".roster-row form[id$='thank']")).getAttribute("id");
            browser.type(thank + ":thanks", "Gina, the benches look new again. Thank you!").submit(thank + ":send");
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
            var consent = browser.driver().findElement(By.cssSelector("#my-thanks form")).getAttribute("id");
            browser.submit(consent + ":show");
            browser.open(chain);
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
        long task = TestTasks.create("Sweep leaves on the playground", 5 * 24 * 60, 3);
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
        Thread.sleep(10_000);
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

    private static void setValue(org.civicportal.testing.Browser browser, String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    private static long id(String taskPath) {
        return Long.parseLong(taskPath.substring(taskPath.lastIndexOf('/') + 1));
    }
}
