package org.civicportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestAccounts;
import org.civicportal.testing.TestServers;
import org.junit.jupiter.api.Test;

/**
 * An open-data client walks a whole list with ?after= (the next value of each answer): every row once, in the
 * list's order, past the 10,000th where numbered pages stop; a deep page sends as many SQL statements
 * (X-SQL-Statements, PORTAL_COUNT_STATEMENTS=true in failsafe) as the first; a bad cursor is a 400.
 */
class OpenDataCursorIT extends PortalIT {

    private final HttpClient client = HttpClient.newHttpClient();

    private record Answer(int status, String type, int statements, String body) {
        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    /** A fresh answer (Cache-Control: no-cache: contract 2 of issue 10) with the statements it sent. */
    private Answer get(String path) throws Exception {
        var response = client.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/+$", "") + path))
                .header("Cache-Control", "no-cache").build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                Integer.parseInt(response.headers().firstValue("X-SQL-Statements").orElse("-1")), response.body());
    }

    /** A warm answer's statements: the fewer of two (any request may refresh the node's reference data). */
    private int statements(String path) throws Exception {
        var first = get(path);
        assertEquals(200, first.status(), path + ": " + first.body());
        return Math.min(first.statements(), get(path).statements());
    }

    private record Walk(List<Long> ids, List<String> cursors) {
    }

    /** Every item of a list, read by cursor from an empty after= on, size at a time. */
    private Walk walk(String list, String filter, int size) throws Exception {
        var ids = new ArrayList<Long>();
        var cursors = new ArrayList<String>();
        String after = "";
        while (after != null) {
            var answer = get(list + "?" + filter + "&size=" + size + "&after=" + URLEncoder.encode(after,
                    StandardCharsets.UTF_8));
            assertEquals(200, answer.status(), answer.body());
            var page = answer.json();
            assertFalse(page.containsKey("page"), "an answer read by cursor has no page number: " + page);
            page.getJsonArray("items").forEach(item -> ids.add(item.asJsonObject().getJsonNumber("id").longValue()));
            after = page.containsKey("next") ? page.getString("next") : null;
            if (after != null) {
                assertEquals(size, page.getJsonArray("items").size(), "only the last page is short");
                cursors.add(after);
            }
        }
        return new Walk(ids, cursors);
    }

    private static List<Long> ids(String sql, Object... values) throws SQLException {
        try (var db = TestServers.connect(); var query = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                query.setObject(i + 1, values[i]);
            }
            var ids = new ArrayList<Long>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    private static int update(String sql, Object... values) throws SQLException {
        try (var db = TestServers.connect(); var statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        }
    }

    /** Decisions in progress, made by staff in one statement; title and createdAt are SQL over s.seq. */
    private static void decisions(String title, int count, long topic, long district, String createdAt) {
        TestAccounts.update("INSERT INTO decision (title, summary, rationale, rationale_html, decided_on, department, "
                + "topic_id, district_id, impl_status, progress, credit_count, created_by, created_at, updated_at, "
                + "revision) SELECT " + title + ", 'A chain.', 'Why.', '<p>Why.</p>', '2020-01-01', 'Cursor', ?, ?, "
                + "'IN_PROGRESS', 10, 0, a.id, " + createdAt + ", TIMESTAMP'2020-02-01 12:00:00', 1 FROM account a "
                + "JOIN seq_1_to_" + count + " s WHERE a.email = ?", topic, district, TestAccounts.STAFF);
    }

    /** The API refuses a cursor it did not give for this list, with problem details naming the parameter. */
    private void refused(String path) throws Exception {
        var answer = get(path);
        assertEquals(400, answer.status(), path + ": " + answer.body());
        assertTrue(answer.type().startsWith("application/problem+json"), path + ": " + answer.type());
        assertEquals(400, answer.json().getInt("status"), answer.body());
        assertTrue(answer.json().getString("detail").contains("after"), answer.body());
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private void badCursorsAreRefused(String list, String filter, String realCursor, String otherListsCursor)
            throws Exception {
        var path = list + "?" + filter + "&after=";
        refused(path + "not-a-cursor%21");
        refused(path + "%25%25%25");
        refused(path + realCursor.substring(0, realCursor.length() - 3));
        refused(path + base64("inputs:1600000000:0:5:zz"));
        refused(path + base64("x:y:z"));
        // The checksum holds the position: a changed id, with the old checksum, is refused.
        var text = new String(Base64.getUrlDecoder().decode(realCursor), StandardCharsets.UTF_8).split(":");
        refused(path + base64(text[0] + ":" + text[1] + ":" + text[2] + ":" + (Long.parseLong(text[3]) + 1) + ":"
                + text[4]));
        refused(path + otherListsCursor);
        refused(list + "?" + filter + "&page=2&after=" + realCursor);
    }

    @Test
    void aCursorWalksEveryInputOfAFilterPastTheTenThousandthOnceAndInOrder() throws Exception {
        long district = Long.parseLong(TestAccounts.query("SELECT MAX(id) FROM district"));
        long topic = Long.parseLong(TestAccounts.query("SELECT MAX(id) FROM topic"));
        try {
            // 10,050 in one statement; pairs share a created_at to the microsecond, so the id decides their order.
            TestAccounts.update("INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, status, "
                    + "awaiting, support_count, created_at) SELECT a.id, CONCAT('Lamp zqxcursorlamp ', s.seq), "
                    + "'About the lamps.', '<p>About the lamps.</p>', ?, ?, 'DECLINED', FALSE, s.seq MOD 7, "
                    + "TIMESTAMP'2021-03-01 12:00:00' - INTERVAL (s.seq DIV 2) SECOND - INTERVAL (s.seq MOD 3) "
                    + "MICROSECOND FROM account a JOIN seq_1_to_10050 s WHERE a.email = ?", topic, district,
                    TestAccounts.RESIDENT);
            var filter = "status=DECLINED&district=" + district;
            var expected = ids("SELECT id FROM input WHERE hidden = FALSE AND status = 'DECLINED' AND district_id = ? "
                    + "ORDER BY created_at DESC, id DESC", district);
            assertTrue(expected.size() > 10_000, "the filter matches " + expected.size());

            var walk = walk("/api/v1/inputs", filter, 100);
            assertEquals(expected, walk.ids(), "every input once, newest first");

            var first = get("/api/v1/inputs?" + filter + "&size=100").json();
            assertEquals(1, first.getInt("page"), "the page form keeps working");
            assertTrue(first.getBoolean("totalIsMinimum"), first.toString());
            assertEquals(walk.cursors().get(0), first.getString("next"), "page 1 starts a walk too");
            var last = get("/api/v1/inputs?" + filter + "&size=100&page=100").json();
            assertEquals(100, last.getJsonArray("items").size(), "the 10,000th row is on page 100");
            assertEquals(walk.cursors().get(99), last.getString("next"), "and the walk reads on past it");
            assertEquals(0, get("/api/v1/inputs?" + filter + "&size=100&page=101").json().getJsonArray("items")
                    .size(), "numbered pages still stop at 10,000");

            var deep = walk.cursors().get(walk.cursors().size() - 1);
            assertEquals(statements("/api/v1/inputs?" + filter + "&size=20&after="),
                    statements("/api/v1/inputs?" + filter + "&size=20&after=" + deep),
                    "a page past the 10,000th row sends as many statements as the first");
            assertEquals(statements("/api/v1/inputs?" + filter + "&size=20"),
                    statements("/api/v1/inputs?" + filter + "&size=20&after=" + deep), "as a numbered page");

            // A text search reads its first 10,001 matches only, so it is not walked by cursor; and it filters
            // before it stops: five later matches of another district are all found behind the 10,050.
            var search = get("/api/v1/inputs?q=zqxcursorlamp&after=");
            assertEquals(400, search.status(), search.body());
            assertTrue(search.json().getString("detail").contains("(q)"), search.body());
            TestAccounts.update("INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, status, "
                    + "awaiting, support_count, created_at) SELECT a.id, CONCAT('Lamp zqxcursorlamp late ', s.seq), "
                    + "'About the lamps.', '<p>About the lamps.</p>', ?, (SELECT MIN(id) FROM district), 'DECLINED', "
                    + "FALSE, 0, TIMESTAMP'2021-03-01 12:00:00' FROM account a JOIN seq_1_to_5 s WHERE a.email = ?",
                    topic, TestAccounts.RESIDENT);
            var late = get("/api/v1/inputs?q=zqxcursorlamp&size=100&district="
                    + TestAccounts.query("SELECT MIN(id) FROM district")).json();
            assertEquals(5, late.getJsonArray("items").size(), late.toString());
            assertEquals(5, late.getInt("total"), late.toString());
            assertFalse(late.getBoolean("totalIsMinimum"), late.toString());

            var decisionCursor = get("/api/v1/decisions?size=1").json().getString("next");
            badCursorsAreRefused("/api/v1/inputs", filter, deep, decisionCursor);
            var sorted = get("/api/v1/inputs?sort=MOST_SUPPORTED&after=" + deep);
            assertEquals(400, sorted.status(), sorted.body());
            assertTrue(sorted.json().getString("detail").contains("NEWEST"), sorted.body());
        } finally {
            update("DELETE FROM input WHERE title LIKE 'Lamp zqxcursorlamp %'");
        }
    }

    @Test
    void aCursorWalksEveryDecisionOfAFilterOnceAndInOrder() throws Exception {
        long district = Long.parseLong(TestAccounts.query("SELECT MAX(id) FROM district"));
        long topic = Long.parseLong(TestAccounts.query("SELECT MIN(id) FROM topic"));
        try {
            // The same code path as inputs (ListRequest, Keyset): 250 decisions, in pairs sharing a created_at.
            decisions("CONCAT('Cursor decision ', s.seq)", 250, topic, district,
                    "TIMESTAMP'2020-02-01 12:00:00' - INTERVAL (s.seq DIV 2) MINUTE");
            var filter = "district=" + district + "&topic=" + topic + "&status=IN_PROGRESS";
            var expected = ids("SELECT id FROM decision WHERE district_id = ? AND topic_id = ? AND impl_status = "
                    + "'IN_PROGRESS' ORDER BY created_at DESC, id DESC", district, topic);
            assertTrue(expected.size() >= 250);

            var walk = walk("/api/v1/decisions", filter, 7);
            assertEquals(expected, walk.ids(), "every decision once, newest first");
            assertEquals(walk.cursors().get(0), get("/api/v1/decisions?" + filter + "&size=7").json()
                    .getString("next"));
            var deep = walk.cursors().get(walk.cursors().size() - 1);
            assertEquals(statements("/api/v1/decisions?" + filter + "&size=7&after="),
                    statements("/api/v1/decisions?" + filter + "&size=7&after=" + walk.cursors().get(30)),
                    "a deep page sends as many statements as the first");
            assertEquals(statements("/api/v1/decisions?" + filter + "&size=7"),
                    statements("/api/v1/decisions?" + filter + "&size=7&after=" + walk.cursors().get(30)));
            badCursorsAreRefused("/api/v1/decisions", filter, deep,
                    get("/api/v1/inputs?size=1").json().getString("next"));
        } finally {
            update("DELETE FROM decision WHERE title LIKE 'Cursor decision %'");
        }
    }

    @Test
    void aCursorWalksEveryUpcomingTaskOfAFilterOnceAndInOrder() throws Exception {
        long district = Long.parseLong(TestAccounts.query("SELECT MAX(id) FROM district"));
        try {
            decisions("'Cursor task decision'", 1, Long.parseLong(TestAccounts.query("SELECT MIN(id) FROM topic")),
                    district, "TIMESTAMP'2020-01-01 00:00:00'");
            long decision = Long.parseLong(TestAccounts.query("SELECT id FROM decision WHERE title = "
                    + "'Cursor task decision'"));
            // 250 shifts in 2031, in pairs starting at the same moment, so the id decides their order.
            TestAccounts.update("INSERT INTO task (decision_id, title, description, description_html, place, "
                    + "starts_at, ends_at, capacity, contact, created_by, created_at) SELECT ?, CONCAT('Cursor shift ', "
                    + "s.seq), 'Help out.', '<p>Help out.</p>', 'Cursor Park', TIMESTAMP'2031-05-01 08:00:00' + "
                    + "INTERVAL (s.seq DIV 2) HOUR, TIMESTAMP'2031-05-01 10:00:00' + INTERVAL (s.seq DIV 2) HOUR, 5, "
                    + "'cursor@test.civicportal.org', a.id, '2020-01-01 00:00:00' FROM account a "
                    + "JOIN seq_1_to_250 s WHERE a.email = ?", decision, TestAccounts.STAFF);
            var filter = "district=" + district;
            var expected = ids("SELECT t.id FROM task t JOIN decision d ON d.id = t.decision_id WHERE t.cancelled = "
                    + "FALSE AND t.starts_at > UTC_TIMESTAMP(6) AND d.district_id = ? ORDER BY t.starts_at, t.id",
                    district);
            assertTrue(expected.size() >= 250);

            var walk = walk("/api/v1/tasks", filter, 7);
            assertEquals(expected, walk.ids(), "every upcoming task once, soonest first");
            assertEquals(walk.cursors().get(0), get("/api/v1/tasks?" + filter + "&size=7").json().getString("next"));
            var deep = walk.cursors().get(30);
            assertEquals(statements("/api/v1/tasks?" + filter + "&size=7&after="),
                    statements("/api/v1/tasks?" + filter + "&size=7&after=" + deep),
                    "a deep page sends as many statements as the first");
            assertEquals(statements("/api/v1/tasks?" + filter + "&size=7"),
                    statements("/api/v1/tasks?" + filter + "&size=7&after=" + deep));
            var inputCursor = get("/api/v1/inputs?size=1").json();
            assertNotNull(inputCursor.getString("next"));
            badCursorsAreRefused("/api/v1/tasks", filter, deep, inputCursor.getString("next"));
        } finally {
            update("DELETE FROM task WHERE title LIKE 'Cursor shift %'");
            update("DELETE FROM decision WHERE title = 'Cursor task decision'");
        }
    }
}
