package org.civicportal.platform.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.civicportal.platform.time.Quarter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The city dataset at a thousandth of its size, loaded by the command line's own code path into a MariaDB of
 * its own under target/ (never the shared test database): the rows are there in the proportions of the full
 * dataset, the consistency checks find nothing, a second load is refused, and a corrupted counter is reported;
 * the ledger is filled by the rebuild, --rebuild-ledger then finds nothing, and lists and repairs corrupted rows.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CityDatasetIT {

    private static EmbeddedDatabase database;
    private static Map<String, String> env;

    @BeforeAll
    static void ownDatabase() throws Exception {
        var data = Path.of("target", "city-dataset-it", UUID.randomUUID().toString()).toAbsolutePath();
        Files.createDirectories(data);
        database = EmbeddedDatabase.start(data, 0);
        // PORTAL_DB_URL: the command works on that database as the configured user, as it would on a server,
        // once PORTAL_DEMO_DATA=true says the database is one for demonstrations.
        env = Map.of("PORTAL_DB_URL", database.jdbcUrl(), "PORTAL_DB_USER", database.accounts().ownerUser(),
                "PORTAL_DB_PASSWORD", database.accounts().ownerPassword(), "PORTAL_DATA_DIR", data.toString(),
                "PORTAL_DEMO_DATA", "true");
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    @Order(0)
    void refusesAnExternalDatabaseNotMarkedAsADemo() throws Exception {
        var real = new java.util.HashMap<>(env);
        real.remove("PORTAL_DEMO_DATA");
        for (var command : new String[] {"--city-dataset", "--ledger-dataset"}) {
            var output = new ByteArrayOutputStream();
            int exit = CityDataset.run(new String[] {command, "--scale=0.001"}, real,
                    new PrintStream(output, true, StandardCharsets.UTF_8));
            var said = output.toString(StandardCharsets.UTF_8);
            assertEquals(1, exit, command + ": " + said);
            assertTrue(said.contains("PORTAL_DEMO_DATA=true"), said);
        }
        try (var db = connect(); var rows = db.createStatement().executeQuery(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()")) {
            rows.next();
            assertEquals(0, rows.getLong(1), "nothing was created or loaded, not even the demo accounts");
        }
    }

    @Test
    @Order(1)
    void loadsAThousandthOfTheCityOnTopOfTheDemoWithNoInconsistencies() throws Exception {
        var run = run("--city-dataset", "--scale=0.001");

        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("City dataset loaded in"), run.output());
        assertTrue(run.output().lines().anyMatch(l -> l.equals("0 inconsistencies")), run.output());
        try (var db = connect()) {
            assertEquals(1000, count(db, "SELECT COUNT(*) FROM account WHERE email LIKE '%@city.example'"));
            assertEquals(15, count(db, "SELECT COUNT(*) FROM account WHERE email LIKE '%@demo.civicportal.org'"),
                    "the demo data stays and comes first");
            assertEquals(2, count(db, "SELECT COUNT(*) FROM account a JOIN account_role r ON r.account_id = a.id "
                    + "WHERE a.email LIKE 'official%@city.example' AND r.role = 'OFFICIAL'"));
            long demoInputs = 72;
            assertEquals(demoInputs + 100, count(db, "SELECT COUNT(*) FROM input"));
            assertEquals(1000, byCity(db, "input_support", "account_id"));
            assertEquals(20, byCity(db, "decision", "created_by"));
            assertEquals(40, byCity(db, "decision_credit", "credited_by"));
            assertEquals(60, byCity(db, "implementation_update", "author_id"));
            assertEquals(20, byCity(db, "task", "created_by"));
            assertEquals(80, byCity(db, "signup", "account_id"));
            // what benchmarks and pages need to find in it
            assertTrue(count(db, "SELECT MAX(support_count) FROM input") >= 20, "a few inputs with many supports");
            assertEquals(40, count(db, "SELECT COUNT(*) FROM input i JOIN account a ON a.id = i.author_id "
                    + "WHERE a.email LIKE '%@city.example' AND i.status = 'INCORPORATED'"));
            assertTrue(count(db, "SELECT COUNT(*) FROM task WHERE confirmed_count = capacity AND EXISTS "
                    + "(SELECT 1 FROM signup s WHERE s.task_id = task.id AND s.status = 'WAITLISTED')") > 0,
                    "full tasks with a waitlist");
            assertTrue(count(db, "SELECT COUNT(*) FROM signup WHERE hours IS NOT NULL AND account_id > 15") > 0,
                    "past shifts with hours");
            assertTrue(count(db, "SELECT COUNT(*) FROM task WHERE starts_at > UTC_TIMESTAMP() AND id > 10") > 0,
                    "upcoming shifts");
            assertEquals(4, count(db, "SELECT COUNT(DISTINCT impl_status) FROM decision WHERE id > 6"));
            assertTrue(byCity(db, "chain_follower", "account_id") >= 40, "authors and supporters follow credited chains");
            // the ledger is filled from the records (demo and city), as the portal's observers would have written it
            assertEquals(count(db, "SELECT COUNT(*) FROM input"),
                    count(db, "SELECT COUNT(*) FROM ledger_entry WHERE kind = 'INPUT'"));
            assertEquals(count(db, "SELECT COUNT(*) FROM input WHERE answered_at IS NOT NULL"),
                    count(db, "SELECT COUNT(*) FROM ledger_entry WHERE kind = 'ANSWER'"));
            assertEquals(count(db, "SELECT COUNT(*) FROM decision_credit"),
                    count(db, "SELECT COUNT(*) FROM ledger_entry WHERE kind = 'CREDIT'"));
            assertEquals(count(db, "SELECT COUNT(*) FROM signup WHERE hours > 0"),
                    count(db, "SELECT COUNT(*) FROM ledger_entry WHERE kind = 'VOLUNTEER_HOURS'"));
            assertTrue(count(db, "SELECT COUNT(*) FROM ledger_entry WHERE kind = 'DELIVERY'") > 0, "delivered chains");
            try (var rows = db.createStatement().executeQuery(
                    "SELECT password_hash FROM account WHERE email = 'resident1@city.example'")) {
                rows.next();
                assertTrue(CityDataset.matches(CityDataset.PASSWORD, rows.getString(1)),
                        "every city account signs in with the documented password");
            }
        }
    }

    @Test
    @Order(5)
    void refusesToLoadTwice() throws Exception {
        var run = run("--city-dataset", "--scale=0.001");

        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("The city dataset is loaded already"), run.output());
        try (var db = connect()) {
            assertEquals(1000, count(db, "SELECT COUNT(*) FROM account WHERE email LIKE '%@city.example'"));
        }
    }

    @Test
    @Order(6)
    void reportsACorruptedCounter() throws Exception {
        try (var db = connect()) {
            db.createStatement().executeUpdate("UPDATE input SET support_count = support_count + 1 "
                    + "WHERE id = (SELECT MAX(id) FROM input)");
            var run = run("--check-consistency");

            assertEquals(1, run.exit(), run.output());
            assertTrue(run.output().lines().anyMatch(l -> l.matches(
                    " +1  inputs whose support_count is not their number of supports .*")), run.output());
            assertTrue(run.output().lines().anyMatch(l -> l.equals("1 inconsistencies")), run.output());

            db.createStatement().executeUpdate("UPDATE input SET support_count = support_count - 1 "
                    + "WHERE id = (SELECT MAX(id) FROM input)");
            db.createStatement().executeUpdate("UPDATE task SET confirmed_count = confirmed_count - 1 "
                    + "WHERE id = (SELECT MAX(id) FROM task WHERE confirmed_count > 0)");
            var again = run("--check-consistency");

            assertEquals(1, again.exit(), again.output());
            assertTrue(again.output().lines().anyMatch(l -> l.matches(
                    " +1  tasks whose confirmed_count is not their number of CONFIRMED sign-ups .*")), again.output());
        }
    }

    @Test
    @Order(2)
    void rebuildingTheLedgerOfTheDemoAndTheCityFindsNoDifference() {
        var run = run("--rebuild-ledger");

        assertEquals(0, run.exit(), run.output());
        assertEquals("0 differences", last(run), run.output());
    }

    @Test
    @Order(3)
    void aChangedAMissingAndAnExtraLedgerRowAreListedAndRepaired() throws Exception {
        try (var db = connect()) {
            var changed = text(db, "SELECT source_key FROM ledger_entry WHERE kind = 'VOLUNTEER_HOURS' ORDER BY id LIMIT 1");
            var hours = text(db, "SELECT amount FROM ledger_entry WHERE kind = 'VOLUNTEER_HOURS' ORDER BY id LIMIT 1");
            db.createStatement().executeUpdate("UPDATE ledger_entry SET amount = amount + 1 WHERE kind = 'VOLUNTEER_HOURS' "
                    + "AND source_key = '" + changed + "'");
            var deleted = text(db, "SELECT source_key FROM ledger_entry WHERE kind = 'CREDIT' ORDER BY id DESC LIMIT 1");
            db.createStatement().executeUpdate("DELETE FROM ledger_entry WHERE kind = 'CREDIT' AND source_key = '" + deleted + "'");
            db.createStatement().executeUpdate("INSERT INTO ledger_entry (kind, source_key, resident_id, amount, district_id, "
                    + "happened_at, quarter) VALUES ('INPUT', 'input:999999999', 1, 1, 1, UTC_TIMESTAMP(6), 20264)");

            var run = run("--rebuild-ledger");

            assertEquals(1, run.exit(), run.output());
            var lines = run.output().lines().toList();
            assertTrue(lines.contains("different VOLUNTEER_HOURS " + changed + ": amount "
                    + new java.math.BigDecimal(hours).add(java.math.BigDecimal.ONE) + " -> " + hours), run.output());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("missing CREDIT " + deleted + ": resident ")), run.output());
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("extra INPUT input:999999999: resident 1,")), run.output());
            assertEquals("3 differences", last(run), run.output());
            assertEquals(hours, text(db, "SELECT amount FROM ledger_entry WHERE kind = 'VOLUNTEER_HOURS' AND source_key = '"
                    + changed + "'"));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM ledger_entry WHERE kind = 'CREDIT' AND source_key = '" + deleted + "'"));
            assertEquals(0, count(db, "SELECT COUNT(*) FROM ledger_entry WHERE source_key = 'input:999999999'"));

            var again = run("--rebuild-ledger");
            assertEquals(0, again.exit(), again.output());
            assertEquals("0 differences", last(again), again.output());
        }
    }

    private static String last(Run run) {
        var lines = run.output().lines().toList();
        return lines.get(lines.size() - 1);
    }

    private static String text(Connection db, String sql) throws SQLException {
        try (var rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    @Test
    @Order(4)
    void loadsTheLedgerOverEightQuartersEndingWithTheCurrentOneOnTopOfTheCity() throws Exception {
        long before;
        try (var db = connect()) {
            before = count(db, "SELECT COALESCE(MAX(id), 0) FROM ledger_entry");
        }
        var run = run("--ledger-dataset", "--scale=0.001");
        // The city's own ledger (filled from its records by the first load) is left as it was; these are the new rows.
        var loaded = "ledger_entry WHERE id > " + before;

        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("Ledger dataset loaded in"), run.output());
        assertTrue(run.output().lines().anyMatch(l -> l.equals("0 inconsistencies")), run.output());
        try (var db = connect()) {
            assertEquals(2000, count(db, "SELECT COUNT(*) FROM " + loaded));
            assertEquals(7, count(db, "SELECT COUNT(DISTINCT kind) FROM " + loaded), "every kind");
            var current = Quarter.of(Instant.now(), ZoneId.systemDefault());
            assertEquals(current.minus(7).code(), count(db, "SELECT MIN(quarter) FROM " + loaded));
            assertEquals(current.code(), count(db, "SELECT MAX(quarter) FROM " + loaded));
            assertEquals(8, count(db, "SELECT COUNT(DISTINCT quarter) FROM " + loaded + " AND kind = 'INPUT'"));
            assertEquals(0, count(db, "SELECT COUNT(*) FROM " + loaded + " AND happened_at > UTC_TIMESTAMP(6)"),
                    "nothing has happened in the future");
            assertEquals(0, count(db, "SELECT COUNT(*) FROM " + loaded + " AND (kind = 'ANSWER') <> (waited_seconds IS NOT NULL)"),
                    "answers, and only answers, carry the time waited");
            assertEquals(0, count(db, "SELECT COUNT(*) FROM ledger_entry a JOIN ledger_entry i ON i.kind = 'INPUT' "
                    + "AND i.source_key = a.source_key WHERE a.id > " + before + " AND a.kind = 'ANSWER' AND (a.happened_at < i.happened_at "
                    + "OR a.resident_id <> i.resident_id OR a.district_id <> i.district_id)"),
                    "an answer follows its input, to the same resident, in the same district");
            assertEquals(0, count(db, "SELECT COUNT(*) FROM ledger_entry l JOIN account a ON a.id = l.resident_id "
                    + "WHERE l.id > " + before + " AND a.email NOT LIKE 'resident%@city.example'"), "the residents are the city's");
            assertTrue(count(db, "SELECT COUNT(*) FROM " + loaded + " AND kind = 'VOLUNTEER_HOURS' AND amount <> 1") > 0,
                    "hours with amounts");
            // the quarter of each row is the city's quarter of its time (UTC in the database, the zone's midnights)
            try (var rows = db.createStatement().executeQuery("SELECT happened_at, quarter FROM " + loaded)) {
                while (rows.next()) {
                    var at = rows.getObject(1, java.time.LocalDateTime.class).toInstant(java.time.ZoneOffset.UTC);
                    assertEquals(Quarter.of(at, ZoneId.systemDefault()).code(), rows.getInt(2), at.toString());
                }
            }
        }
        var again = run("--ledger-dataset", "--scale=0.001");
        assertEquals(1, again.exit(), again.output());
        assertTrue(again.output().contains("The ledger dataset is loaded already"), again.output());
    }

    private record Run(int exit, String output) {
    }

    private static Run run(String... args) {
        var bytes = new ByteArrayOutputStream();
        int exit;
        try (var out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            exit = CityDataset.run(args, env, out);
        }
        return new Run(exit, bytes.toString(StandardCharsets.UTF_8));
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.accounts().ownerUser(),
                database.accounts().ownerPassword());
    }

    /** Rows of a table that point at a city account through that column. */
    private static long byCity(Connection db, String table, String accountColumn) throws SQLException {
        return count(db, "SELECT COUNT(*) FROM " + table + " x JOIN account a ON a.id = x." + accountColumn
                + " WHERE a.email LIKE '%@city.example'");
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (var rows = db.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
