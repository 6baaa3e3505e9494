package org.civicportal.testing;

import java.sql.SQLException;

/**
 * Verified accounts created straight in the test database, for tests about something other than
 * registration. They share the demo password, whose PBKDF2 hash db/demo stores.
 */
public final class TestAccounts {

    public static final String PASSWORD = "civic-portal-demo";
    public static final String STAFF = "staff@demo.civicportal.org";
    public static final String RESIDENT = "resident@demo.civicportal.org";

    private TestAccounts() {
    }

    /** A verified account with the given roles (RESIDENT is always included). */
    public static String create(String email, String displayName, String... extraRoles) {
        try (var connection = TestServers.connect()) {
            try (var insert = connection.prepareStatement("INSERT INTO account (email, display_name, password_hash, "
                    + "language, monthly_update_opt_in, email_verified_at, created_at) SELECT ?, ?, password_hash, 'en', "
                    + "FALSE, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM account WHERE email = ?")) {
                insert.setString(1, email);
                insert.setString(2, displayName);
                insert.setString(3, STAFF);
                insert.executeUpdate();
            }
            for (var role : concat("RESIDENT", extraRoles)) {
                try (var grant = connection.prepareStatement(
                        "INSERT INTO account_role (account_id, role) SELECT id, ? FROM account WHERE email = ?")) {
                    grant.setString(1, role);
                    grant.setString(2, email);
                    grant.executeUpdate();
                }
            }
            return email;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test account " + email, e);
        }
    }

    /** A single value from the test database, e.g. to check what a page saved. */
    public static String query(String sql, Object... parameters) {
        try (var connection = TestServers.connect();
                var statement = connection.prepareStatement(sql)) {
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

    /** A change made straight in the test database, e.g. to put data in a state a test needs. */
    public static int update(String sql, Object... parameters) {
        try (var connection = TestServers.connect();
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] concat(String first, String... rest) {
        var all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
