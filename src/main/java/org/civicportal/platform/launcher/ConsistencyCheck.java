package org.civicportal.platform.launcher;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * {@code --check-consistency}: the rules of db/bench/consistency-checks.sql, one query each, printed with the
 * number of rows that break it. Every counter the portal keeps (support_count, credit_count, confirmed_count,
 * revision) and every status that depends on other rows is checked against those rows.
 */
final class ConsistencyCheck {

    static final String SCRIPT = "db/bench/consistency-checks.sql";

    private ConsistencyCheck() {
    }

    /** Prints each rule with its count and "N inconsistencies" last; returns N. */
    static long run(Connection connection, PrintStream out) throws SQLException {
        long total = 0;
        out.println("Consistency checks:");
        try (var statement = connection.createStatement()) {
            for (var check : BenchScript.load(SCRIPT).statements()) {
                long started = System.nanoTime();
                long count;
                try (var rows = statement.executeQuery(check.sql())) {
                    rows.next();
                    count = rows.getLong(1);
                }
                total += count;
                out.printf("  %8d  %s (%s)%n", count, check.check(), CityDataset.seconds(started));
            }
        }
        out.println(total + " inconsistencies");
        return total;
    }
}
