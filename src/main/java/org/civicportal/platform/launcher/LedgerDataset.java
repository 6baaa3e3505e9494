package org.civicportal.platform.launcher;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.civicportal.platform.time.Quarter;

/**
 * {@code --ledger-dataset [--scale=F]}: 2,000,000 reciprocity ledger rows (at scale 1) over the eight quarters
 * that end with the current one, loaded by db/bench/ledger-dataset.sql on top of the city dataset (loaded first
 * when it is not there), so that the quarter pages' and the vitality dashboard's reads can be measured at city
 * size. The rows stand for exchanges with no source records behind them: a benchmark database only (see
 * docs/benchmarks.md). Run through {@link CityDataset#run}, which opens the database and refuses an external one
 * not marked as a demonstration.
 */
final class LedgerDataset {

    static final String LOAD = "--ledger-dataset";
    static final String SCRIPT = "db/bench/ledger-dataset.sql";
    /** The first source key the script writes: a loaded dataset is recognised by it. */
    static final String FIRST_KEY = "input:1000000001";
    static final int QUARTERS = 8;

    private LedgerDataset() {
    }

    static boolean cityLoaded(Connection connection) throws SQLException {
        return exists(connection, "SELECT COUNT(*) FROM account WHERE email = '" + CityDataset.FIRST_RESIDENT + "'");
    }

    /** Loads the ledger rows; false (and nothing changed) when they are there already. */
    static boolean load(Connection connection, double scale, PrintStream out) throws SQLException {
        if (exists(connection, "SELECT COUNT(*) FROM ledger_entry WHERE kind = 'INPUT' AND source_key = '" + FIRST_KEY + "'")) {
            out.println("The ledger dataset is loaded already (" + FIRST_KEY + " exists); it is loaded once only."
                    + " Use a new data folder to load it again.");
            return false;
        }
        var values = counts(scale, Instant.now(), ZoneId.systemDefault());
        out.printf("Loading the ledger dataset (scale %s): %,d ledger rows over %d quarters, %s to %s (time zone %s)%n",
                scale, values.get("rows"), QUARTERS, Quarter.ofCode(values.get("q0_code").intValue()),
                Quarter.ofCode(values.get("q7_code").intValue()), ZoneId.systemDefault());
        long started = System.nanoTime();
        connection.setAutoCommit(true);
        try (var statement = connection.createStatement()) {
            CityDataset.execute(BenchScript.load(SCRIPT), values, statement, started, out);
            try (var rows = statement.executeQuery("SELECT kind, COUNT(*) FROM ledger_entry GROUP BY kind ORDER BY kind")) {
                while (rows.next()) {
                    out.printf("  %-20s %,d rows%n", rows.getString(1), rows.getLong(2));
                }
            }
        }
        out.println("Ledger dataset loaded in " + CityDataset.seconds(started) + ".");
        return true;
    }

    /**
     * The sizes at a scale and the eight quarters ending with the one of {@code now} in the city's zone, each
     * with its code and its bounds in Unix seconds (the zone's midnights, as {@link Quarter} computes them).
     */
    static Map<String, Long> counts(double scale, Instant now, ZoneId zone) {
        var values = new HashMap<String, Long>();
        long rows = Math.max(100, Math.round(2_000_000 * scale));
        values.put("rows", rows);
        values.put("inputs", rows * 35 / 100);
        values.put("signups", rows * 27 / 100);
        var current = Quarter.of(now, zone);
        for (int k = 0; k < QUARTERS; k++) {
            var quarter = current.minus(QUARTERS - 1 - k);
            values.put("q" + k + "_code", (long) quarter.code());
            values.put("q" + k + "_start", quarter.start(zone).getEpochSecond());
            values.put("q" + k + "_end", quarter.end(zone).getEpochSecond());
        }
        return values;
    }

    private static boolean exists(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1) > 0;
        }
    }
}
