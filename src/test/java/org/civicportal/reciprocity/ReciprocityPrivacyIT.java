package org.civicportal.reciprocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.civicportal.platform.time.Quarter;
import org.civicportal.testing.FacesClient;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestAccounts;
import org.civicportal.testing.TestTasks;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, §6: public pages and the open data show aggregates only. Residents with names and addresses found
 * nowhere else give and receive through the portal's own pages (an input and its answer, volunteer hours and a
 * thank-you), so every ledger row and figure they cause is the real one; then every public forum page, the chart
 * data embedded in those pages, the forums API and each quarter's JSON and CSV are read as a visitor, and none
 * may carry a name or an address of theirs. The one who chose to publish her thank-you is named where it is
 * published, the chain page, and nowhere in the forum figures.
 */
class ReciprocityPrivacyIT extends PortalIT {

    private static final Pattern QUARTER = Pattern.compile("\\b(\\d{4}-Q[1-4])\\b");

    /** A resident as the test names them: everything about them that must not leak. */
    private record Person(String email, String name) {

        /** The address in the forms a page, a JSON string or a URL would carry it. */
        List<String> addresses() {
            return List.of(email, email.substring(0, email.indexOf('@')), email.replace("@", "%40"),
                    email.replace("@", "\\u0040"));
        }

        /** The name, whole and by family name alone. */
        List<String> names() {
            return List.of(name, name.substring(name.indexOf(' ') + 1));
        }
    }

    private final Person giver = new Person("zq.ottoline.privacy@example.org", "Ottoline Quarrendale");
    private final Person volunteer = new Person("zq.barnaby.privacy@example.org", "Barnaby Vexleworth");
    private final Person consenting = new Person("zq.philippa.privacy@example.org", "Philippa Thistlecombe");

    @Test
    void noPublicForumPageChartOrDownloadNamesAResidentWhoGaveOrReceived() throws Exception {
        var official = TestAccounts.create("zq.privacy.official@example.org", "Ignatius Privacyofficial", "OFFICIAL");
        for (var person : List.of(giver, volunteer, consenting)) {
            TestAccounts.create(person.email(), person.name());
        }

        // An input given through the page and answered through the queue: INPUT and ANSWER for the giver.
        var resident = new FacesClient(base).signIn(giver.email(), TestAccounts.PASSWORD);
        var submitted = resident.post("/inputs/new", "input", "submit", Map.of(
                "title", "Zqprivacy benches for the bus stop on Larkspur Row",
                "body", "The bus stop on Larkspur Row needs a bench for older people who wait there.",
                "topic", TestAccounts.query("SELECT id FROM topic WHERE code = 'transport'"),
                "district", TestAccounts.query("SELECT id FROM district WHERE code = 'river'"),
                "place", "Larkspur Row", "website", ""));
        assertEquals(302, submitted.statusCode(), submitted.body());
        var inputId = TestAccounts.query("SELECT i.id FROM input i JOIN account a ON a.id = i.author_id WHERE a.email = ?",
                giver.email());
        var city = new FacesClient(base).signIn(official, TestAccounts.PASSWORD);
        var queue = "/admin/inputs?q=zqprivacy";
        var row = rowOf(city.get(queue), "data-input=\"" + inputId + "\"", "queue:(items:\\d+:)text");
        var answered = city.post(queue, "queue", row + "answer",
                Map.of(row + "text", "Thank you, a bench will be placed at the stop this month."));
        assertTrue(answered.statusCode() < 400, answered.body());
        assertEquals("ANSWERED", TestAccounts.query("SELECT status FROM input WHERE id = ?", inputId));

        // Hours recorded and thanks sent through the roster: VOLUNTEER_HOURS and RECOGNITION for both volunteers.
        long task = TestTasks.create("Zqprivacy litter pick on Thistlecombe Green", -2 * 24 * 60, 5);
        TestTasks.confirm(task, volunteer.email());
        TestTasks.confirm(task, consenting.email());
        var roster = "/admin/roster?id=" + task;
        for (var person : List.of(volunteer, consenting)) {
            var page = city.get(roster);
            var signup = TestAccounts.query("SELECT s.id FROM signup s JOIN account a ON a.id = s.account_id "
                    + "WHERE s.task_id = ? AND a.email = ?", task, person.email());
            var r = rowOf(page, "data-signup=\"" + signup + "\"", "signups:(rows:\\d+:)hours");
            assertTrue(page.contains("<option value=\"ATTENDED\""), "attendance is offered");
            var recorded = city.post(roster, page, "signups", r + "record",
                    Map.of(r + "attended", "ATTENDED", r + "hours", "2"));
            assertTrue(recorded.statusCode() < 400, recorded.body());
            page = city.get(roster);
            r = rowOf(page, "data-signup=\"" + signup + "\"", "signups:(rows:\\d+:)thanks");
            var thanked = city.post(roster, page, "signups", r + "send",
                    Map.of(r + "thanks", person.name() + ", thank you for two hours on Thistlecombe Green."));
            assertTrue(thanked.statusCode() < 400, thanked.body());
        }
        assertEquals("2", TestAccounts.query("SELECT COUNT(*) FROM signup WHERE task_id = ? AND hours = 2 "
                + "AND thanks IS NOT NULL", task), "both volunteers' hours and thanks are recorded");
        // Philippa chooses to show her thank-you; Barnaby does not.
        var philippa = new FacesClient(base).signIn(consenting.email(), TestAccounts.PASSWORD);
        var mine = philippa.get("/me/volunteering");
        var item = rowOf(mine, "data-signup=\"" + TestAccounts.query("SELECT s.id FROM signup s JOIN account a "
                + "ON a.id = s.account_id WHERE s.task_id = ? AND a.email = ?", task, consenting.email()) + "\"",
                "consent:(items:\\d+:)show");
        assertTrue(philippa.post("/me/volunteering", mine, "consent", item + "show", Map.of()).statusCode() < 400);

        // Where the consenting one chose to be named: the chain page shows her thank-you, and not Barnaby's.
        var chain = visitor("/decisions/" + TestAccounts.query("SELECT decision_id FROM task WHERE id = ?", task));
        assertEquals(200, chain.statusCode());
        assertTrue(chain.body().contains("Philippa Thistlecombe, thank you for two hours"), "her published thank-you");
        assertFalse(chain.body().contains("Barnaby Vexleworth"), "a thank-you is private until the volunteer shows it");

        // Every public forum page, the chart data in them, and the open data of every quarter, as a visitor.
        var forums = visitor("/forums");
        assertEquals(200, forums.statusCode(), "/forums");
        var api = visitor("/api/v1/forums");
        assertEquals(200, api.statusCode(), "/api/v1/forums");
        var quarters = new TreeSet<String>();
        for (var text : List.of(forums.body(), api.body())) {
            var m = QUARTER.matcher(text);
            while (m.find()) {
                quarters.add(m.group(1));
            }
        }
        assertTrue(quarters.size() >= 1, "the forums list its quarters: " + api.body());
        var read = new ArrayList<String>();
        check("/forums", forums, read);
        check("/api/v1/forums", api, read);
        for (var quarter : quarters) {
            for (var path : List.of("/forums/" + quarter, "/api/v1/forums/" + quarter, "/api/v1/forums/" + quarter + ".csv")) {
                var response = visitor(path);
                assertEquals(200, response.statusCode(), path + ", a quarter the forums list");
                check(path, response, read);
            }
        }
        // the quarter of their giving and receiving: the portal runs in this machine's zone, as the test does
        var current = Quarter.of(Instant.now(), ZoneId.systemDefault()).toString();
        for (var path : List.of("/forums/" + current, "/api/v1/forums/" + current, "/api/v1/forums/" + current + ".csv")) {
            assertTrue(read.contains(path), path + " was read: " + read);
        }
    }

    /**
     * What a visitor without a session gets, rendered now rather than from the page cache (which may hold a
     * page from before this test's exchanges for a few seconds).
     */
    private HttpResponse<String> visitor(String path) throws Exception {
        var url = base.toString().replaceAll("/+$", "") + path;
        return new FacesClient(base).http().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cache-Control", "no-cache").build(), HttpResponse.BodyHandlers.ofString());
    }

    /** No trace of the three residents in this response: page, embedded chart data, JSON or CSV. */
    private void check(String path, HttpResponse<String> response, List<String> read) {
        var body = response.body();
        var lower = body.toLowerCase(Locale.ROOT);
        for (var person : List.of(giver, volunteer, consenting)) {
            // Philippa agreed to be named with her thank-you, never to show her address
            var traces = new ArrayList<>(person.addresses());
            if (person != consenting) {
                traces.addAll(person.names());
            }
            for (var trace : traces) {
                assertFalse(lower.contains(trace.toLowerCase(Locale.ROOT)),
                        path + " shows \"" + trace + "\" of a resident who gave or received");
            }
        }
        read.add(path);
    }

    /** The client-id part of the row (e.g. "items:3:") whose markup follows the given marker. */
    private static String rowOf(String page, String marker, String idPattern) {
        int at = page.indexOf(marker);
        assertTrue(at >= 0, "no " + marker + " on the page:\n" + page);
        var m = Pattern.compile("id=\"" + idPattern + "\"").matcher(page);
        assertTrue(m.find(at), "no field " + idPattern + " after " + marker);
        return m.group(1);
    }
}
