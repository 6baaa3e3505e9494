package org.civicportal.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.civicportal.testing.FacesClient;
import org.civicportal.testing.OpenData;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestAccounts;
import org.junit.jupiter.api.Test;

/** Open data (JSON shape, filters, no personal data, hidden inputs absent) and exact counts under load. */
class InputDataIT extends PortalIT {

    @Test
    void twentyResidentsSupportingAtOnceGiveExactlyTwenty() throws Exception {
        var inputId = TestAccounts.query("SELECT id FROM input WHERE title = 'Street trees along Harbor Road to cool the street'");
        var before = Integer.parseInt(TestAccounts.query("SELECT support_count FROM input WHERE id = ?", inputId));
        var clients = new ArrayList<FacesClient>();
        for (int i = 0; i < 20; i++) {
            var email = TestAccounts.create("crowd" + i + "@example.org", "Crowd " + i);
            clients.add(new FacesClient(base).signIn(email, TestAccounts.PASSWORD));
        }
        var pool = Executors.newFixedThreadPool(20);
        try {
            var start = new CountDownLatch(1);
            var results = new ArrayList<Future<java.net.http.HttpResponse<String>>>();
            for (var client : clients) {
                results.add(pool.submit(() -> {
                    start.await();
                    return client.post("/inputs/" + inputId, "support", "support-button", Map.of());
                }));
            }
            start.countDown();
            for (var result : results) {
                var response = result.get(60, TimeUnit.SECONDS);
                assertEquals(302, response.statusCode(), () -> "every support is accepted and redirected:\n"
                        + response.body().replaceAll("(?s).*<header", "<header").replaceAll("(?s)</main>.*", ""));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(before + 20, Integer.parseInt(TestAccounts.query("SELECT support_count FROM input WHERE id = ?", inputId)));
        assertEquals(String.valueOf(before + 20),
                TestAccounts.query("SELECT COUNT(*) FROM input_support WHERE input_id = ?", inputId));

        // A second click by the same resident is not a second support.
        clients.get(0).submit("/inputs/" + inputId, "support", "withdraw-button", Map.of());
        assertEquals(before + 19, Integer.parseInt(TestAccounts.query("SELECT support_count FROM input WHERE id = ?", inputId)));
        assertTrue(clients.get(0).get("/inputs/" + inputId).contains(">" + (before + 19) + "</strong>"),
                "the page shows the exact count");
    }

    @Test
    void twoOfficialsAnsweringAtOnceGiveOneAnswer() throws Exception {
        var title = "Outdoor summer cinema in Market Square";
        var inputId = TestAccounts.query("SELECT id FROM input WHERE title = ?", title);
        var officials = new ArrayList<FacesClient>();
        for (var name : new String[] {"first", "second"}) {
            officials.add(new FacesClient(base).signIn(
                    TestAccounts.create(name + ".answerer@example.org", name + " answerer", "OFFICIAL"), TestAccounts.PASSWORD));
        }
        var pool = Executors.newFixedThreadPool(2);
        try {
            var start = new CountDownLatch(1);
            var results = new ArrayList<Future<java.net.http.HttpResponse<String>>>();
            for (var official : officials) {
                results.add(pool.submit(() -> {
                    start.await();
                    return official.postFirst("/admin/inputs?q=summer+cinema+market", "queue", "items:0:answer",
                            Map.of("items:0:text", "Answer from the " + officials.indexOf(official) + " official"));
                }));
            }
            start.countDown();
            for (var result : results) {
                assertEquals(302, result.get(60, TimeUnit.SECONDS).statusCode());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals("1", TestAccounts.query(
                "SELECT COUNT(*) FROM input_status_change WHERE input_id = ? AND status = 'ANSWERED'", inputId),
                "exactly one answer is recorded");
        var answer = TestAccounts.query("SELECT answer FROM input WHERE id = ?", inputId);
        assertTrue(answer.startsWith("Answer from the "), answer);
    }

    @Test
    void aResidentGivesAtMostFiveInputsAnHour() throws Exception {
        var resident = new FacesClient(base).signIn(TestAccounts.create("prolific@example.org", "Pat Prolific"),
                TestAccounts.PASSWORD);
        var fields = Map.of("title", "", "body", "More benches along the river path, please.",
                "topic", TestAccounts.query("SELECT id FROM topic WHERE code = 'parks'"),
                "district", TestAccounts.query("SELECT id FROM district WHERE code = 'river'"), "place", "", "website", "");
        for (int i = 1; i <= 5; i++) {
            var withTitle = new java.util.HashMap<>(fields);
            withTitle.put("title", "River path bench number " + i);
            assertEquals(302, resident.submit("/inputs/new", "input", "submit", withTitle));
        }
        var sixth = new java.util.HashMap<>(fields);
        sixth.put("title", "River path bench number 6");
        var page = resident.post("/inputs/new", "input", "submit", sixth);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("You can give 5 inputs per hour. Please try again in"), page.body());
        assertTrue(page.body().contains("River path bench number 6"), "what was typed is still there");
        assertEquals("5", TestAccounts.query("SELECT COUNT(*) FROM input i JOIN account a ON a.id = i.author_id "
                + "WHERE a.email = 'prolific@example.org'"));

        var bot = new java.util.HashMap<>(fields);
        bot.put("title", "Buy cheap pills");
        bot.put("website", "http://spam.example");
        var other = new FacesClient(base).signIn(TestAccounts.create("bot@example.org", "Bot"), TestAccounts.PASSWORD);
        other.submit("/inputs/new", "input", "submit", bot);
        assertEquals("0", TestAccounts.query("SELECT COUNT(*) FROM input WHERE title = 'Buy cheap pills'"),
                "the honeypot drops what bots submit");
    }

    @Test
    void listHasTheDocumentedShapeAndNoPersonalData() throws Exception {
        var page = json("/api/v1/inputs?size=5");
        assertEquals(1, page.getInt("page"));
        assertEquals(5, page.getInt("size"));
        assertTrue(page.getJsonNumber("total").longValue() >= 30, "the demo inputs are public");
        var items = page.getJsonArray("items");
        assertEquals(5, items.size());
        var first = items.getJsonObject(0);
        for (var key : new String[] {"id", "title", "body", "status", "topic", "district", "supports", "createdAt",
            "answeredAt", "answer"}) {
            assertTrue(first.containsKey(key), "missing " + key + " in " + first);
        }
        assertTrue(first.getJsonObject("topic").containsKey("code"));
        assertTrue(first.getJsonObject("district").containsKey("name"));
        var raw = body("/api/v1/inputs?size=100");
        // Residents may type an @ or an address in their own text (other tests do); the authors' addresses never
        // appear.
        var ids = new ArrayList<String>();
        json("/api/v1/inputs?size=100").getJsonArray("items")
                .forEach(item -> ids.add(String.valueOf(item.asJsonObject().getJsonNumber("id").longValue())));
        var authors = TestAccounts.query("SELECT GROUP_CONCAT(DISTINCT a.email SEPARATOR ' ') FROM input i "
                + "JOIN account a ON a.id = i.author_id WHERE i.id IN (" + String.join(",", ids) + ")");
        assertTrue(authors != null && !authors.isBlank(), "the page's inputs have authors");
        for (var email : authors.split(" ")) {
            assertFalse(raw.contains(email), () -> "the open data names the author " + email);
        }
        assertFalse(raw.contains("author"), "no author identity in the open data");
    }

    @Test
    void filtersNarrowTheList() throws Exception {
        var riverside = TestAccounts.query("SELECT id FROM district WHERE code = 'river'");
        var inRiverside = json("/api/v1/inputs?size=100&district=" + riverside).getJsonArray("items");
        assertFalse(inRiverside.isEmpty());
        inRiverside.forEach(v -> assertEquals("river", v.asJsonObject().getJsonObject("district").getString("code")));

        var answered = json("/api/v1/inputs?size=100&status=ANSWERED").getJsonArray("items");
        assertFalse(answered.isEmpty());
        answered.forEach(v -> {
            assertEquals("ANSWERED", v.asJsonObject().getString("status"));
            assertFalse(v.asJsonObject().isNull("answer"), "answered inputs carry their answer");
        });

        var text = json("/api/v1/inputs?q=bike+lane").getJsonArray("items");
        assertTrue(text.stream().anyMatch(v -> v.asJsonObject().getString("title").contains("bike lane")), text.toString());

        var mostSupported = json("/api/v1/inputs?sort=MOST_SUPPORTED&size=10").getJsonArray("items");
        for (int i = 1; i < mostSupported.size(); i++) {
            assertTrue(mostSupported.getJsonObject(i - 1).getInt("supports") >= mostSupported.getJsonObject(i).getInt("supports"));
        }
        assertEquals(400, status("/api/v1/inputs?status=NOPE"), "an unknown status is a bad request");
    }

    @Test
    void oneInputAndHiddenInputsAreAbsent() throws Exception {
        var id = TestAccounts.query("SELECT id FROM input WHERE title = 'Fenced dog area in Hillcrest Park'");
        var one = json("/api/v1/inputs/" + id);
        assertEquals("Fenced dog area in Hillcrest Park", one.getString("title"));
        assertTrue(one.getString("body").startsWith("<p>"), "the body is the sanitised HTML");
        TestAccounts.update("UPDATE input SET hidden = TRUE WHERE id = ?", id);
        try {
            assertEquals(404, status("/api/v1/inputs/" + id));
            assertFalse(body("/api/v1/inputs?size=100").contains("Fenced dog area in Hillcrest Park"));
        } finally {
            TestAccounts.update("UPDATE input SET hidden = FALSE WHERE id = ?", id);
        }
        assertEquals(404, status("/api/v1/inputs/987654"));
    }

    private JsonObject json(String path) throws Exception {
        return new OpenData(base).json(path);
    }

    private String body(String path) throws Exception {
        return new OpenData(base).body(path);
    }

    private int status(String path) throws Exception {
        return new OpenData(base).status(path);
    }
}
