package org.civicportal.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.civicportal.platform.time.Quarter;
import org.civicportal.testing.FacesClient;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.StrictJson;
import org.civicportal.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Rebalancing commitments: staff make and follow them up at /admin/commitments, nobody else can; the next
 * quarter's page shows last quarter's with what became of them, and an overdue open one stays on later pages.
 */
class CommitmentsIT extends PortalIT {

    private final HttpClient http = HttpClient.newHttpClient();

    /** A staff member of this class, reading English (the demo staff account reads Spanish). */
    private static String staff() {
        var email = "commitments-staff@example.org";
        if (TestAccounts.query("SELECT id FROM account WHERE email = ?", email) == null) {
            TestAccounts.create(email, "Stella Staff", "STAFF");
        }
        return email;
    }

    private static Quarter current() {
        return Quarter.of(java.time.Instant.now(), ZoneId.systemDefault());
    }

    @Test
    void onlyStaffReachTheCommitmentsPage() throws Exception {
        var resident = TestAccounts.create("commitments-resident@example.org", "Rita Resident");
        var official = TestAccounts.create("commitments-official@example.org", "Oscar Official", "OFFICIAL");
        for (var person : new String[] {resident, official}) {
            var client = new FacesClient(base).signIn(person, TestAccounts.PASSWORD);
            var response = client.http().send(HttpRequest.newBuilder(URI.create(url("/admin/commitments"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, response.statusCode(), person);
            // Nor by posting the form straight at it.
            assertEquals(403, client.http().send(HttpRequest.newBuilder(URI.create(url("/admin/commitments")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("make=make&make%3Atext=x&make%3Aowner=y&make%3Adue=2030-Q1"))
                    .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        }
        var visitor = http.send(HttpRequest.newBuilder(URI.create(url("/admin/commitments"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(visitor.statusCode() == 302 || visitor.statusCode() == 401 || visitor.statusCode() == 403,
                "a visitor is sent to sign in: " + visitor.statusCode());
        assertEquals("0", TestAccounts.query("SELECT COUNT(*) FROM commitment WHERE owner = 'y'"));
    }

    @Test
    void staffMakeACommitmentWithItsFieldsCheckedAndNothingTypedLost() throws Exception {
        var staff = new FacesClient(base).signIn(staff(), TestAccounts.PASSWORD);
        String text = "Answer every Riverside input older than 30 days " + UUID.randomUUID();
        var refused = staff.post("/admin/commitments", "make", "submit",
                Map.of("text", text, "owner", "Riverside district office", "due", "next spring"));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Write the quarter like 2027-Q1."), refused.body());
        assertTrue(refused.body().contains(text), "the text typed is kept");
        var before = staff.post("/admin/commitments", "make", "submit",
                Map.of("text", text, "owner", "Riverside district office", "due", current().minus(1).toString()));
        assertTrue(before.body().contains("cannot be before the quarter"), "due before made is refused");

        var made = staff.post("/admin/commitments", "make", "submit",
                Map.of("text", text, "owner", "Riverside district office", "due", current().next().toString()));
        assertEquals(302, made.statusCode());
        var json = StrictJson.object(get("/api/v1/forums/" + current()).body());
        var mine = json.getJsonObject("questions").getJsonObject("rebalancing").getJsonArray("thisQuarter")
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("text").equals(text)).findFirst()
                .orElseThrow();
        assertEquals("OPEN", mine.getString("status"));
        assertEquals("Riverside district office", mine.getString("owner"));
        assertFalse(mine.getBoolean("overdue"));
        try (var browser = browser()) {
            signIn(browser, staff(), TestAccounts.PASSWORD);
            browser.open("/admin/commitments");
            assertTrue(browser.pageText().contains(text), "the staff list shows it");
            browser.assertAccessible();
        }
    }

    @Test
    void lastQuartersCommitmentsShowWhatBecameOfThemAndOverdueOnesStayVisible() throws Exception {
        var q = current();
        String tag = UUID.randomUUID().toString();
        // Made last quarter and due then (time cannot pass in a test): one to be done, one to be dropped, one left
        // open; and one made three quarters ago, due two quarters ago, still open.
        long done = commitment("Repaint the Mill Street crossing " + tag, q.previous(), q.previous());
        long dropped = commitment("Open the library on Sundays " + tag, q.previous(), q.previous());
        long open = commitment("Thank every volunteer within a week " + tag, q.previous(), q.previous());
        // Its text carries markup, which must show as typed (escaped), never as markup.
        long older = commitment("Publish the parks budget <em>now</em> " + tag, q.minus(3), q.minus(2));

        var staff = new FacesClient(base).signIn(staff(), TestAccounts.PASSWORD);
        // The rows are newest first: older is last, open first of ours; act on the first, middle and last rows.
        var refused = saveRow(staff, dropped, "DROPPED", "", q.previous().toString());
        assertTrue(refused.body().contains("a commitment is only dropped with one"), "a reason is required to drop");
        assertEquals("OPEN", TestAccounts.query("SELECT status FROM commitment WHERE id = ?", dropped));
        assertEquals(302, saveRow(staff, dropped, "DROPPED", "The budget went to longer weekday hours " + tag,
                q.previous().toString()).statusCode());
        assertEquals(302, saveRow(staff, done, "DONE", "Repainted in week 3 " + tag, q.previous().toString()).statusCode());
        assertEquals(302, saveRow(staff, older, "OPEN", "", q.minus(2).toString()).statusCode(), "the last row saves too");
        assertEquals("DONE", TestAccounts.query("SELECT status FROM commitment WHERE id = ?", done));
        assertEquals("DROPPED", TestAccounts.query("SELECT status FROM commitment WHERE id = ?", dropped));

        try (var visitor = browser()) {
            visitor.open("/forums/" + q);
            var last = visitor.text(By.id("commitments-last"));
            assertTrue(last.contains("Repaint the Mill Street crossing " + tag) && last.contains("Repainted in week 3 " + tag));
            assertTrue(last.contains("The budget went to longer weekday hours " + tag));
            var openItem = visitor.element("commitments-last").findElement(By.cssSelector("[data-commitment='" + open + "']"));
            assertTrue(openItem.getText().contains("Overdue"), "last quarter's open one is overdue now");
            var overdue = visitor.text(By.id("commitments-overdue"));
            assertTrue(overdue.contains("Publish the parks budget <em>now</em> " + tag), "an older overdue one stays visible, escaped");
        }
        // A page before it fell due does not call it overdue; it is on the next quarter's page, not overdue there.
        var page = get("/forums/" + q.minus(2)).body();
        var items = Pattern.compile("<li class=\"([^\"]*)\" data-commitment=\"" + older + "\">").matcher(page);
        assertTrue(items.find(), "listed on the page of the quarter it falls due in");
        do {
            assertFalse(items.group(1).contains("commitment-overdue"), "not overdue before its quarter ended");
        } while (items.find());
        var json = StrictJson.object(get("/api/v1/forums/" + q).body()).getJsonObject("questions")
                .getJsonObject("rebalancing");
        assertTrue(json.getJsonArray("overdue").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getJsonNumber("id").longValue() == older && c.getBoolean("overdue")));
        assertTrue(json.getJsonArray("lastQuarter").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getJsonNumber("id").longValue() == done && c.getString("status").equals("DONE")
                        && !c.getBoolean("overdue")));
    }

    /** Presses Save in the row of this commitment on /admin/commitments. */
    private HttpResponse<String> saveRow(FacesClient staff, long id, String status, String outcome, String due)
            throws Exception {
        var page = staff.get("/admin/commitments");
        var row = Pattern.compile("data-commitment=\"" + id + "\".*?follow-up:rows:(\\d+):due", Pattern.DOTALL)
                .matcher(page);
        assertTrue(row.find(), "commitment " + id + " is listed");
        var prefix = "rows:" + row.group(1) + ":";
        return staff.post("/admin/commitments", page, "follow-up", prefix + "save",
                Map.of(prefix + "due", due, prefix + "status", status, prefix + "outcome", outcome));
    }

    private static long commitment(String text, Quarter made, Quarter due) {
        TestAccounts.update("INSERT INTO commitment (text, owner, made_quarter, due_quarter, status, created_by, "
                + "created_at, updated_by, updated_at) SELECT ?, 'Transport department', ?, ?, 'OPEN', id, "
                + "UTC_TIMESTAMP(6), id, UTC_TIMESTAMP(6) FROM account WHERE email = ?", text, made.code(), due.code(),
                TestAccounts.STAFF);
        return Long.parseLong(TestAccounts.query("SELECT id FROM commitment WHERE text = ?", text));
    }

    private String url(String path) {
        return base.toString().replaceAll("/+$", "") + path;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Cache-Control", "no-cache").build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
