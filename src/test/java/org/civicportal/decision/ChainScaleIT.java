package org.civicportal.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.civicportal.testing.FacesClient;
import org.civicportal.testing.CountedRender;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestAccounts;
import org.civicportal.testing.TestServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chain and volunteering pages at a city's size: each sends a fixed number of SQL statements however many
 * rows it shows (the portal counts them itself: X-SQL-Statements, PORTAL_COUNT_STATEMENTS=true in failsafe).
 * <p>
 * The rows are written straight into the test database, dated where no other test looks: decisions and inputs
 * in 2020 (the end of every newest-first list), shifts from 2030 (the end of every soonest-first list), all in
 * one district and topic pair that the demo leaves empty for the small pages.
 */
class ChainScaleIT extends PortalIT {

    private static final int AUTHORS = 6;
    private static final int DECISIONS = 50;
    private static final int TASKS = 50;
    private static final Pattern CHAIN_CARD = Pattern.compile("class=\"card chain-card\"");
    private static final Pattern TASK_ROW = Pattern.compile("class=\"card\" data-task=\"");

    private static final List<Long> officials = new ArrayList<>();
    private static long district;
    private static long topic;
    private static long smallChain;
    private static long bigChain;
    private static long plainTask;
    private static long busyTask;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void aCitysWorthOfChains() throws SQLException {
        for (int i = 1; i <= AUTHORS; i++) {
            TestAccounts.create("scale-official-" + i + "@test.civicportal.org", "Scale Official " + i, "OFFICIAL");
            officials.add(Long.parseLong(TestAccounts.query("SELECT id FROM account WHERE email = ?",
                    "scale-official-" + i + "@test.civicportal.org")));
        }
        district = Long.parseLong(TestAccounts.query("SELECT id FROM district WHERE code = 'north'"));
        topic = Long.parseLong(TestAccounts.query("SELECT id FROM topic WHERE code = 'culture'"));
        long transport = Long.parseLong(TestAccounts.query("SELECT id FROM topic WHERE code = 'transport'"));
        try (var db = TestServers.connect()) {
            // Fifty chains, each with an update by a different official than the next (the API's size=50 page).
            var chains = new ArrayList<Long>();
            for (int i = 0; i < DECISIONS; i++) {
                long id = decision(db, "Scale chain " + i, transport, "PLANNED", i);
                chains.add(id);
                update(db, id, official(i), i, 1);
                version(db, id, 1, official(i), "created", "Scale chain " + i, i);
            }
            // The small chain: one credit, one update with one photo, one version, one shift held and thanked.
            smallChain = decision(db, "Scale chain with one of each", topic, "CANCELLED", 60);
            credit(db, smallChain, input(db, official(0), 60), official(0), 60);
            update(db, smallChain, official(0), 60, 1);
            version(db, smallChain, 1, official(0), "created", "Scale chain with one of each", 60);
            long heldOnce = task(db, smallChain, "Scale shift held once", "2020-03-01 09:00:00", 10, official(0));
            signup(db, heldOnce, official(1), true);
            // The big chain: credits, updates with photos and versions by every official, shifts past and coming.
            bigChain = decision(db, "Scale chain with many of each", transport, "IN_PROGRESS", 61);
            for (int i = 0; i < AUTHORS; i++) {
                credit(db, bigChain, input(db, official(i), 61 + i), official(i), 61 + i);
                update(db, bigChain, official(i), 61 + i, 3);
                version(db, bigChain, i + 1, official(i), "status", "PLANNED", 61 + i);
                version(db, bigChain, i + 1, official(i), "progress", String.valueOf(i * 10), 61 + i);
                long held = task(db, bigChain, "Scale shift held " + i, "2020-04-0" + (i + 1) + " 09:00:00", 10,
                        official(i));
                for (int j = 0; j < AUTHORS; j++) {
                    signup(db, held, official(j), true);
                }
                task(db, bigChain, "Scale shift coming " + i, "2030-02-0" + (i + 1) + " 09:00:00", 10, official(i));
            }
            // Upcoming shifts for /tasks and /api/v1/tasks, one of them alone after 2031.
            for (int i = 0; i < TASKS; i++) {
                long id = task(db, chains.get(i), "Scale shift " + i,
                        String.format("2030-03-%02d %02d:00:00", 1 + i / 10, 8 + i % 10), 10, official(i));
                skill(db, id, "CRAFTS");
                if (i % 2 == 0) {
                    skill(db, id, "OUTDOOR");
                }
            }
            plainTask = task(db, chains.get(0), "Scale shift alone in 2031", "2031-06-01 09:00:00", 10, official(0));
            skill(db, plainTask, "CRAFTS");
            busyTask = task(db, chains.get(1), "Scale shift with every skill", "2030-05-01 09:00:00", 20, official(1));
            for (var skill : List.of("OUTDOOR", "CARE", "TEACHING", "DIGITAL", "LANGUAGES", "DRIVING", "CRAFTS",
                    "ORGANISING")) {
                skill(db, busyTask, skill);
            }
            for (int j = 0; j < AUTHORS; j++) {
                signup(db, busyTask, official(j), false);
            }
        }
    }

    @Test
    void theChainListSendsAsManyStatementsForOneRowAsForAFullPage() throws Exception {
        var small = "/chains?district=" + district + "&topic=" + topic + "&status=CANCELLED";
        var smallPage = page(small);
        assertEquals(1, CHAIN_CARD.matcher(smallPage.body()).results().count(), "the filter keeps the one chain");
        var fullPage = page("/chains");
        assertEquals(20, CHAIN_CARD.matcher(fullPage.body()).results().count(), "a full page");
        assertEquals(smallPage.statements(), fullPage.statements(), "/chains: one row and twenty rows");
        for (var filtered : List.of("/chains?district=" + district, "/chains?topic=" + topic, "/chains?status=PLANNED",
                "/chains?district=" + district + "&status=PLANNED", "/chains?page=3", "/chains?page=400")) {
            assertEquals(fullPage.statements(), page(filtered).statements(), filtered);
        }
    }

    @Test
    void aChainPageSendsAsManyStatementsForOneCreditAsForMany() throws Exception {
        var small = page("/decisions/" + smallChain);
        var big = page("/decisions/" + bigChain);
        assertTrue(big.body().contains("Scale Official 6"), "the big chain shows every official's update");
        assertEquals(AUTHORS, Pattern.compile("data-input=\"").matcher(big.body()).results().count(), "its credits");
        assertEquals(small.statements(), big.statements(),
                "/decisions/{id}: 1 credit, update and shift vs 6 credits, 6 updates with 18 photos by 6 officials, "
                        + "12 versions and 12 shifts");
    }

    @Test
    void aFollowerSeesEitherChainWithTheSameNumberOfStatements() throws Exception {
        var email = TestAccounts.create("scale-follower@test.civicportal.org", "Scale Follower");
        for (var chain : List.of(smallChain, bigChain)) {
            TestAccounts.update("INSERT INTO chain_follower (decision_id, account_id, following, since) SELECT ?, id, "
                    + "TRUE, UTC_TIMESTAMP(6) FROM account WHERE email = ?", chain, email);
        }
        var follower = new FacesClient(base).signIn(email, TestAccounts.PASSWORD).http();
        var small = page(follower, "/decisions/" + smallChain);
        var big = page(follower, "/decisions/" + bigChain);
        assertTrue(big.body().contains("unfollow-button\""), "signed in, following the chain");
        assertEquals(small.statements(), big.statements(), "/decisions/{id} as a follower: one of each vs many");
    }

    @Test
    void theTaskListSendsAsManyStatementsForOneRowAsForAFullPageWhateverTheFilter() throws Exception {
        // Run first (ChainScaleIT alone), this test's first request would be the one that loads the node's
        // districts and topics (ReferenceData, two statements): a request before it does that.
        page("/tasks");
        var alone = page("/tasks?from=2031-01-01");
        assertEquals(1, TASK_ROW.matcher(alone.body()).results().count(), "only one shift after 2031");
        var full = page("/tasks");
        assertEquals(20, TASK_ROW.matcher(full.body()).results().count(), "a full page");
        assertEquals(alone.statements(), full.statements(), "/tasks: one row and twenty rows");
        for (var filtered : List.of("/tasks?skill=CRAFTS", "/tasks?places=true", "/tasks?district=" + district,
                "/tasks?from=2030-03-02", "/tasks?skill=OUTDOOR&places=true&district=" + district, "/tasks?page=3",
                "/tasks?page=400")) {
            assertEquals(full.statements(), page(filtered).statements(), filtered);
        }
    }

    @Test
    void aTaskPageAndItsCalendarSendAFixedNumberOfStatements() throws Exception {
        assertEquals(page("/tasks/" + plainTask).statements(), page("/tasks/" + busyTask).statements(),
                "/tasks/{id}: one skill and no sign-ups vs eight skills and six sign-ups");
        assertEquals(page("/tasks/" + plainTask + ".ics").statements(), page("/tasks/" + busyTask + ".ics").statements(),
                "/tasks/{id}.ics");
        var all = page("/tasks.ics");
        assertTrue(all.body().contains("Scale shift 49"), "every upcoming shift is in the calendar");
        assertEquals(1, all.statements(), "/tasks.ics reads its shifts in one statement");
    }

    @Test
    void theOpenDataSendAsManyStatementsForOneItemAsForFifty() throws Exception {
        var one = page("/api/v1/decisions?size=1&district=" + district);
        var fifty = page("/api/v1/decisions?size=50&district=" + district);
        assertEquals(1, json(one).getJsonArray("items").size());
        assertEquals(50, json(fifty).getJsonArray("items").size());
        assertEquals(one.statements(), fifty.statements(), "/api/v1/decisions: size=1 vs size=50");
        assertEquals(one.statements(), page("/api/v1/decisions/" + bigChain).statements() + 2,
                "a single decision: the page's reads without the list and its count");

        var oneTask = page("/api/v1/tasks?size=1");
        var fiftyTasks = page("/api/v1/tasks?size=50");
        assertEquals(1, json(oneTask).getJsonArray("items").size());
        assertEquals(50, json(fiftyTasks).getJsonArray("items").size());
        assertEquals(oneTask.statements(), fiftyTasks.statements(), "/api/v1/tasks: size=1 vs size=50");
    }

    @Test
    void theFeedReadsItsFiftyEntriesInTwoStatements() throws Exception {
        var feed = page("/feeds/chains.atom");
        assertEquals(50, Pattern.compile("<entry>").matcher(feed.body()).results().count(), feed.body());
        assertEquals(2, feed.statements(), "the newest decisions, then the newest updates with authors and chains");
    }

    /** A fresh render (never a cached copy: contract 2 of issue 10), and the statements it sent. */
    private CountedRender page(String path) throws Exception {
        return page(http, path);
    }

    private CountedRender page(HttpClient client, String path) throws Exception {
        return CountedRender.of(client, base, path);
    }

    private static JsonObject json(CountedRender rendered) {
        try (var reader = Json.createReader(new StringReader(rendered.body()))) {
            return reader.readObject();
        }
    }

    private static long official(int i) {
        return officials.get(i % AUTHORS);
    }

    /** A moment of early 2020, minutes apart, so the rows sort where no other test looks. */
    private static String in2020(int minute) {
        return String.format("2020-01-01 %02d:%02d:00", minute / 60, minute % 60);
    }

    private static long decision(Connection db, String title, long topicId, String status, int minute)
            throws SQLException {
        return insert(db, "INSERT INTO decision (title, summary, rationale, rationale_html, decided_on, department, "
                + "topic_id, district_id, impl_status, progress, credit_count, created_by, created_at, updated_at, "
                + "revision) VALUES (?, 'A chain for the scale test.', 'Why.', '<p>Why.</p>', '2020-01-01', 'Scale', "
                + "?, ?, ?, 0, 0, ?, ?, ?, 1)", title, topicId, district, status, official(0), in2020(minute),
                in2020(minute));
    }

    private static long input(Connection db, long author, int minute) throws SQLException {
        return insert(db, "INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, status, "
                + "awaiting, created_at, answered_at, answered_by, answer) VALUES (?, ?, 'An idea.', '<p>An idea.</p>', "
                + "?, ?, 'INCORPORATED', FALSE, '2019-12-01 10:00:00', '2019-12-02 10:00:00', ?, 'Thanks.')",
                author, "Scale input " + minute, topic, district, author);
    }

    private static void credit(Connection db, long decisionId, long inputId, long by, int minute) throws SQLException {
        insert(db, "INSERT INTO decision_credit (decision_id, input_id, how, credited_by, credited_at) "
                + "VALUES (?, ?, 'It shaped the scale test.', ?, ?)", decisionId, inputId, by, in2020(minute));
        insert(db, "UPDATE decision SET credit_count = credit_count + 1 WHERE id = ?", decisionId);
    }

    private static void update(Connection db, long decisionId, long author, int minute, int photos)
            throws SQLException {
        long id = insert(db, "INSERT INTO implementation_update (decision_id, body, body_html, photo_caption, author_id, "
                + "created_at) VALUES (?, 'Work goes on.', '<p>Work goes on.</p>', 'The site', ?, ?)", decisionId,
                author, in2020(minute));
        for (int i = 0; i < photos; i++) {
            insert(db, "INSERT INTO update_photo (update_id, file_name, content_type, size_bytes, position) "
                    + "VALUES (?, ?, 'image/jpeg', 1000, ?)", id, "scale-" + id + "-" + i + ".jpg", i);
        }
    }

    private static void version(Connection db, long decisionId, int revision, long by, String field, String value,
            int minute) throws SQLException {
        insert(db, "INSERT INTO decision_version (decision_id, revision, changed_by, changed_at, field, new_value) "
                + "VALUES (?, ?, ?, ?, ?, ?)", decisionId, revision, by, in2020(minute), field, value);
    }

    private static long task(Connection db, long decisionId, String title, String startsAt, int capacity, long by)
            throws SQLException {
        return insert(db, "INSERT INTO task (decision_id, title, description, description_html, place, starts_at, "
                + "ends_at, capacity, contact, created_by, created_at) VALUES (?, ?, 'Help out.', '<p>Help out.</p>', "
                + "'Scale Park', ?, ? + INTERVAL 2 HOUR, ?, 'scale@test.civicportal.org', ?, '2020-01-01 00:00:00')",
                decisionId, title, startsAt, startsAt, capacity, by);
    }

    private static void skill(Connection db, long taskId, String skill) throws SQLException {
        insert(db, "INSERT INTO task_skill (task_id, skill) VALUES (?, ?)", taskId, skill);
    }

    /** A confirmed place; a past shift's is attended and thanked in public. */
    private static void signup(Connection db, long taskId, long account, boolean held) throws SQLException {
        insert(db, held
                ? "INSERT INTO signup (task_id, account_id, status, created_at, attendance, hours, recorded_at, thanks, "
                        + "thanks_public, thanked_at) VALUES (?, ?, 'CONFIRMED', '2020-01-01 00:00:00', 'ATTENDED', 2, "
                        + "'2020-05-01 00:00:00', 'Thank you for coming.', TRUE, '2020-05-01 00:00:00')"
                : "INSERT INTO signup (task_id, account_id, status, created_at) VALUES (?, ?, 'CONFIRMED', "
                        + "'2020-01-01 00:00:00')", taskId, account);
        insert(db, "UPDATE task SET confirmed_count = confirmed_count + 1 WHERE id = ?", taskId);
    }

    private static long insert(Connection db, String sql, Object... values) throws SQLException {
        try (var statement = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
            try (var keys = statement.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }
}
