package org.civicportal.platform.launcher;

import java.io.PrintStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * {@code --city-dataset [--scale=F]} and {@code --check-consistency}: a city-sized dataset for benchmarks
 * (1,000,000 accounts, 100,000 inputs, 1,000,000 supports, 20,000 decisions, 20,000 tasks at scale 1) loaded
 * by db/bench/city-dataset.sql on top of the demo data, then checked by {@link ConsistencyCheck}. Runs on the
 * embedded database of PORTAL_DATA_DIR (the portal must be stopped) or on PORTAL_DB_URL, and exits; it never
 * starts Payara. See docs/benchmarks.md.
 */
public final class CityDataset {

    static final String LOAD = "--city-dataset";
    static final String CHECK = "--check-consistency";
    static final String SCALE = "--scale=";
    static final String SCRIPT = "db/bench/city-dataset.sql";
    /** Every city account's password; the same as the demo accounts', so one password opens every account. */
    static final String PASSWORD = Launcher.DEMO_PASSWORD;
    /** The first accounts, for signed-in benchmarks. */
    static final String FIRST_RESIDENT = "resident1@city.example";
    static final String FIRST_OFFICIAL = "official1@city.example";

    private CityDataset() {
    }

    static boolean isCommand(String[] args) {
        return List.of(args).stream().anyMatch(a -> a.equals(LOAD) || a.equals(CHECK) || a.equals(LedgerDataset.LOAD));
    }

    /** The command line's work; returns the exit code (0 loaded/consistent, 1 refused, failed or inconsistent). */
    static int run(String[] args, Map<String, String> env, PrintStream out) {
        double scale = 1;
        boolean load = false;
        boolean ledger = false;
        for (var arg : args) {
            if (arg.equals(LOAD)) {
                load = true;
            } else if (arg.equals(LedgerDataset.LOAD)) {
                ledger = true;
            } else if (arg.startsWith(SCALE)) {
                try {
                    scale = Double.parseDouble(arg.substring(SCALE.length()));
                } catch (NumberFormatException e) {
                    scale = -1;
                }
                if (!(scale >= 0.001 && scale <= 1)) {
                    out.println("--scale must be a number from 0.001 to 1 but is \"" + arg.substring(SCALE.length()) + "\".");
                    return 1;
                }
            } else if (!arg.equals(CHECK)) {
                out.println("Unknown option " + arg + "; the dataset commands are " + LOAD + " [" + SCALE + "F], "
                        + LedgerDataset.LOAD + " [" + SCALE + "F] and " + CHECK + ".");
                return 1;
            }
        }
        EmbeddedDatabase embedded = null;
        try {
            var settings = LauncherSettings.from(env);
            String url;
            String user;
            String password;
            if (settings.externalDbUrl().isPresent()) {
                if ((load || ledger) && !settings.demoData()) {
                    // A million accounts and the demo staff account, all with a published password, must never
                    // land in a city's real database by a slip of the environment.
                    out.println("The city dataset adds a million accounts with a published password: on an external"
                            + " database (PORTAL_DB_URL) it loads only when PORTAL_DEMO_DATA=true says that database"
                            + " is for demonstrations.");
                    return 1;
                }
                url = settings.externalDbUrl().get();
                user = settings.dbUser();
                password = settings.dbPassword();
            } else {
                Launcher.createDataDir(settings.dataDir());
                Launcher.useTemporaryFolderIn(settings.dataDir());
                embedded = EmbeddedDatabase.start(settings.dataDir(), 0);
                out.println("Embedded MariaDB is running with its data in " + settings.dataDir().resolve("mariadb"));
                url = embedded.jdbcUrl();
                user = embedded.accounts().ownerUser();
                password = embedded.accounts().ownerPassword();
            }
            if (load || ledger) {
                // The dataset stands on the demo data (its districts and accounts), so both are applied first.
                SchemaMigrator.migrate(url, user, password, true);
            }
            try (var connection = DriverManager.getConnection(url, user, password)) {
                if (load && !load(connection, scale, out)) {
                    return 1;
                }
                if (ledger) {
                    // The ledger's residents and officials are the city dataset's: it comes first when missing.
                    if (!LedgerDataset.cityLoaded(connection)) {
                        load(connection, scale, out);
                    }
                    if (!LedgerDataset.load(connection, scale, out)) {
                        return 1;
                    }
                }
                return ConsistencyCheck.run(connection, out) == 0 ? 0 : 1;
            }
        } catch (StartupFailure e) {
            out.println(e.getMessage());
            return 1;
        } catch (SQLException | RuntimeException e) {
            out.println("The city dataset failed: " + EmbeddedDatabase.rootMessage(e));
            return 1;
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    /** Loads the dataset; false (and nothing changed) when it is there already. */
    static boolean load(Connection connection, double scale, PrintStream out) throws SQLException {
        if (LedgerDataset.cityLoaded(connection)) {
            out.println("The city dataset is loaded already (" + FIRST_RESIDENT + " exists); it is loaded once only."
                    + " Use a new data folder to load it again.");
            return false;
        }
        var values = counts(scale);
        out.printf("Loading the city dataset (scale %s): %,d accounts, %,d inputs, %,d supports, %,d decisions, %,d tasks%n",
                scale, values.get("accounts"), values.get("inputs"), values.get("supports"), values.get("decisions"),
                values.get("tasks"));
        long started = System.nanoTime();
        connection.setAutoCommit(true);
        try (var statement = connection.createStatement()) {
            try (var hash = connection.prepareStatement("SET @password_hash = ?")) {
                hash.setString(1, hash(PASSWORD));
                hash.execute();
            }
            execute(BenchScript.load(SCRIPT), values, statement, started, out);
        }
        out.println("City dataset loaded in " + seconds(started) + ". Every city account's password is \"" + PASSWORD
                + "\": " + FIRST_RESIDENT + " … resident" + (values.get("accounts") - values.get("officials"))
                + "@city.example (residents), " + FIRST_OFFICIAL + " … official" + values.get("officials")
                + "@city.example (officials).");
        return true;
    }

    /** Runs a db/bench script's statements in order, with their directives (step, chunks, set). */
    static void execute(BenchScript script, Map<String, Long> values, Statement statement, long started,
            PrintStream out) throws SQLException {
        for (var step : script.statements()) {
            if (step.step() != null) {
                out.println("  " + step.step() + " (" + seconds(started) + ")");
            }
            if (step.chunks() != null) {
                var parts = step.chunks().split("\\s+");
                long total = values.get(parts[0].replaceAll("[${}]", ""));
                long size = Long.parseLong(parts[1]);
                for (long lo = 1; lo <= total; lo += size) {
                    long hi = Math.min(total, lo + size - 1);
                    values.put("lo", lo);
                    values.put("hi", hi);
                    statement.execute(step.sql(values));
                    out.printf("    %,d of %,d (%s)%n", hi, total, seconds(started));
                }
            } else if (step.set() != null) {
                try (var rows = statement.executeQuery(step.sql(values))) {
                    rows.next();
                    values.put(step.set(), Math.max(1, rows.getLong(1)));
                }
            } else {
                statement.execute(step.sql(values));
                // ANALYZE TABLE answers with rows; reading them is what runs it to the end
                if (statement.getResultSet() != null) {
                    try (var rows = statement.getResultSet()) {
                        while (rows.next()) {
                            // nothing to keep
                        }
                    }
                }
            }
        }
    }

    /** The sizes at a scale; scale 1 is the city of docs/benchmarks.md. */
    static Map<String, Long> counts(double scale) {
        var values = new HashMap<String, Long>();
        long accounts = Math.round(1_000_000 * scale);
        long inputs = Math.round(100_000 * scale);
        long decisions = Math.round(20_000 * scale);
        values.put("accounts", accounts);
        values.put("officials", Math.max(2, accounts / 10_000));
        values.put("inputs", inputs);
        values.put("supports", Math.round(1_000_000 * scale));
        values.put("decisions", decisions);
        values.put("tasks", Math.round(20_000 * scale));
        // decisions credit the older 80 % of inputs, each from its own window of that many inputs
        long window = (inputs * 8 / 10) / decisions;
        values.put("window", window);
        values.put("credit_pool", window * decisions);
        return values;
    }

    /**
     * PBKDF2-HMAC-SHA256, 600,000 iterations, 32-byte salt and key, in the text form of Jakarta Security's
     * Pbkdf2PasswordHash that the portal's PasswordHasher verifies: {@code algorithm:iterations:salt:hash}.
     * Computed here because the launcher runs outside the container that provides that implementation.
     */
    static String hash(String password) {
        var salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        return "PBKDF2WithHmacSHA256:600000:" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(pbkdf2(password, salt, 600_000));
    }

    /** Whether a stored hash of that text form matches the password. */
    static boolean matches(String password, String stored) {
        var parts = stored.split(":");
        if (parts.length != 4 || !parts[0].equals("PBKDF2WithHmacSHA256")) {
            return false;
        }
        var expected = Base64.getDecoder().decode(parts[3]);
        var actual = pbkdf2(password, Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] pbkdf2(String password, byte[] salt, int iterations) {
        try {
            var spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this Java", e);
        }
    }

    static String seconds(long startedNanos) {
        return String.format("%.1f s", (System.nanoTime() - startedNanos) / 1e9);
    }
}
