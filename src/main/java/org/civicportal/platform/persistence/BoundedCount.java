package org.civicportal.platform.persistence;

/**
 * How many rows a list has, counted no further than {@link #LIMIT}: a page then says "more than 10,000"
 * instead of counting a city's whole table on every view. Lists also stop paging there ({@link #cut}).
 */
public record BoundedCount(long value, boolean exact) {

    /** The most rows counted, and the most rows a list pages through. */
    public static final int LIMIT = 10_000;

    /** From a count of at most LIMIT + 1 rows. */
    public static BoundedCount of(long counted) {
        return counted > LIMIT ? new BoundedCount(LIMIT, false) : new BoundedCount(counted, true);
    }

    /** The SQL that counts a list's rows up to one past the limit; inner is the list's SELECT of its ids. */
    public static String sql(String inner) {
        return "SELECT COUNT(*) FROM (" + inner + " LIMIT " + (LIMIT + 1) + ") bounded";
    }

    /** The page size cut so a page never reaches past the last reachable row. */
    public static int cut(long first, int size) {
        return (int) Math.max(0, Math.min(size, LIMIT - first));
    }
}
