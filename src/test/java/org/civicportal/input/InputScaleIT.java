package org.civicportal.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.regex.Pattern;
import org.civicportal.testing.CountedRender;
import org.civicportal.testing.FacesClient;
import org.civicportal.testing.OpenData;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestAccounts;
import org.civicportal.testing.TestInputs;
import org.civicportal.testing.TestServers;
import org.junit.jupiter.api.Test;

/**
 * The input pages at a city's size: each page sends a fixed number of SQL statements, however many rows it
 * shows (counted by the portal itself, X-SQL-Statements, with PORTAL_COUNT_STATEMENTS=true in failsafe), and a
 * list's count stops at 10,000.
 */
class InputScaleIT extends PortalIT {

    private static final Pattern CARD = Pattern.compile("<li class=\"card\"");

    private final HttpClient visitor = HttpClient.newHttpClient();

    private record Render(int statements, String body) {
        int cards() {
            return (int) CARD.matcher(body).results().count();
        }
    }

    /** A fresh render (never a cached copy: contract 2 of issue 10) with the statements it sent. */
    private Render render(HttpClient client, String path) throws Exception {
        var page = CountedRender.of(client, base, path);
        return new Render(page.statements(), page.body());
    }

    /**
     * A warm render's statements: the fewer of two renders, since any request may be the one that refreshes
     * the node's districts and topics (ReferenceData, every ten minutes).
     */
    private int statements(HttpClient client, String path) throws Exception {
        return Math.min(render(client, path).statements(), render(client, path).statements());
    }

    /** Inputs whose title carries the given word, by the resident, in one statement. */
    private static void inputsTitled(String word, int howMany) {
        TestAccounts.update("INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, status, "
                + "awaiting, support_count, created_at) SELECT a.id, CONCAT('Lamp ', ?, ' ', s.seq), 'About the lamps.', "
                + "'<p>About the lamps.</p>', (SELECT MIN(id) FROM topic), (SELECT MIN(id) FROM district), 'SUBMITTED', "
                + "TRUE, s.seq MOD 7, UTC_TIMESTAMP(6) - INTERVAL s.seq MINUTE FROM account a JOIN seq_1_to_" + howMany
                + " s WHERE a.email = ?", word, TestAccounts.RESIDENT);
    }

    private static int queueRows(String page) {
        return (int) Pattern.compile("<li class=\"card queue-item\"").matcher(page).results().count();
    }

    private static int visibleInputs() {
        return Integer.parseInt(TestAccounts.query("SELECT COUNT(*) FROM input WHERE hidden = FALSE"));
    }

    /** Adds inputs until the last page of /inputs shows exactly one; returns that page's number. */
    private static int lastPageOfOne(String word) {
        int missing = (21 - visibleInputs() % 20) % 20;
        if (missing > 0) {
            inputsTitled(word, missing);
        }
        assertEquals(1, visibleInputs() % 20);
        return visibleInputs() / 20 + 1;
    }

    @Test
    void everyResponseSaysHowManyStatementsItSent() throws Exception {
        assertTrue(render(visitor, "/inputs").statements() > 0, "the list reads inputs from the database");
        assertEquals(0, render(visitor, "/favicon.ico").statements(), "a static file reads nothing");
    }

    @Test
    void theInputListSendsAsManyStatementsForOneRowAsForTwenty() throws Exception {
        inputsTitled("zqxmanylamp", 25);
        inputsTitled("zqxonelamp", 1);
        int last = lastPageOfOne("zqxfiller");

        for (var order : new String[] {"NEWEST", "MOST_SUPPORTED", "LONGEST_WAITING"}) {
            var full = render(visitor, "/inputs?sort=" + order);
            var one = render(visitor, "/inputs?sort=" + order + "&page=" + last);
            assertEquals(20, full.cards(), order);
            assertEquals(1, one.cards(), order + ", page " + last);
            assertEquals(statements(visitor, "/inputs?sort=" + order + "&page=" + last),
                    statements(visitor, "/inputs?sort=" + order), order + ": 1 row vs 20 rows");
        }
        int list = statements(visitor, "/inputs");
        assertTrue(list <= 2, "a list is its page and its count, districts and topics come from the cache: " + list);

        assertEquals(20, render(visitor, "/inputs?q=zqxmanylamp").cards());
        assertEquals(1, render(visitor, "/inputs?q=zqxonelamp").cards());
        assertEquals(statements(visitor, "/inputs?q=zqxonelamp"), statements(visitor, "/inputs?q=zqxmanylamp"));
        assertEquals(list, statements(visitor, "/inputs?q=zqxmanylamp&sort=MOST_SUPPORTED&page=2"), "text search");
        assertEquals(list, statements(visitor, "/inputs?status=SUBMITTED&topic=1&district=1"), "filters");
        assertEquals(list, statements(visitor, "/inputs?page=400"), "a deep page, past the last");
    }

    @Test
    void anInputsPageSendsAsManyStatementsWithManySupportsAndCreditsAsWithNone() throws Exception {
        long quiet = TestInputs.create(TestAccounts.RESIDENT, "Scale quiet input", "SUBMITTED");
        long busy = TestInputs.create(TestAccounts.RESIDENT, "Scale busy input", "ANSWERED");
        TestAccounts.update("INSERT INTO account (email, display_name, password_hash, language, monthly_update_opt_in, "
                + "created_at) SELECT CONCAT('scale-supporter-', s.seq, '@example.org'), CONCAT('Supporter ', s.seq), "
                + "'x', 'en', FALSE, UTC_TIMESTAMP(6) FROM seq_1_to_30 s");
        TestAccounts.update("INSERT INTO input_support (input_id, account_id, created_at) SELECT ?, id, UTC_TIMESTAMP(6) "
                + "FROM account WHERE email LIKE 'scale-supporter-%'", busy);
        TestAccounts.update("UPDATE input SET support_count = 30 WHERE id = ?", busy);
        TestAccounts.update("INSERT INTO decision (title, summary, rationale, rationale_html, decided_on, department, "
                + "topic_id, district_id, created_by, created_at, updated_at, credit_count) SELECT CONCAT('Scale decision ', "
                + "s.seq), 'Lamps.', 'Lamps.', '<p>Lamps.</p>', CURRENT_DATE, 'Streets', (SELECT MIN(id) FROM topic), "
                + "(SELECT MIN(id) FROM district), a.id, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), 1 FROM account a "
                + "JOIN seq_1_to_25 s WHERE a.email = ?", TestAccounts.STAFF);
        TestAccounts.update("INSERT INTO decision_credit (decision_id, input_id, how, credited_by, credited_at) "
                + "SELECT d.id, ?, 'It set the lamps.', d.created_by, UTC_TIMESTAMP(6) FROM decision d "
                + "WHERE d.title LIKE 'Scale decision %'", busy);

        var busyPage = render(visitor, "/inputs/" + busy);
        assertTrue(busyPage.body().contains("Scale decision 25"), "the busy input shows its chains");
        assertEquals(statements(visitor, "/inputs/" + quiet), statements(visitor, "/inputs/" + busy),
                "no supports and no chains vs 30 supports and 25 chains");

        var resident = new FacesClient(base).signIn(TestAccounts.RESIDENT, TestAccounts.PASSWORD).http();
        assertEquals(statements(resident, "/inputs/" + quiet), statements(resident, "/inputs/" + busy),
                "signed in as a resident");
    }

    @Test
    void theApiSendsAsManyStatementsForOneItemAsForFifty() throws Exception {
        inputsTitled("zqxapilamp", 55);
        // Each answered by an official of its own: an account's roles must not be read for each official shown.
        TestAccounts.update("INSERT INTO account (email, display_name, password_hash, language, monthly_update_opt_in, "
                + "created_at) SELECT CONCAT('scale-official-', s.seq, '@example.org'), CONCAT('Official ', s.seq), "
                + "'x', 'en', FALSE, UTC_TIMESTAMP(6) FROM seq_1_to_55 s");
        TestAccounts.update("INSERT INTO account_role (account_id, role) SELECT id, 'OFFICIAL' FROM account "
                + "WHERE email LIKE 'scale-official-%@example.org'");
        TestAccounts.update("UPDATE input i JOIN account a ON a.email = CONCAT('scale-official-', "
                + "SUBSTRING_INDEX(i.title, ' ', -1), '@example.org') SET i.status = 'ANSWERED', i.awaiting = FALSE, "
                + "i.answered_by = a.id, i.answered_at = UTC_TIMESTAMP(6), i.answer = 'Yes.' "
                + "WHERE i.title LIKE 'Lamp zqxapilamp %'");
        var api = new OpenData(base);
        assertEquals(50, api.json("/api/v1/inputs?size=50").getJsonArray("items").size());
        assertEquals(statements(visitor, "/api/v1/inputs?size=1"), statements(visitor, "/api/v1/inputs?size=50"));
        assertEquals(statements(visitor, "/api/v1/inputs?size=1&q=zqxapilamp&sort=MOST_SUPPORTED"),
                statements(visitor, "/api/v1/inputs?size=50&q=zqxapilamp&sort=MOST_SUPPORTED"));
    }

    @Test
    void signedInPagesSendAsManyStatementsForFewRowsAsForMany() throws Exception {
        var few = TestAccounts.create("scale-few@example.org", "Few Inputs");
        var many = TestAccounts.create("scale-many@example.org", "Many Inputs");
        TestInputs.create(few, "Scale few 1", "SUBMITTED");
        for (int i = 1; i <= 25; i++) {
            TestInputs.create(many, "Scale many " + i, i % 2 == 0 ? "ANSWERED" : "SUBMITTED");
        }
        var fewClient = new FacesClient(base).signIn(few, TestAccounts.PASSWORD).http();
        var manyClient = new FacesClient(base).signIn(many, TestAccounts.PASSWORD).http();
        assertTrue(render(manyClient, "/me").body().contains("Scale many 25"));
        // The session's credentials check, the roles (once: the profile reuses them), the account, its inputs, the
        // followed chains (one bounded page) and whether the address is suppressed.
        assertEquals(6, statements(fewClient, "/me"), "/me reads the roles once");
        assertEquals(statements(fewClient, "/me"), statements(manyClient, "/me"), "/me with 1 input vs 25");
        assertEquals(statements(fewClient, "/inputs"), statements(manyClient, "/inputs"));
        // A signed-in request checks the session's credentials generation and reads the roles, each once.
        assertEquals(statements(visitor, "/inputs") + 2, statements(fewClient, "/inputs"), "a resident's list");
        assertEquals(statements(visitor, "/") + 2, statements(fewClient, "/"), "the home page");
        assertEquals(0, statements(visitor, "/"), "the home page reads no data for a visitor");

        var official = TestAccounts.create("scale-official@example.org", "Scale Official", "OFFICIAL");
        var officialClient = new FacesClient(base).signIn(official, TestAccounts.PASSWORD).http();
        int last = lastPageOfOne("zqxqueue");
        assertEquals(20, queueRows(render(officialClient, "/admin/inputs?sort=NEWEST").body()));
        assertEquals(1, queueRows(render(officialClient, "/admin/inputs?sort=NEWEST&page=" + last).body()));
        assertEquals(statements(officialClient, "/admin/inputs?sort=NEWEST&page=" + last),
                statements(officialClient, "/admin/inputs?sort=NEWEST"), "the queue: 1 row vs 20 rows");
    }

    /** A render as a browser asks for it (no Cache-Control): kept figures may answer. */
    private Render warmRender(HttpClient client, String path) throws Exception {
        var response = client.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/+$", "") + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return new Render(Integer.parseInt(response.headers().firstValue("X-SQL-Statements").orElseThrow()),
                response.body());
    }

    @Test
    void theQueueKeepsItsTotalAFewSecondsAndCountsAgainAfterAnAnswer() throws Exception {
        var official = TestAccounts.create("kept-total-official@example.org", "Kept Total Official", "OFFICIAL");
        var faces = new FacesClient(base).signIn(official, TestAccounts.PASSWORD);
        var path = "/admin/inputs?q=zqxkepttotal";
        inputsTitled("zqxkepttotal", 3);
        assertTrue(render(faces.http(), path).body().contains("Page 1 of 1 (3 in all)"));
        // The fewer of two renders each: any request may be the one that refreshes the node's districts and topics.
        int fresh = statements(faces.http(), path);
        int warm = Math.min(warmRender(faces.http(), path).statements(), warmRender(faces.http(), path).statements());
        assertEquals(fresh - 1, warm, "a render as browsers ask for it reuses the total of the same filter");
        // Rows written behind the portal's back (as another node would write them): the kept total answers.
        inputsTitled("zqxkepttotal", 2);
        var kept = warmRender(faces.http(), path);
        assertTrue(kept.body().contains("Page 1 of 1 (3 in all)"), kept.body());
        // An answer on this node forgets every kept total: the next render counts again.
        assertEquals(302, faces.postFirst(path, "queue", "items:0:answer",
                java.util.Map.of("items:0:text", "Counted again after this answer.")).statusCode());
        var after = warmRender(faces.http(), path);
        assertTrue(after.body().contains("Page 1 of 1 (5 in all)"), after.body());
    }

    @Test
    void aListOfMoreThanTenThousandSaysSoInBothLanguages() throws Exception {
        try {
            inputsTitled("zqxcitylamp", 10_050);
            var english = render(visitor, "/inputs?q=zqxcitylamp").body();
            assertTrue(english.contains("Page 1 of 500 (more than 10,000 in all)"), english);
            var spanish = HttpClient.newBuilder().build().send(HttpRequest.newBuilder(URI.create(
                    base.toString().replaceAll("/+$", "") + "/inputs?q=zqxcitylamp"))
                    .header("Accept-Language", "es").header("Cache-Control", "no-cache").build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(spanish.contains("Página 1 de 500 (más de 10.000 en total)"), spanish);
            assertTrue(render(visitor, "/inputs?q=zqxcitylamp&page=500").cards() > 0, "the last page offered");
            assertEquals(0, render(visitor, "/inputs?q=zqxcitylamp&page=501").cards(), "none past it");
            var api = new OpenData(base).json("/api/v1/inputs?q=zqxcitylamp&size=1");
            assertEquals(10_000, api.getInt("total"));
            assertTrue(api.getBoolean("totalIsMinimum"), api.toString());
        } finally {
            remove("zqxcitylamp");
        }
    }

    private static void remove(String word) throws SQLException {
        try (var connection = TestServers.connect(); var delete = connection.prepareStatement(
                "DELETE FROM input WHERE title LIKE ?")) {
            delete.setString(1, "Lamp " + word + " %");
            delete.executeUpdate();
        }
    }
}
