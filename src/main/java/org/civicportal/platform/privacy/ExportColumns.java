package org.civicportal.platform.privacy;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A row's values as the export writes them, by the column's SQL type: instants in ISO 8601 UTC (the database
 * keeps UTC), numbers as numbers, booleans as true/false, text as it is stored.
 */
final class ExportColumns {

    enum Kind {
        TEXT, INTEGER, DECIMAL, BOOLEAN, INSTANT, DATE
    }

    private ExportColumns() {
    }

    static Kind kind(int sqlType) {
        return switch (sqlType) {
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> Kind.INSTANT;
            case Types.DATE -> Kind.DATE;
            case Types.BIT, Types.BOOLEAN -> Kind.BOOLEAN;
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> Kind.INTEGER;
            case Types.DECIMAL, Types.NUMERIC, Types.DOUBLE, Types.FLOAT, Types.REAL -> Kind.DECIMAL;
            default -> Kind.TEXT;
        };
    }

    /** The value of column i (1-based) as a Java value of its kind, or null. */
    static Object value(ResultSet rows, int i, Kind kind) throws SQLException {
        Object value = switch (kind) {
            case INSTANT -> {
                var at = rows.getObject(i, LocalDateTime.class);
                yield at == null ? null : at.toInstant(ZoneOffset.UTC).toString();
            }
            case DATE -> {
                var day = rows.getObject(i, LocalDate.class);
                yield day == null ? null : day.toString();
            }
            case BOOLEAN -> rows.getBoolean(i);
            case INTEGER -> rows.getLong(i);
            case DECIMAL -> rows.getBigDecimal(i);
            case TEXT -> rows.getString(i);
        };
        return rows.wasNull() ? null : value;
    }

    static String text(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value == null ? "" : value.toString();
    }
}
