package org.civicportal.platform.launcher;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

/**
 * The two MariaDB accounts of the embedded database, with passwords generated on first start and kept in
 * the data folder in a file only its owner may read (rw-------):
 * <ul>
 * <li>the <b>owner</b> ({@value #OWNER_USER}) holds every privilege on the portal's schema and nothing else:
 * the launcher runs Flyway with it (migrations need DDL);</li>
 * <li>the <b>application</b> ({@value #APP_USER}) may only read and write rows of that schema (SELECT,
 * INSERT, UPDATE, DELETE, granted table by table after each migration by {@link AppGrants}, and only SELECT,
 * INSERT on the audit log): Payara Micro connects with it, so a flaw in the portal cannot drop or alter
 * tables, rewrite the audit log, read other schemas or touch MariaDB's own accounts.</li>
 * </ul>
 * Both may connect from 127.0.0.1 only.
 */
public record DatabaseAccounts(String ownerPassword, String appPassword) {

    public static final String OWNER_USER = "civicportal_owner";
    public static final String APP_USER = "civicportal";
    public static final String FILE_NAME = "database-credentials.properties";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    public String ownerUser() {
        return OWNER_USER;
    }

    public String appUser() {
        return APP_USER;
    }

    /** Two new random passwords (192 bits each, URL-safe Base64, so they need no quoting anywhere). */
    public static DatabaseAccounts generate() {
        return new DatabaseAccounts(randomPassword(), randomPassword());
    }

    public DatabaseAccounts withAppPassword(String password) {
        return new DatabaseAccounts(ownerPassword, password);
    }

    public static Path file(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /** The accounts kept in the data folder; generated and saved (owner-only) when there are none yet. */
    public static DatabaseAccounts readOrCreate(Path dataDir) throws StartupFailure {
        var file = file(dataDir);
        try {
            if (!Files.exists(file)) {
                generate().save(dataDir);
            }
            var properties = new Properties();
            properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            var owner = properties.getProperty("owner.password");
            var app = properties.getProperty("app.password");
            if (owner == null || owner.isBlank() || app == null || app.isBlank()) {
                throw new StartupFailure("The database credentials in " + file + " are incomplete; restore the file"
                        + " from a backup (the embedded database's passwords are kept there).");
            }
            return new DatabaseAccounts(owner, app);
        } catch (IOException e) {
            throw new StartupFailure("The database credentials in " + file + " cannot be read (" + e.getMessage() + ").", e);
        }
    }

    /** Writes the file readable and writable by its owner only, before a single byte of it is written. */
    public void save(Path dataDir) throws IOException {
        var file = file(dataDir);
        var properties = new Properties();
        properties.setProperty("owner.user", OWNER_USER);
        properties.setProperty("owner.password", ownerPassword);
        properties.setProperty("app.user", APP_USER);
        properties.setProperty("app.password", appPassword);
        var text = new StringWriter();
        properties.store(text, "Civic Portal: passwords of the embedded MariaDB (generated on first start). Keep private.");
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException exists) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
    }

    /**
     * What MariaDB runs at every start (--init-file, with full privileges before anyone can connect): the two
     * accounts with the passwords of the file, their grants, and no anonymous or password-less TCP accounts.
     * Repeating it is harmless, and it brings a data folder from before grants were enforced up to date.
     */
    String initSql(String schema) {
        return String.join("\n",
                "CREATE DATABASE IF NOT EXISTS `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "FLUSH PRIVILEGES;",
                "CREATE USER IF NOT EXISTS '" + OWNER_USER + "'@'127.0.0.1';",
                "ALTER USER '" + OWNER_USER + "'@'127.0.0.1' IDENTIFIED BY '" + quoted(ownerPassword) + "';",
                // WITH GRANT OPTION: after each migration the owner grants the application its tables (AppGrants).
                "GRANT ALL PRIVILEGES ON `" + schema + "`.* TO '" + OWNER_USER + "'@'127.0.0.1' WITH GRANT OPTION;",
                "CREATE USER IF NOT EXISTS '" + APP_USER + "'@'127.0.0.1';",
                "ALTER USER '" + APP_USER + "'@'127.0.0.1' IDENTIFIED BY '" + quoted(appPassword) + "';",
                // Nothing server-wide and nothing schema-wide but temporary tables: the schema-wide row is made first
                // so that revoking it cannot fail on a new account. The table grants AppGrants gave after the last
                // migration stay, so MariaDB starting again on its own leaves the portal its rows (a REVOKE ALL
                // ... FROM user would take them until the next migration).
                "GRANT CREATE TEMPORARY TABLES ON `" + schema + "`.* TO '" + APP_USER + "'@'127.0.0.1';",
                "REVOKE ALL PRIVILEGES ON *.* FROM '" + APP_USER + "'@'127.0.0.1';",
                "REVOKE GRANT OPTION ON *.* FROM '" + APP_USER + "'@'127.0.0.1';",
                "REVOKE ALL PRIVILEGES ON `" + schema + "`.* FROM '" + APP_USER + "'@'127.0.0.1';",
                // CREATE TEMPORARY TABLES: the ledger rebuild (/admin/ledger) compares through a temporary table.
                // Rows are granted table by table after each migration (AppGrants): MariaDB has no "all but".
                "GRANT CREATE TEMPORARY TABLES ON `" + schema + "`.* TO '" + APP_USER + "'@'127.0.0.1';",
                "FLUSH PRIVILEGES;", "");
    }

    private static String quoted(String value) {
        return value.replace("\\", "\\\\").replace("'", "''");
    }

    private static String randomPassword() {
        var bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "DatabaseAccounts[" + OWNER_USER + ", " + APP_USER + "]";
    }
}
