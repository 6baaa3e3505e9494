package org.civicportal.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.civicportal.testing.FacesClient;
import org.civicportal.testing.Mailbox;
import org.civicportal.testing.OpenData;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestAccounts;
import org.civicportal.testing.TestDecisions;
import org.junit.jupiter.api.Test;

/** Decision chains as open data, and what the database guarantees when officials edit at the same instant. */
class DecisionDataIT extends PortalIT {

    @Test
    void decisionsAreOpenDataWithCreditsAndImplementation() throws Exception {
        var api = new OpenData(base);
        var page = api.json("/api/v1/decisions?size=2");
        assertEquals(1, page.getInt("page"));
        assertEquals(2, page.getInt("size"));
        assertTrue(page.getInt("total") >= 6, page.toString());
        assertEquals(2, page.getJsonArray("items").size());

        var id = TestAccounts.query("SELECT id FROM decision WHERE title LIKE 'Solar panels%'");
        var solar = api.json("/api/v1/decisions/" + id);
        assertEquals("Solar panels on Hillcrest Secondary School and Hillcrest Library", solar.getString("title"));
        assertTrue(solar.getString("rationale").startsWith("<p>"), "the rationale is the sanitised HTML");
        assertEquals("hillcrest", solar.getJsonObject("district").getString("code"));
        assertEquals("climate", solar.getJsonObject("topic").getString("code"));
        for (var field : List.of("summary", "decidedOn", "department", "createdAt")) {
            assertFalse(solar.isNull(field), field);
        }
        var credit = solar.getJsonArray("credits").getJsonObject(0);
        assertEquals(Long.parseLong(TestAccounts.query("SELECT id FROM input WHERE title = ?",
                "Solar panels on school and library roofs")), credit.getJsonNumber("inputId").longValue());
        assertEquals("Solar panels on school and library roofs", credit.getString("title"));
        assertTrue(credit.getString("how").startsWith("Because"), credit.toString());
        var implementation = solar.getJsonObject("implementation");
        assertEquals("IN_PROGRESS", implementation.getString("status"));
        assertTrue(implementation.getInt("progress") >= 75, implementation.toString());
        assertFalse(implementation.isNull("startDate"));
        assertFalse(implementation.isNull("targetDate"));
        var updates = implementation.getJsonArray("updates");
        assertTrue(updates.size() >= 4, updates.toString());
        assertTrue(updates.getJsonObject(0).getString("date").compareTo(updates.getJsonObject(1).getString("date")) > 0,
                "updates newest first");

        var all = api.body("/api/v1/decisions?size=100");
        assertFalse(all.contains("@"), "no email addresses in open data");
        assertFalse(all.contains("Sofía Herrera"), "credits name the input, not its author");
        assertEquals(404, api.status("/api/v1/decisions/987654"));
        assertEquals(400, api.status("/api/v1/decisions?status=SOMEDAY"));
    }

    @Test
    void filtersNarrowTheList() throws Exception {
        var api = new OpenData(base);
        var done = api.json("/api/v1/decisions?status=DONE&size=100").getJsonArray("items");
        assertFalse(done.isEmpty());
        done.forEach(d -> assertEquals("DONE", d.asJsonObject().getJsonObject("implementation").getString("status")));
        var north = TestAccounts.query("SELECT id FROM district WHERE code = 'north'");
        var inNorth = api.json("/api/v1/decisions?size=100&district=" + north).getJsonArray("items");
        assertTrue(inNorth.size() >= 2, inNorth.toString());
        inNorth.forEach(d -> assertEquals("north", d.asJsonObject().getJsonObject("district").getString("code")));
        var parks = TestAccounts.query("SELECT id FROM topic WHERE code = 'parks'");
        api.json("/api/v1/decisions?size=100&topic=" + parks).getJsonArray("items")
                .forEach(d -> assertEquals("parks", d.asJsonObject().getJsonObject("topic").getString("code")));
    }

    @Test
    void twoOfficialsSavingAtTheSameInstantCannotOverwriteEachOther() throws Exception {
        var id = TestAccounts.query("SELECT id FROM decision WHERE title LIKE 'Warm and cool rooms%'");
        var path = "/admin/decision?id=" + id;
        var clients = List.of(
                new FacesClient(base).signIn(TestAccounts.create("race.one@example.org", "Rita One", "OFFICIAL"),
                        TestAccounts.PASSWORD),
                new FacesClient(base).signIn(TestAccounts.create("race.two@example.org", "Rudi Two", "OFFICIAL"),
                        TestAccounts.PASSWORD));
        var pages = List.of(clients.get(0).get(path), clients.get(1).get(path));
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var results = new java.util.ArrayList<java.util.concurrent.Future<java.net.http.HttpResponse<String>>>();
            for (int i = 0; i < 2; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return clients.get(n).post(path, pages.get(n), "editor", "save", TestDecisions.fields(id, "Summary by official " + n));
                }));
            }
            start.countDown();
            int saved = 0;
            int refused = 0;
            for (var result : results) {
                var response = result.get(60, TimeUnit.SECONDS);
                if (response.statusCode() == 302) {
                    saved++;
                } else if (response.body().contains("saved this decision")) {
                    refused++;
                }
            }
            assertEquals(1, saved, "exactly one save wins");
            assertEquals(1, refused, "the other is told, not silently overwritten");
        } finally {
            pool.shutdownNow();
        }
        assertTrue(TestAccounts.query("SELECT summary FROM decision WHERE id = ?", id).startsWith("Summary by official "));
        assertEquals("1", TestAccounts.query("SELECT COUNT(*) FROM decision_version WHERE decision_id = ? "
                + "AND field = 'summary'", id), "one revision recorded");
    }

    @Test
    void doneIsDeliveredOnceAndFollowersAreTold() throws Exception {
        var id = TestAccounts.query("SELECT id FROM decision WHERE title LIKE 'Resurface Kingsley%'");
        var follower = TestAccounts.query("SELECT a.email FROM chain_follower f JOIN account a ON a.id = f.account_id "
                + "WHERE f.decision_id = ? AND f.following = TRUE AND a.language = 'en' ORDER BY a.id LIMIT 1", id);
        var before = Mailbox.to(follower).size();
        var official = new FacesClient(base).signIn(TestAccounts.create("closing.official@example.org", "Cleo Close",
                "OFFICIAL"), TestAccounts.PASSWORD);
        var fields = TestDecisions.fields(id, TestAccounts.query("SELECT summary FROM decision WHERE id = ?", id));
        fields.put("status", "DONE");
        assertEquals(302, official.post("/admin/decision?id=" + id, "editor", "save", fields).statusCode());

        assertEquals("100", TestAccounts.query("SELECT progress FROM decision WHERE id = ?", id), "done is 100 %");
        var delivered = TestAccounts.query("SELECT delivered_at FROM decision WHERE id = ?", id);
        assertTrue(delivered != null, "the delivery is recorded");
        var news = Mailbox.await(follower, before + 1);
        var text = Mailbox.text(news);
        assertTrue(text.contains("now Done"), text);
        assertTrue(text.contains("passed 100 %"), text);

        fields.put("status", "IN_PROGRESS");
        official.post("/admin/decision?id=" + id, "editor", "save", fields);
        fields.put("status", "DONE");
        official.post("/admin/decision?id=" + id, "editor", "save", fields);
        assertEquals(delivered, TestAccounts.query("SELECT delivered_at FROM decision WHERE id = ?", id),
                "done again is not a second delivery");
    }
}
