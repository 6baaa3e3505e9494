package org.civicportal.platform.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The launcher's configuration, read once from environment variables so that a wrong value
 * is reported before anything starts.
 */
public record LauncherSettings(int httpPort, Path dataDir, Optional<String> externalDbUrl, String dbUser,
        String dbPassword, String baseUrl, boolean demoData, Path photosDir, Optional<ClusterSettings> cluster,
        int httpThreads, Optional<DbAccount> dbOwner) {

    /** An account of an external database; its password never appears in a message or a log. */
    public record DbAccount(String user, String password) {
        @Override
        public String toString() {
            return "DbAccount[" + user + "]";
        }
    }

    /** Payara's HTTP workers when PORTAL_HTTP_THREADS is unset: four per core, at least 8 (docs/configuration.md). */
    static int defaultHttpThreads(int cores) {
        return Math.max(8, 4 * cores);
    }

    public static LauncherSettings from(Map<String, String> env) throws StartupFailure {
        var httpPort = port(env.getOrDefault("PORTAL_HTTP_PORT", "8080"));
        var dataDir = Path.of(nonBlank(env.get("PORTAL_DATA_DIR")).orElse("data")).toAbsolutePath();
        var dbUrl = nonBlank(env.get("PORTAL_DB_URL"));
        if (dbUrl.isPresent() && !dbUrl.get().startsWith("jdbc:mariadb://")) {
            throw new StartupFailure("PORTAL_DB_URL must start with jdbc:mariadb:// but is \"" + dbUrl.get() + "\".");
        }
        var baseUrl = nonBlank(env.get("PORTAL_BASE_URL")).orElse("http://localhost:" + httpPort);
        var demo = nonBlank(env.get("PORTAL_DEMO_DATA")).orElse("false");
        if (!demo.equalsIgnoreCase("true") && !demo.equalsIgnoreCase("false")) {
            throw new StartupFailure("PORTAL_DEMO_DATA must be true or false but is \"" + demo + "\".");
        }
        var cluster = ClusterSettings.from(env);
        try { // read by the portal (ClientAddress); checked here so a typing mistake stops before anything starts
            org.civicportal.platform.security.TrustedProxies.parse(env.get("PORTAL_TRUSTED_PROXIES"));
        } catch (IllegalArgumentException wrong) {
            throw new StartupFailure(wrong.getMessage() + ".");
        }
        if (cluster.isPresent() && dbUrl.isEmpty()) {
            throw new StartupFailure("A cluster needs one database for every node: set PORTAL_DB_URL (the embedded "
                    + "database serves a single node only).");
        }
        if (cluster.isPresent() && nonBlank(env.get("PORTAL_PHOTOS_DIR")).isEmpty()) {
            throw new StartupFailure("A cluster needs its photos on storage every node shares: set PORTAL_PHOTOS_DIR "
                    + "to the same mounted folder on every node.");
        }
        if (cluster.isPresent() && nonBlank(env.get("PORTAL_EXPORTS_DIR")).isEmpty()) {
            // Any node builds an export, any other serves its download and deletes it (erasure, the 7-day expiry).
            throw new StartupFailure("A cluster needs its data exports on storage every node shares: set "
                    + "PORTAL_EXPORTS_DIR to the same mounted folder on every node.");
        }
        // Only for an external database: the embedded one has its own accounts (DatabaseAccounts).
        var dbUser = nonBlank(env.get("PORTAL_DB_USER")).orElse("civicportal");
        var dbOwner = dbOwner(env, dbUrl.isPresent(), dbUser);
        return new LauncherSettings(httpPort, dataDir, dbUrl, dbUser,
                env.getOrDefault("PORTAL_DB_PASSWORD", ""), baseUrl.replaceAll("/+$", ""),
                Boolean.parseBoolean(demo),
                nonBlank(env.get("PORTAL_PHOTOS_DIR")).map(Path::of).orElse(dataDir.resolve("photos")).toAbsolutePath(),
                cluster, httpThreads(env.get("PORTAL_HTTP_THREADS")), dbOwner);
    }

    /**
     * PORTAL_DB_OWNER_USER and PORTAL_DB_OWNER_PASSWORD, both or neither: the account that owns an external
     * database's schema, with which the launcher migrates before it grants PORTAL_DB_USER its rows (AppGrants).
     */
    private static Optional<DbAccount> dbOwner(Map<String, String> env, boolean external, String dbUser)
            throws StartupFailure {
        var user = nonBlank(env.get("PORTAL_DB_OWNER_USER"));
        var password = nonBlank(env.get("PORTAL_DB_OWNER_PASSWORD"));
        if (user.isEmpty() && password.isEmpty()) {
            return Optional.empty();
        }
        if (user.isEmpty() || password.isEmpty()) {
            throw new StartupFailure("PORTAL_DB_OWNER_USER and PORTAL_DB_OWNER_PASSWORD go together: set both (the "
                    + "account that owns the schema) or neither, but " + (user.isEmpty() ? "PORTAL_DB_OWNER_USER"
                    : "PORTAL_DB_OWNER_PASSWORD") + " is empty.");
        }
        if (!external) {
            throw new StartupFailure("PORTAL_DB_OWNER_USER and PORTAL_DB_OWNER_PASSWORD are for an external database "
                    + "(PORTAL_DB_URL); the embedded one has its own owner account, so leave them unset.");
        }
        if (user.get().equals(dbUser)) {
            throw new StartupFailure("PORTAL_DB_OWNER_USER must be another account than PORTAL_DB_USER (\"" + dbUser
                    + "\"): the portal's own account gets rows only, the owner migrates.");
        }
        return Optional.of(new DbAccount(user.get(), password.get()));
    }

    private static int httpThreads(String text) throws StartupFailure {
        var value = nonBlank(text);
        if (value.isEmpty()) {
            return defaultHttpThreads(Runtime.getRuntime().availableProcessors());
        }
        try {
            int threads = Integer.parseInt(value.get());
            // Payara keeps at least 2 workers (min-thread-pool-size); more than 1,000 only adds memory.
            if (threads >= 2 && threads <= 1000) {
                return threads;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the same sentence as an out-of-range number
        }
        throw new StartupFailure("PORTAL_HTTP_THREADS must be a number of threads between 2 and 1000 but is \""
                + text + "\".");
    }

    private static int port(String text) throws StartupFailure {
        try {
            int port = Integer.parseInt(text.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the same sentence as an out-of-range number
        }
        throw new StartupFailure("PORTAL_HTTP_PORT must be a port number between 1 and 65535 but is \"" + text + "\".");
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }
}
