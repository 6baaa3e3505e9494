package org.civicportal.platform.launcher;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Set;

/**
 * Gives the portal's own database account its rows, table by table, after every migration: SELECT, INSERT,
 * UPDATE, DELETE on each table of the schema, except the append-only ones (the audit log), which it may only
 * read and add to. MariaDB has no "every table but this one", and a schema-wide grant would cover a new table
 * too, so the grants are per table and repeated after each migrate (a new table gets its grant, none is left out).
 * <p>Two cases: the embedded database's owner grants {@value DatabaseAccounts#APP_USER}@127.0.0.1
 * ({@link #apply}); with an external MariaDB and an owner account (PORTAL_DB_OWNER_USER) the owner grants
 * PORTAL_DB_USER as MariaDB identifies it ({@link #forApp}, then {@link Grantee#grant}). With an external
 * MariaDB and one account nothing is granted here (docs/security.md).
 */
final class AppGrants {

    /** Tables whose rows the portal may never change once written. */
    static final Set<String> APPEND_ONLY = Set.of("audit_entry");

    /** Privileges with which an account could change or remove audit entries, however they were granted. */
    private static final String CHANGING = "('UPDATE', 'DELETE', 'DROP', 'ALTER', 'TRIGGER')";

    private AppGrants() {
    }

    /** The embedded database: its owner grants {@value DatabaseAccounts#APP_USER}@127.0.0.1. */
    static void apply(String url, String user, String password) throws SQLException {
        if (!DatabaseAccounts.OWNER_USER.equals(user)) {
            return;
        }
        try (var connection = DriverManager.getConnection(url, user, password);
                var statement = connection.createStatement()) {
            // Only where the owner was given the grant option over this schema: the embedded database's own
            // accounts (DatabaseAccounts), not an operator's or a test's owner account of another schema.
            if (grantable(statement)) {
                grantRows(statement, "'" + DatabaseAccounts.APP_USER + "'@'127.0.0.1'");
            }
        }
    }

    /**
     * The portal's account of an external database as MariaDB matched it when it connected (CURRENT_USER(),
     * {@code user@host}: the host may be a pattern such as {@code 10.0.0.%}), checked before anything is
     * migrated: it gets in, and the owner holds the grant option to give it its tables.
     */
    static Grantee forApp(String url, String owner, String ownerPassword, String appUser, String appPassword)
            throws StartupFailure {
        String identity;
        // Without the schema: an account with nothing granted yet may log in but not open the database.
        try (var app = org.mariadb.jdbc.Driver.connect(org.mariadb.jdbc.Configuration.parse(url).toBuilder()
                .database(null).user(appUser).password(appPassword).build())) {
            identity = currentUser(app);
        } catch (SQLException e) {
            throw new StartupFailure("PORTAL_DB_USER \"" + appUser + "\" cannot connect to " + url + ": "
                    + e.getMessage(), e);
        }
        try (var connection = DriverManager.getConnection(url, owner, ownerPassword);
                var statement = connection.createStatement()) {
            if (!grantable(statement)) {
                throw new StartupFailure("PORTAL_DB_OWNER_USER \"" + owner + "\" needs the grant option on the schema "
                        + "to give PORTAL_DB_USER its tables: GRANT ALL PRIVILEGES ON `" + schema(statement) + "`.* TO "
                        + quoted(currentUser(connection)) + " WITH GRANT OPTION.");
            }
        } catch (SQLException e) {
            throw new StartupFailure("PORTAL_DB_OWNER_USER \"" + owner + "\" cannot connect to " + url + ": "
                    + e.getMessage(), e);
        }
        return new Grantee(url, owner, ownerPassword, appUser, appPassword, identity);
    }

    /** PORTAL_DB_USER as MariaDB knows it ({@code identity}, user@host), to be granted by the owner. */
    record Grantee(String url, String owner, String ownerPassword, String appUser, String appPassword,
            String identity) {

        /**
         * As the owner: its rows table by table, and CREATE TEMPORARY TABLES (the ledger rebuild) where the owner
         * may give it. Then, as the portal's account: nothing else it holds lets it change the audit log.
         */
        void grant(PrintStream out) throws SQLException, StartupFailure {
            var grantee = quoted(identity);
            String schema;
            try (var connection = DriverManager.getConnection(url, owner, ownerPassword);
                    var statement = connection.createStatement()) {
                schema = schema(statement);
                grantRows(statement, grantee);
                try {
                    statement.execute("GRANT CREATE TEMPORARY TABLES ON `" + schema.replace("`", "``") + "`.* TO "
                            + grantee);
                } catch (SQLException denied) {
                    out.println("PORTAL_DB_OWNER_USER may not give PORTAL_DB_USER CREATE TEMPORARY TABLES (" + denied
                            .getMessage() + "); the ledger rebuild (/admin/ledger) needs it: GRANT CREATE TEMPORARY "
                            + "TABLES ON `" + schema + "`.* TO " + grantee + ".");
                }
            }
            var extra = new ArrayList<String>();
            try (var connection = DriverManager.getConnection(url, appUser, appPassword);
                    var statement = connection.createStatement();
                    var rows = statement.executeQuery("SELECT CONCAT(privilege_type, ' ON *.*') FROM "
                            + "information_schema.user_privileges WHERE privilege_type IN " + CHANGING
                            + " UNION ALL SELECT CONCAT(privilege_type, ' ON `', table_schema, '`.*') FROM "
                            + "information_schema.schema_privileges WHERE table_schema = DATABASE() AND privilege_type IN "
                            + CHANGING + " UNION ALL SELECT CONCAT(privilege_type, ' ON `', table_name, '`') FROM "
                            + "information_schema.table_privileges WHERE table_schema = DATABASE() AND table_name IN ("
                            + String.join(", ", APPEND_ONLY.stream().map(t -> "'" + t + "'").toList())
                            + ") AND privilege_type IN " + CHANGING)) {
                while (rows.next()) {
                    extra.add(rows.getString(1));
                }
            }
            if (!extra.isEmpty()) {
                throw new StartupFailure("PORTAL_DB_USER " + grantee + " could still change the audit log through "
                        + String.join(", ", extra) + ": revoke that (the launcher grants it its tables one by one), "
                        + "e.g. REVOKE ALL PRIVILEGES ON `" + schema + "`.* FROM " + grantee + ".");
            }
        }
    }

    private static boolean grantable(Statement statement) throws SQLException {
        try (var grantable = statement.executeQuery("SELECT 1 FROM information_schema.schema_privileges "
                + "WHERE table_schema = DATABASE() AND is_grantable = 'YES' UNION ALL SELECT 1 FROM "
                + "information_schema.user_privileges WHERE is_grantable = 'YES' LIMIT 1")) {
            return grantable.next();
        }
    }

    private static void grantRows(Statement statement, String grantee) throws SQLException {
        var tables = new ArrayList<String>();
        try (var rows = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        for (var table : tables) {
            var privileges = APPEND_ONLY.contains(table) ? "SELECT, INSERT" : "SELECT, INSERT, UPDATE, DELETE";
            // Names come from information_schema, not from anyone's input; backticks doubled all the same.
            statement.execute("GRANT " + privileges + " ON `" + table.replace("`", "``") + "` TO " + grantee);
        }
    }

    private static String schema(Statement statement) throws SQLException {
        try (var rows = statement.executeQuery("SELECT DATABASE()")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static String currentUser(Connection connection) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery("SELECT CURRENT_USER()")) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** {@code user@host} as {@code 'user'@'host'} (a host has no {@code @}; a user name might). */
    static String quoted(String identity) {
        int at = identity.lastIndexOf('@');
        return literal(identity.substring(0, at)) + "@" + literal(identity.substring(at + 1));
    }

    private static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
