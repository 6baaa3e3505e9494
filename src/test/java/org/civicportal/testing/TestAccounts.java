package org.civicportal.testing;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Verified accounts created straight in the test database, for tests about something other than
 * registration. They share the demo password (db/demo's accounts store it with the portal's 600,000 PBKDF2
 * iterations). Theirs is hashed with {@link #TEST_ITERATIONS}: the stored text names its iterations and the portal
 * verifies with those, so each sign-in of a test account costs the portal a millisecond instead of the half
 * second to seconds of a real hash (it signs in a few hundred times per run). Registration, the demo accounts and
 * the unknown-email decoy still go through the real cost, and AccountTimingIT measures what it hides.
 */
public final class TestAccounts {

    public static final String PASSWORD = "civic-portal-demo";
    public static final String STAFF = "staff@demo.civicportal.org";
    public static final String RESIDENT = "resident@demo.civicportal.org";

    /** Iterations of the test accounts' password hash; the portal's own hashes use 600,000. */
    static final int TEST_ITERATIONS = 1_000;
    private static final String PASSWORD_HASH = hash(PASSWORD, TEST_ITERATIONS);

    private TestAccounts() {
    }

    /** The text form of Jakarta Security's Pbkdf2PasswordHash: {@code algorithm:iterations:salt:hash}. */
    private static String hash(String password, int iterations) {
        var salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        try {
            var key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
            return "PBKDF2WithHmacSHA256:" + iterations + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                    + Base64.getEncoder().encodeToString(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A verified account with the given roles (RESIDENT is always included). */
    public static String create(String email, String displayName, String... extraRoles) {
        try (var connection = TestServers.connect()) {
            try (var insert = connection.prepareStatement("INSERT INTO account (email, display_name, password_hash, "
                    + "language, monthly_update_opt_in, email_verified_at, created_at) VALUES (?, ?, ?, 'en', "
                    + "FALSE, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))")) {
                insert.setString(1, email);
                insert.setString(2, displayName);
                insert.setString(3, PASSWORD_HASH);
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
