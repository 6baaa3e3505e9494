package org.civicportal.reciprocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.civicportal.platform.time.Quarter;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.StrictJson;
import org.civicportal.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The quarter page's figures and the forums' open data, as a visitor and a client read them: the figures move
 * with what happens, the JSON is strict, the CSV is RFC 4180, malformed and unknown quarters are problems,
 * and no resident who gave is named anywhere.
 */
class QuarterFiguresIT extends PortalIT {

    private final HttpClient http = HttpClient.newHttpClient();

    /** The portal's zone is the test JVM's (one machine): the current quarter as the portal counts it. */
    private static Quarter current() {
        return Quarter.of(java.time.Instant.now(), ZoneId.systemDefault());
    }

    @Test
    void theQuarterPageNumbersChangeAfterAResidentGivesInputAndAnOfficialAnswersIt() throws Exception {
        var author = TestAccounts.create("figures-author@example.org", "Fiona Figures");
        var official = TestAccounts.create("figures-official@example.org", "Otto Figures", "OFFICIAL");
        var page = "/forums/" + current();
        BigDecimal inputsBefore;
        BigDecimal answersBefore;
        try (var visitor = browser()) {
            visitor.open(page);
            inputsBefore = new BigDecimal(visitor.text(By.id("figures-now-INPUT")));
            answersBefore = new BigDecimal(visitor.text(By.id("figures-now-ANSWER")));
        }
        try (var browser = browser()) {
            signIn(browser, author, TestAccounts.PASSWORD);
            browser.open("/inputs/new").type("input:title", "Benches along the Quayside figures walk")
                    .type("input:body", "There is nowhere to rest on the long Quayside walk.")
                    .select("input:topic", "Parks and green spaces").select("input:district", "Riverside")
                    .submit("input:submit");
            assertTrue(browser.path().matches("/inputs/\\d+"), browser.path());
        }
        try (var visitor = browser()) {
            visitor.open(page);
            assertEquals(inputsBefore.add(BigDecimal.ONE), new BigDecimal(visitor.text(By.id("figures-now-INPUT"))),
                    "the new input counts at once");
            assertEquals(answersBefore, new BigDecimal(visitor.text(By.id("figures-now-ANSWER"))));
        }
        try (var browser = browser()) {
            signIn(browser, official, TestAccounts.PASSWORD);
            browser.open("/admin/inputs?q=quayside+figures");
            var field = browser.driver().findElement(By.cssSelector(".queue-item [id$=':text']")).getAttribute("id");
            var row = field.substring(0, field.length() - "text".length());
            browser.type(row + "text", "We will place three benches along the Quayside this spring.").submit(row + "answer");
            assertTrue(browser.pageText().contains("The answer was published"), browser.pageText());
        }
        try (var visitor = browser()) {
            visitor.open(page);
            assertEquals(answersBefore.add(BigDecimal.ONE), new BigDecimal(visitor.text(By.id("figures-now-ANSWER"))),
                    "the answer counts at once");
            assertFalse(visitor.pageText().contains("Fiona Figures"), "the giver is never named");
        }
    }

    @Test
    void aQuarterPageWithChartsIsAccessibleAndEachChartHasItsTable() throws Exception {
        try (var visitor = browser()) {
            visitor.open("/forums/" + current());
            assertTrue(visitor.driver().findElements(By.cssSelector("canvas[role=img][aria-label]")).size() >= 3,
                    "three charts, each labelled");
            assertTrue(visitor.has("figures-residents") && visitor.has("figures-city") && visitor.has("figures-by-district"),
                    "each chart has its table of the same figures");
            assertTrue(visitor.has("figures-csv"));
            visitor.assertAccessible();
        }
        var response = get("/forums/" + current());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID=")),
                "a visitor reading the figures gets no session");
        assertTrue(response.body().contains("id=\"figures-now-INPUT\""));
    }

    @Test
    void theApiGivesBothWaysByDistrictAndTopicStrictlyParsed() throws Exception {
        var q = current();
        var resident = TestAccounts.create("figures-" + UUID.randomUUID() + "@example.org", "Priscilla Private");
        var before = strict(get("/api/v1/forums/" + q).body());
        // Ledger rows for this resident (as the observers write them): an input in Riverside about parks, three
        // volunteer hours, an answer after two days; the per-quarter sums follow by trigger.
        String key = "figures-test:" + UUID.randomUUID();
        String signup = "figures-hours:" + UUID.randomUUID();
        try {
            ledger("INPUT", key, resident, "1", "river", "parks", null);
            ledger("ANSWER", key, resident, "1", "river", "parks", 2L * 24 * 3600);
            ledger("VOLUNTEER_HOURS", signup, resident, "3", "river", "parks", null);
            var after = strict(get("/api/v1/forums/" + q).body());
            assertEquals(unthanked(before, "hours") + 3, unthanked(after, "hours"), "question 1: hours never thanked");
            assertEquals(unthanked(before, "signups") + 1, unthanked(after, "signups"));
            ledger("RECOGNITION", signup, resident, "1", "river", "parks", null);
            var thanked = strict(get("/api/v1/forums/" + q).body());
            assertEquals(unthanked(before, "hours"), unthanked(thanked, "hours"), "thanked hours leave question 1");

            assertEquals(q.toString(), after.getString("quarter"));
            assertEquals(number(before, "residentsGave", "inputs") + 1, number(after, "residentsGave", "inputs"));
            assertEquals(number(before, "residentsGave", "volunteerHours") + 3, number(after, "residentsGave", "volunteerHours"));
            assertEquals(number(before, "cityGave", "answers") + 1, number(after, "cityGave", "answers"));
            assertEquals(byArea(before, "residentsGave", "byDistrict", "district", "river", "inputs") + 1,
                    byArea(after, "residentsGave", "byDistrict", "district", "river", "inputs"));
            assertEquals(byArea(before, "cityGave", "byTopic", "topic", "parks", "answers") + 1,
                    byArea(after, "cityGave", "byTopic", "topic", "parks", "answers"));
            assertEquals(5, after.getJsonArray("comparison").size(), "the quarter and the four before");
            assertTrue(after.getJsonObject("rates").containsKey("medianDaysToAnswer"));
            assertTrue(after.getJsonObject("questions").containsKey("rebalancing"));

            var list = strict(get("/api/v1/forums").body()).getJsonArray("items");
            assertEquals(q.toString(), list.getJsonObject(0).getString("quarter"), "newest first");
            assertTrue(list.getJsonObject(0).getString("url").endsWith("/forums/" + q));
            assertTrue(list.getJsonObject(0).getString("apiUrl").endsWith("/api/v1/forums/" + q));

            for (var body : new String[] {get("/api/v1/forums/" + q).body(), get("/api/v1/forums/" + q + ".csv").body(),
                    get("/api/v1/forums").body(), get("/forums/" + q).body()}) {
                assertFalse(body.contains("Priscilla Private") || body.contains(resident), "no resident named");
            }
        } finally {
            // Synthetic rows without source records: a later rebuild check would list them as extra.
            TestAccounts.update("DELETE FROM ledger_entry WHERE source_key IN (?, ?)", key, signup);
        }
    }

    /**
     * The sums V13 keeps beside the ledger follow every write, in either order: an answer written before its
     * input (as a rebuild may), an hours correction, a deletion. In a quarter of the year 2000, where no other
     * test writes, and removed again at the end.
     */
    @Test
    void theKeptSumsFollowTheLedgerInEitherOrderOfWriting() {
        var resident = TestAccounts.create("figures-sums-" + UUID.randomUUID() + "@example.org", "Sam Sums");
        String tag = UUID.randomUUID().toString();
        int q = 20001;
        try {
            entry("ANSWER", "in:" + tag, resident, "1", q, 3 * 3600L);
            assertEquals("0", open("INPUT", q), "an answer alone leaves nothing open");
            entry("INPUT", "in:" + tag, resident, "1", q, null);
            assertEquals("0", open("INPUT", q), "its input, written after it, is answered already");
            entry("INPUT", "in2:" + tag, resident, "1", q, null);
            assertEquals("1", open("INPUT", q));
            entry("VOLUNTEER_HOURS", "s:" + tag, resident, "2.5", q, null);
            TestAccounts.update("UPDATE ledger_entry SET amount = 4 WHERE kind = 'VOLUNTEER_HOURS' AND source_key = ?",
                    "s:" + tag);
            assertEquals("4.00", TestAccounts.query("SELECT SUM(amount) FROM ledger_open WHERE kind = 'VOLUNTEER_HOURS' "
                    + "AND quarter = ?", q), "an hours correction leaves the hours now recorded");
            assertEquals("4.00", TestAccounts.query("SELECT SUM(amount) FROM ledger_quarter_total "
                    + "WHERE kind = 'VOLUNTEER_HOURS' AND quarter = ?", q));
            entry("RECOGNITION", "s:" + tag, resident, "1", q, null);
            assertEquals("0", open("VOLUNTEER_HOURS", q), "thanked hours are no longer open");
            assertEquals("1", TestAccounts.query("SELECT SUM(answers) FROM ledger_answer_wait WHERE quarter = ? "
                    + "AND waited_hours = 3", q), "the answer's wait, to the hour");
            TestAccounts.update("DELETE FROM ledger_entry WHERE kind = 'ANSWER' AND source_key = ?", "in:" + tag);
            assertEquals("2", open("INPUT", q), "removing an answer opens its input again");
        } finally {
            TestAccounts.update("DELETE FROM ledger_entry WHERE quarter = ? AND resident_id = "
                    + "(SELECT id FROM account WHERE email = ?)", q, resident);
        }
        assertEquals("0", TestAccounts.query("SELECT COALESCE(SUM(entries), 0) FROM ledger_quarter_total WHERE quarter = ?", q));
        assertEquals("0", open("INPUT", q));
        assertEquals("0", TestAccounts.query("SELECT COALESCE(SUM(answers), 0) FROM ledger_answer_wait WHERE quarter = ?", q));
    }

    private static String open(String kind, int quarter) {
        return TestAccounts.query("SELECT COALESCE(SUM(entries), 0) FROM ledger_open WHERE kind = ? AND quarter = ?",
                kind, quarter);
    }

    private static void entry(String kind, String key, String email, String amount, int quarter, Long waited) {
        TestAccounts.update("INSERT INTO ledger_entry (kind, source_key, resident_id, amount, district_id, topic_id, "
                + "happened_at, quarter, waited_seconds) SELECT ?, ?, a.id, ?, (SELECT id FROM district WHERE code = "
                + "'citywide'), (SELECT id FROM topic WHERE code = 'climate'), '2000-02-01 12:00:00', ?, ? "
                + "FROM account a WHERE a.email = ?", kind, key, new BigDecimal(amount), quarter, waited, email);
    }

    @Test
    void theCsvIsRfc4180WithAHeaderAndOneRowPerFigure() throws Exception {
        var q = current();
        var response = get("/api/v1/forums/" + q + ".csv");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertTrue(response.body().contains("\r\n"), "RFC 4180 ends records with CRLF");
        var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body())).getRecords();
        assertFalse(records.isEmpty());
        var header = CSVFormat.RFC4180.parse(new StringReader(response.body())).getRecords().get(0).toList();
        assertEquals(java.util.List.of("quarter", "section", "figure", "district", "topic", "value"), header);
        for (var record : records) {
            assertEquals(6, record.size(), record.toString());
        }
        assertTrue(records.stream().anyMatch(r -> r.get("quarter").equals(q.toString()) && r.get("figure").equals("inputs")
                && r.get("district").equals("river")));
        var json = strict(get("/api/v1/forums/" + q).body());
        var total = records.stream().filter(r -> r.get("quarter").equals(q.toString()) && r.get("figure").equals("inputs")
                && r.get("district").isEmpty() && r.get("topic").isEmpty()).findFirst().orElseThrow();
        assertEquals(json.getJsonObject("residentsGave").getJsonObject("total").getJsonNumber("inputs").bigDecimalValue(),
                new BigDecimal(total.get("value")), "the CSV says what the JSON says");
    }

    @Test
    void malformedQuartersAre400AndQuartersWithoutAPageAre404() throws Exception {
        for (var bad : new String[] {"2026-Q5", "2026Q4", "26-Q1", "2026-q4", "%27%3B--"}) {
            var response = get("/api/v1/forums/" + bad);
            assertEquals(400, response.statusCode(), bad);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            strict(response.body());
        }
        for (var missing : new String[] {"1999-Q1", current().next().toString(), current().next() + ".csv"}) {
            var response = get("/api/v1/forums/" + missing);
            assertEquals(404, response.statusCode(), missing);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        }
        assertEquals(400, get("/api/v1/forums/2026-Q9.csv").statusCode());
    }

    private void ledger(String kind, String key, String email, String amount, String district, String topic,
            Long waited) {
        TestAccounts.update("INSERT INTO ledger_entry (kind, source_key, resident_id, amount, district_id, topic_id, "
                + "happened_at, quarter, waited_seconds) SELECT ?, ?, a.id, ?, (SELECT id FROM district WHERE code = ?), "
                + "(SELECT id FROM topic WHERE code = ?), UTC_TIMESTAMP(6), ?, ? FROM account a WHERE a.email = ?",
                kind, key, new BigDecimal(amount), district, topic, current().code(), waited, email);
    }

    private static long unthanked(JsonObject json, String figure) {
        return json.getJsonObject("questions").getJsonObject("givenWithoutReturn").getJsonObject("unthankedHours")
                .getJsonNumber(figure).longValue();
    }

    private static long number(JsonObject json, String side, String figure) {
        return json.getJsonObject(side).getJsonObject("total").getJsonNumber(figure).longValue();
    }

    private static long byArea(JsonObject json, String side, String list, String key, String code, String figure) {
        return json.getJsonObject(side).getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString(key).equals(code)).findFirst().orElseThrow().getJsonNumber(figure).longValue();
    }

    private static JsonObject strict(String body) {
        return StrictJson.object(body);
    }

    /** A fresh answer (no-cache), never a copy the node kept from before the change. */
    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/+$", "") + path))
                .header("Cache-Control", "no-cache").build(), HttpResponse.BodyHandlers.ofString());
    }
}
