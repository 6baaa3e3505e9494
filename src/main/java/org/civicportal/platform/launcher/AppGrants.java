package org.civicportal.platform.launcher;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Set;

/**
 * Gives the portal's own database account ({@value DatabaseAccounts#APP_USER}) its rows, table by table, after
 * every migration: SELECT, INSERT, UPDATE, DELETE on each table of the schema, except the append-only ones
 * (the audit log), which it may only read and add to. MariaDB has no "every table but this one", and a
 * schema-wide grant would cover a new table too, so the grants are per table and repeated after each migrate
 * (a new table gets its grant, none is left out).
 * <p>Only when the embedded database's owner migrates a schema it holds the grant option on; with an external
 * MariaDB and one configured account nothing is granted here (docs/security.md says what to grant).
 */
final class AppGrants {

    /** Tables whose rows the portal may never change once written. */
    static final Set<String> APPEND_ONLY = Set.of("audit_entry");

    private AppGrants() {
    }

    static void apply(String url, String user, String password) throws SQLException {
        if (!DatabaseAccounts.OWNER_USER.equals(user)) {
            return;
        }
        try (var connection = DriverManager.getConnection(url, user, password);
                var statement = connection.createStatement()) {
            // Only where the owner was given the grant option over this schema: the embedded database's own
            // accounts (DatabaseAccounts), not an operator's or a test's owner account of another schema.
            try (var grantable = statement.executeQuery("SELECT 1 FROM information_schema.schema_privileges "
                    + "WHERE table_schema = DATABASE() AND is_grantable = 'YES' LIMIT 1")) {
                if (!grantable.next()) {
                    return;
                }
            }
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
                statement.execute("GRANT " + privileges + " ON `" + table.replace("`", "``") + "` TO '"
                        + DatabaseAccounts.APP_USER + "'@'127.0.0.1'");
            }
        }
    }
}
