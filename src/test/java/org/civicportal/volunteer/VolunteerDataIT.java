package org.civicportal.volunteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.civicportal.testing.FacesClient;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestAccounts;
import org.civicportal.testing.TestTasks;
import org.junit.jupiter.api.Test;

/** Capacity under a rush of sign-ups, and the calendar and CSV files as other programs read them. */
class VolunteerDataIT extends PortalIT {

    @Test
    void fiftyResidentsSigningUpAtOnceFillTenPlacesAndWaitInLine() throws Exception {
        long task = TestTasks.create("Plant bulbs along the towpath", 5 * 24 * 60, 10);
        var path = "/tasks/" + task;
        var pool = Executors.newFixedThreadPool(50);
        try {
            var signIns = new ArrayList<Future<FacesClient>>();
            for (int i = 0; i < 50; i++) {
                var email = TestAccounts.create("rush" + i + "@example.org", "Rush " + i);
                signIns.add(pool.submit(() -> new FacesClient(base).signIn(email, TestAccounts.PASSWORD)));
            }
            var clients = new ArrayList<FacesClient>();
            var pages = new ArrayList<String>();
            for (var signIn : signIns) {
                var client = signIn.get(120, TimeUnit.SECONDS);
                clients.add(client);
                pages.add(client.get(path));
            }
            var start = new CountDownLatch(1);
            var results = new ArrayList<Future<HttpResponse<String>>>();
            for (int i = 0; i < 50; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return clients.get(n).post(path, pages.get(n), "signup", "sign-up", Map.of());
                }));
            }
            start.countDown();
            for (var result : results) {
                var response = result.get(120, TimeUnit.SECONDS);
                assertEquals(302, response.statusCode(), () -> "every sign-up is accepted:\n" + response.body());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals("10", TestAccounts.query("SELECT COUNT(*) FROM signup WHERE task_id = ? AND status = 'CONFIRMED'", task));
        assertEquals("40", TestAccounts.query("SELECT COUNT(*) FROM signup WHERE task_id = ? AND status = 'WAITLISTED'", task));
        assertEquals("10", TestAccounts.query("SELECT confirmed_count FROM task WHERE id = ?", task));
    }

    /**
     * ical4j 4's validate() returns its findings instead of throwing them, and the earlier test ignored
     * the result: the duplicate DTSTAMP passed. Now the result must be free of errors, and the raw text is
     * read too, because a parser folds what it reads into its model.
     */
    @Test
    void calendarsAreValidICalendar() throws Exception {
        var id = TestAccounts.query("SELECT id FROM task WHERE title LIKE 'Help desk for the community energy%'");
        TestAccounts.update("UPDATE task SET description = 'Please **assemble** at the _desk_; see [the scheme](https://example.org/energy).'"
                + " WHERE id = ?", id);
        var one = get("tasks/" + id + ".ics");
        assertEquals(200, one.statusCode());
        assertTrue(one.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        var calendar = new CalendarBuilder().build(new StringReader(one.body()));
        var verdict = calendar.validate(true);
        assertFalse(verdict.hasErrors(), verdict::toString);
        assertNoPropertyTwice(one.body());
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(1, events.size());
        var event = events.get(0);
        assertEquals("Help desk for the community energy scheme at Hillcrest Library",
                event.getProperty(Property.SUMMARY).orElseThrow().getValue());
        assertTrue(event.getProperty(Property.LOCATION).isPresent());
        assertTrue(event.getProperty(Property.DTSTART).orElseThrow().getValue().endsWith("Z"), "times in UTC");
        assertTrue(event.getProperty(Property.URL).orElseThrow().getValue().endsWith("/tasks/" + id));
        var description = event.getProperty(Property.DESCRIPTION).orElseThrow().getValue();
        assertTrue(description.startsWith("Please assemble at the desk; see"), "plain text, not Markdown: " + description);
        assertFalse(description.contains("**") || description.contains("_desk_") || description.contains("]("), description);

        var allText = get("tasks.ics").body();
        var all = new CalendarBuilder().build(new StringReader(allText));
        var allVerdict = all.validate(true);
        assertFalse(allVerdict.hasErrors(), allVerdict::toString);
        assertNoPropertyTwice(allText);
        List<VEvent> upcoming = all.getComponents(Component.VEVENT);
        assertTrue(upcoming.size() >= 6, "every upcoming demo shift: " + upcoming.size());
        assertTrue(upcoming.stream().noneMatch(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue()
                .startsWith("Jornada vecinal")), "cancelled shifts are left out");
        assertTrue(upcoming.stream().noneMatch(e -> e.getProperty(Property.DESCRIPTION).orElseThrow().getValue()
                .contains("**")), "no Markdown in any description");
        assertEquals(404, get("tasks/987654.ics").statusCode());
    }

    /** RFC 5545: DTSTAMP, UID, DTSTART, SUMMARY, DESCRIPTION … appear at most once in a component. */
    private static void assertNoPropertyTwice(String ics) {
        var unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        var stack = new java.util.ArrayDeque<java.util.Set<String>>();
        var names = new java.util.ArrayDeque<String>();
        for (var line : unfolded.split("\r\n")) {
            var name = line.split("[:;]", 2)[0].toUpperCase(java.util.Locale.ROOT);
            if (name.equals("BEGIN")) {
                stack.push(new java.util.HashSet<>());
                names.push(line.substring(6));
            } else if (name.equals("END")) {
                stack.pop();
                names.pop();
            } else if (!name.isEmpty()) {
                assertTrue(stack.peek().add(name), () -> name + " appears twice in " + names.peek() + ":\n" + ics);
            }
        }
        assertTrue(ics.contains("\r\n"), "lines end in CRLF");
    }

    @Test
    void theRosterDownloadsAsCsv() throws Exception {
        var id = TestAccounts.query("SELECT id FROM task WHERE title LIKE 'Walking bus helpers%'");
        var official = new FacesClient(base).signIn(
                TestAccounts.create("csv.official@example.org", "Carla Csv", "OFFICIAL"), TestAccounts.PASSWORD);
        var response = official.post("/admin/roster?id=" + id, "export", "csv", Map.of());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").contains(".csv"));
        var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body().replace("\uFEFF", ""))).getRecords();
        assertEquals(Integer.parseInt(TestAccounts.query("SELECT COUNT(*) FROM signup WHERE task_id = ?", id)),
                records.size());
        assertTrue(records.stream().filter(r -> r.get("Status").equals("Confirmed")).count() == 4, records.toString());
        assertTrue(records.stream().anyMatch(r -> r.get("Status").equals("On the waitlist")));
        assertTrue(records.stream().allMatch(r -> r.get("Email").contains("@")));
    }

    @Test
    void rosterCellsNeverBecomeFormulasEvenAfterASeparator() throws Exception {
        var task = TestTasks.create("Sort donated books at the library", 3 * 24 * 60, 5);
        TestTasks.confirm(task, TestAccounts.create("carlos.csv@example.org", "Carlos;=1+2;@SUM(9*9)"));
        TestTasks.confirm(task, TestAccounts.create("plain.csv@example.org", "=HYPERLINK(\"http://evil\")"));
        var official = new FacesClient(base).signIn(
                TestAccounts.create("csv.quoting@example.org", "Quentin Quote", "OFFICIAL"), TestAccounts.PASSWORD);
        var body = official.post("/admin/roster?id=" + task, "export", "csv", Map.of()).body().replace("\uFEFF", "");

        var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body)).getRecords();
        var names = records.stream().map(r -> r.get("Name")).toList();
        assertTrue(names.contains("Carlos;'=1+2;'@SUM(9*9)"), names.toString());
        assertTrue(names.contains("'=HYPERLINK(\"http://evil\")"), names.toString());
        for (var line : body.split("\r\n")) {
            assertTrue(line.startsWith("\"") && line.endsWith("\""), "every cell is quoted: " + line);
        }
        // A spreadsheet in a semicolon locale, or one that ignores the quotes, splits on the raw separators:
        // no piece may start a formula.
        for (var separator : new char[] {';', ','}) {
            var pieces = CSVFormat.DEFAULT.builder().setDelimiter(separator).setQuote(null).get()
                    .parse(new StringReader(body)).getRecords();
            for (var record : pieces) {
                for (var cell : record) {
                    var text = cell.startsWith("\"") ? cell.substring(1) : cell;
                    assertFalse(!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0,
                            () -> "a formula cell when split on '" + separator + "': " + cell);
                }
            }
        }
    }

    @Test
    void upcomingTasksAreOpenData() throws Exception {
        var api = new org.civicportal.testing.OpenData(base);
        var page = api.json("/api/v1/tasks?size=100");
        assertTrue(page.getInt("total") >= 6, page.toString());
        var items = page.getJsonArray("items");
        for (int i = 1; i < items.size(); i++) {
            assertTrue(items.getJsonObject(i - 1).getString("startsAt").compareTo(items.getJsonObject(i).getString("startsAt")) <= 0,
                    "soonest first");
        }
        var digital = api.json("/api/v1/tasks?skill=DIGITAL").getJsonArray("items");
        assertTrue(!digital.isEmpty());
        digital.forEach(t -> assertTrue(t.asJsonObject().getJsonArray("skills").toString().contains("DIGITAL")));
        api.json("/api/v1/tasks?placesLeft=true&size=100").getJsonArray("items")
                .forEach(t -> assertTrue(t.asJsonObject().getInt("placesLeft") > 0));
        assertTrue(!api.body("/api/v1/tasks?size=100").contains("@demo"), "no personal data");
        assertEquals(400, api.status("/api/v1/tasks?skill=JUGGLING"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
