package org.civicportal.platform.launcher;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.ZoneId;
import org.civicportal.reciprocity.control.LedgerRebuild;
import org.civicportal.reciprocity.control.LedgerSources;

/**
 * The launcher's side of the ledger rebuild: {@code --rebuild-ledger} (every difference listed, "N differences"
 * last) and the fill after demo data, a schema upgrade of a portal without a ledger, or the city dataset. The city's zone is the JVM's,
 * as in the portal (CityTime).
 */
final class LedgerFill {

    /** Lines of each kind of difference --rebuild-ledger prints; the counts and the last line are complete. */
    static final int SHOWN = 10_000;

    private LedgerFill() {
    }

    /** Rebuilds (when onlyIfEmpty, only an empty ledger) and says so in one line; a StartupFailure when it fails. */
    static void fill(String url, String user, String password, boolean onlyIfEmpty, PrintStream out)
            throws StartupFailure {
        try (var connection = DriverManager.getConnection(url, user, password)) {
            if (onlyIfEmpty) {
                try (var statement = connection.createStatement();
                        var rows = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM ledger_entry)")) {
                    rows.next();
                    if (rows.getBoolean(1)) {
                        return;
                    }
                }
            }
            fill(connection, out);
        } catch (SQLException e) {
            throw new StartupFailure("The reciprocity ledger could not be rebuilt: " + EmbeddedDatabase.rootMessage(e), e);
        }
    }

    static void fill(Connection connection, PrintStream out) throws SQLException {
        long started = System.nanoTime();
        var result = new LedgerRebuild(LedgerSources.all(), ZoneId.systemDefault(), 0).run(connection, true, null);
        if (result.differences() > 0) {
            out.printf("The reciprocity ledger was rebuilt from the records: %,d rows added, %,d removed, %,d corrected (%s).%n",
                    result.missing(), result.extra(), result.different(), CityDataset.seconds(started));
        }
    }

    /** --rebuild-ledger: lists each difference, repairs them, prints "N differences" last; returns N. */
    static long rebuild(Connection connection, PrintStream out) throws SQLException {
        long started = System.nanoTime();
        var result = new LedgerRebuild(LedgerSources.all(), ZoneId.systemDefault(), SHOWN).run(connection, true, null);
        result.lines().forEach(out::println);
        if (result.notListed() > 0) {
            out.printf("… and %,d more differences not listed%n", result.notListed());
        }
        out.printf("Ledger compared with the records in %s: %d missing, %d extra, %d different%s%n",
                CityDataset.seconds(started), result.missing(), result.extra(), result.different(),
                result.differences() > 0 ? ", all repaired" : "");
        out.println(result.differences() + " differences");
        return result.differences();
    }
}
