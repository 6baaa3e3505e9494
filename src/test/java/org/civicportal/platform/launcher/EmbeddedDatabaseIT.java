package org.civicportal.platform.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The embedded MariaDB enforces its grants: only the portal's two accounts, with the passwords generated on
 * first start and kept owner-only in the data folder, get in; the application's account handles rows only.
 */
class EmbeddedDatabaseIT {

    @Test
    void onlyThePortalsAccountsWithTheirGeneratedPasswordsGetIn() throws Exception {
        var data = Path.of("target", "embedded-db-it", UUID.randomUUID().toString()).toAbsolutePath();
        Files.createDirectories(data);
        var file = DatabaseAccounts.file(data);
        try (var database = EmbeddedDatabase.start(data, 0)) {
            var accounts = database.accounts();
            var url = database.jdbcUrl();

            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                    "only the owner of the data folder can read the passwords");
            var saved = Files.readString(file);
            assertTrue(saved.contains(accounts.ownerPassword()) && saved.contains(accounts.appPassword()), saved);
            assertNotEquals(accounts.ownerPassword(), accounts.appPassword());
            assertTrue(accounts.appPassword().length() >= 32, "a long random password");
            assertTrue(Files.notExists(data.resolve("mariadb-init.sql")), "the init file is gone after start-up");

            refused(url, "nobody", "wrong");
            refused(url, "nobody", "");
            refused(url, "root", "");
            refused(url, "root", "wrong");
            refused(url, "", "");
            refused(url, accounts.appUser(), "wrong");
            refused(url, accounts.appUser(), "");
            refused(url, accounts.ownerUser(), accounts.appPassword());

            SchemaMigrator.migrate(url, accounts.ownerUser(), accounts.ownerPassword(), false);
            try (var app = DriverManager.getConnection(url, accounts.appUser(), accounts.appPassword());
                    var statement = app.createStatement()) {
                try (var rows = statement.executeQuery("SELECT COUNT(*) FROM account")) {
                    assertTrue(rows.next(), "the portal's account reads rows");
                }
                statement.executeUpdate("UPDATE account SET display_name = display_name WHERE id = -1");
                var ddl = assertThrows(SQLException.class, () -> statement.execute("DROP TABLE account"));
                assertTrue(ddl.getMessage().contains("denied"), ddl.getMessage());
                assertThrows(SQLException.class, () -> statement.execute("CREATE TABLE intruder (id INT)"));
                assertThrows(SQLException.class, () -> statement.executeQuery("SELECT * FROM mysql.global_priv"));
                assertThrows(SQLException.class, () -> statement.execute(
                        "CREATE USER 'spare'@'%' IDENTIFIED BY 'spare'"));
            }
        }

        try (var again = EmbeddedDatabase.start(data, 0)) {
            assertEquals(Files.readString(file).contains(again.accounts().appPassword()), true,
                    "a restart keeps the passwords of the file");
            try (var app = DriverManager.getConnection(again.jdbcUrl(), again.accounts().appUser(),
                    again.accounts().appPassword()); var rows = app.createStatement().executeQuery("SELECT 1")) {
                assertTrue(rows.next());
            }
            refused(again.jdbcUrl(), "nobody", "wrong");
        }
    }

    private static void refused(String url, String user, String password) {
        var refusal = assertThrows(SQLException.class, () -> DriverManager.getConnection(url, user, password).close(),
                user + "/" + password + " must not get in");
        assertTrue(refusal.getMessage().contains("Access denied"), refusal.getMessage());
    }
}
