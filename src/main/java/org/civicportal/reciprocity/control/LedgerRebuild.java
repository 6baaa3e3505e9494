package org.civicportal.reciprocity.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicportal.platform.time.Quarter;
import org.civicportal.reciprocity.entity.LedgerKind;

/**
 * Recomputes the ledger from the source records and repairs it, set-based: every {@link LedgerSource}'s expected
 * rows go into a temporary table (its quarter computed in the city's zone from bounds computed here, since
 * MariaDB may lack time-zone tables), three anti-/joins against ledger_entry count the missing, extra and
 * different rows, only the difference lines (at most {@code shown} of each) reach Java, and the repair is three
 * statements in the same transaction. Plain JDBC, so the launcher ({@code --rebuild-ledger}, no container) and
 * the staff action ({@link LedgerRebuilds}) run the same code.
 *
 * <p>The transaction is SERIALIZABLE: its reads of the source tables and of the ledger take shared locks, so a
 * change committing meanwhile waits for the rebuild instead of being mistaken for a difference.
 */
public final class LedgerRebuild {

    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final String COLUMNS = "kind, source_key, resident_id, official_id, amount, district_id, topic_id, "
            + "happened_at, quarter, waited_seconds";
    private static final String SAME_KEY = "l.kind = e.kind AND l.source_key = e.source_key";
    /** Every column a source decides, compared NULL-safely. */
    private static final String SAME_ROW = "l.resident_id <=> e.resident_id AND l.official_id <=> e.official_id "
            + "AND l.amount = e.amount AND l.district_id = e.district_id AND l.topic_id <=> e.topic_id "
            + "AND l.happened_at = e.happened_at AND l.quarter = e.quarter AND l.waited_seconds <=> e.waited_seconds";

    private final List<LedgerSource> sources;
    private final ZoneId zone;
    private final int shown;

    /**
     * @param shown how many lines of each kind of difference (missing, extra, different) to list; the counts
     *        are always complete
     */
    public LedgerRebuild(List<LedgerSource> sources, ZoneId zone, int shown) {
        this.sources = List.copyOf(sources);
        this.zone = zone;
        this.shown = shown;
    }

    /** One rebuild's findings: complete counts and the first lines of each. */
    public record Result(long missing, long extra, long different, List<String> lines, boolean repaired) {

        public long differences() {
            return missing + extra + different;
        }

        /** Lines left out of {@link #lines()} because of the display cap. */
        public long notListed() {
            return differences() - lines.size();
        }
    }

    /**
     * Compares and, when repair is true, repairs, committing on the connection (which must not be in
     * autocommit mode, or is switched out of it for the run and back). The connection's isolation is restored.
     */
    public Result run(Connection connection, boolean repair, Long startedBy) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
        try {
            var result = compare(connection, repair);
            remember(connection, result, startedBy);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            try (var statement = connection.createStatement()) {
                statement.execute("DROP TEMPORARY TABLE IF EXISTS ledger_expected");
            }
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }

    private Result compare(Connection connection, boolean repair) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("DROP TEMPORARY TABLE IF EXISTS ledger_expected");
            statement.execute("CREATE TEMPORARY TABLE ledger_expected (kind VARCHAR(24) NOT NULL, "
                    + "source_key VARCHAR(64) NOT NULL, resident_id BIGINT NULL, official_id BIGINT NULL, "
                    + "amount DECIMAL(9,2) NOT NULL, district_id BIGINT NOT NULL, topic_id BIGINT NULL, "
                    + "happened_at DATETIME(6) NOT NULL, quarter INT NOT NULL DEFAULT 0, waited_seconds BIGINT NULL, "
                    + "PRIMARY KEY (kind, source_key)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci");
            for (var source : sources) {
                statement.executeUpdate("INSERT INTO ledger_expected (kind, source_key, resident_id, official_id, amount, "
                        + "district_id, topic_id, happened_at, waited_seconds) " + source.expectedRows());
            }
            try (var span = statement.executeQuery("SELECT MIN(happened_at), MAX(happened_at) FROM ledger_expected")) {
                span.next();
                var first = span.getObject(1, LocalDateTime.class);
                var last = span.getObject(2, LocalDateTime.class);
                if (first != null) {
                    statement.executeUpdate("UPDATE ledger_expected SET quarter = "
                            + quarterOf("happened_at", first.toInstant(ZoneOffset.UTC), last.toInstant(ZoneOffset.UTC), zone));
                }
            }
            String kinds = kinds();
            String missingFrom = "FROM ledger_expected e LEFT JOIN ledger_entry l ON " + SAME_KEY + " WHERE l.id IS NULL";
            String extraFrom = "FROM ledger_entry l LEFT JOIN ledger_expected e ON " + SAME_KEY
                    + " WHERE l.kind IN (" + kinds + ") AND e.kind IS NULL";
            String differentFrom = "FROM ledger_expected e JOIN ledger_entry l ON " + SAME_KEY + " WHERE NOT (" + SAME_ROW + ")";
            long missing = count(statement, missingFrom);
            long extra = count(statement, extraFrom);
            long different = count(statement, differentFrom);
            var lines = new ArrayList<String>();
            if (missing > 0) {
                lines.addAll(lines(statement, "e", "missing", missingFrom));
            }
            if (extra > 0) {
                lines.addAll(lines(statement, "l", "extra", extraFrom));
            }
            if (different > 0) {
                lines.addAll(differences(statement, differentFrom));
            }
            if (repair) {
                if (extra > 0) {
                    statement.executeUpdate("DELETE l " + extraFrom);
                }
                if (different > 0) {
                    statement.executeUpdate("UPDATE ledger_expected e JOIN ledger_entry l ON " + SAME_KEY
                            + " SET l.resident_id = e.resident_id, l.official_id = e.official_id, l.amount = e.amount, "
                            + "l.district_id = e.district_id, l.topic_id = e.topic_id, l.happened_at = e.happened_at, "
                            + "l.quarter = e.quarter, l.waited_seconds = e.waited_seconds WHERE NOT (" + SAME_ROW + ")");
                }
                if (missing > 0) {
                    statement.executeUpdate("INSERT INTO ledger_entry (" + COLUMNS + ") SELECT e.kind, e.source_key, "
                            + "e.resident_id, e.official_id, e.amount, e.district_id, e.topic_id, e.happened_at, e.quarter, "
                            + "e.waited_seconds " + missingFrom);
                }
                if (missing + extra + different > 0) {
                    // The vitality signals kept for finished quarters were made of the rows just repaired.
                    statement.executeUpdate("DELETE FROM vitality_snapshot");
                    statement.executeUpdate("DELETE FROM vitality_quiet_giver");
                }
            }
            return new Result(missing, extra, different, List.copyOf(lines), repair);
        }
    }

    private static void remember(Connection connection, Result result, Long startedBy) throws SQLException {
        try (var insert = connection.prepareStatement("INSERT INTO ledger_rebuild (finished_at, started_by, missing, "
                + "extra, different, repaired, found) VALUES (UTC_TIMESTAMP(6), ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, startedBy);
            insert.setLong(2, result.missing());
            insert.setLong(3, result.extra());
            insert.setLong(4, result.different());
            insert.setBoolean(5, result.repaired());
            insert.setString(6, String.join("\n", result.lines()));
            insert.executeUpdate();
        }
    }

    /** The kinds the sources own, as SQL literals from the enum (never from outside text). */
    private String kinds() {
        Set<LedgerKind> owned = new LinkedHashSet<>();
        sources.forEach(source -> owned.addAll(source.kinds()));
        return owned.stream().map(kind -> "'" + kind.name() + "'").collect(Collectors.joining(", "));
    }

    private static long count(java.sql.Statement statement, String from) throws SQLException {
        try (var rows = statement.executeQuery("SELECT COUNT(*) " + from)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private List<String> lines(java.sql.Statement statement, String alias, String what, String from) throws SQLException {
        var lines = new ArrayList<String>();
        try (var rows = statement.executeQuery("SELECT " + alias + ".kind, " + alias + ".source_key, " + alias
                + ".resident_id, " + alias + ".official_id, " + alias + ".amount, " + alias + ".district_id, " + alias
                + ".topic_id, " + alias + ".happened_at, " + alias + ".quarter, " + alias + ".waited_seconds " + from
                + " ORDER BY " + alias + ".kind, " + alias + ".source_key LIMIT " + shown)) {
            while (rows.next()) {
                var row = Row.of(rows, 1);
                lines.add(what + " " + row.kind() + " " + row.sourceKey() + ": " + row.describe());
            }
        }
        return lines;
    }

    private List<String> differences(java.sql.Statement statement, String from) throws SQLException {
        var lines = new ArrayList<String>();
        try (var rows = statement.executeQuery("SELECT e.kind, e.source_key, e.resident_id, e.official_id, e.amount, "
                + "e.district_id, e.topic_id, e.happened_at, e.quarter, e.waited_seconds, l.kind, l.source_key, "
                + "l.resident_id, l.official_id, l.amount, l.district_id, l.topic_id, l.happened_at, l.quarter, "
                + "l.waited_seconds " + from + " ORDER BY e.kind, e.source_key LIMIT " + shown)) {
            while (rows.next()) {
                var expected = Row.of(rows, 1);
                var found = Row.of(rows, 11);
                lines.add("different " + expected.kind() + " " + expected.sourceKey() + ": " + found.changesTo(expected));
            }
        }
        return lines;
    }

    /**
     * SQL that computes the city's quarter code (20264) of a UTC DATETIME column from the bounds of every quarter
     * between first and last, as computed in Java in the city's zone: a CASE over a handful of literals (just the
     * code when both are in one quarter).
     */
    static String quarterOf(String column, Instant first, Instant last, ZoneId zone) {
        var sql = new StringBuilder("CASE");
        var quarter = Quarter.of(first, zone);
        var lastQuarter = Quarter.of(last, zone);
        if (quarter.equals(lastQuarter)) {
            // Every record in one quarter (a portal's first): a CASE needs a WHEN, the code is enough.
            return String.valueOf(lastQuarter.code());
        }
        while (quarter.compareTo(lastQuarter) < 0) {
            sql.append(" WHEN ").append(column).append(" < '")
                    .append(SQL_TIME.format(LocalDateTime.ofInstant(quarter.end(zone), ZoneOffset.UTC)))
                    .append("' THEN ").append(quarter.code());
            quarter = quarter.next();
        }
        return sql.append(" ELSE ").append(lastQuarter.code()).append(" END").toString();
    }

    /** A ledger row as the lines show it. */
    record Row(String kind, String sourceKey, Long residentId, Long officialId, BigDecimal amount, long districtId,
            Long topicId, LocalDateTime at, int quarter, Long waitedSeconds) {

        static Row of(ResultSet rows, int first) throws SQLException {
            return new Row(rows.getString(first), rows.getString(first + 1), rows.getObject(first + 2, Long.class),
                    rows.getObject(first + 3, Long.class), rows.getBigDecimal(first + 4), rows.getLong(first + 5),
                    rows.getObject(first + 6, Long.class), rows.getObject(first + 7, LocalDateTime.class),
                    rows.getInt(first + 8), rows.getObject(first + 9, Long.class));
        }

        String describe() {
            return "resident " + text(residentId) + ", official " + text(officialId) + ", amount "
                    + amount.toPlainString() + ", district " + districtId + ", topic " + text(topicId) + ", at "
                    + at.toInstant(ZoneOffset.UTC) + ", quarter " + quarter
                    + (waitedSeconds == null ? "" : ", waited " + waitedSeconds + " s");
        }

        /** What differs between this row (in the ledger) and the expected one, field by field. */
        String changesTo(Row expected) {
            var changes = new ArrayList<String>();
            change(changes, "resident", residentId, expected.residentId);
            change(changes, "official", officialId, expected.officialId);
            if (amount.compareTo(expected.amount) != 0) {
                changes.add("amount " + amount.toPlainString() + " -> " + expected.amount.toPlainString());
            }
            change(changes, "district", districtId, expected.districtId);
            change(changes, "topic", topicId, expected.topicId);
            change(changes, "at", at.toInstant(ZoneOffset.UTC), expected.at.toInstant(ZoneOffset.UTC));
            change(changes, "quarter", quarter, expected.quarter);
            change(changes, "waited", waitedSeconds, expected.waitedSeconds);
            return String.join(", ", changes);
        }

        private static void change(List<String> changes, String name, Object found, Object expected) {
            if (!Objects.equals(found, expected)) {
                changes.add(name + " " + text(found) + " -> " + text(expected));
            }
        }

        private static String text(Object value) {
            return value == null ? "-" : value.toString();
        }
    }
}
