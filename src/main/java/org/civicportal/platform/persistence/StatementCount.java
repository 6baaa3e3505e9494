package org.civicportal.platform.persistence;

import java.util.Map;

/**
 * How many SQL statements the current request has sent, for the statement-count tests and for anyone
 * checking a page by hand: with {@code PORTAL_COUNT_STATEMENTS=true} every response carries
 * {@code X-SQL-Statements} ({@link StatementCountFilter}), counted by {@link StatementCounting}. A request
 * is handled by one thread from filter to render, so the count lives in a thread-local; statements of
 * other threads (scheduled jobs) are never counted. Unset, nothing is registered and nothing is counted.
 */
public final class StatementCount {

    public static final String VARIABLE = "PORTAL_COUNT_STATEMENTS";
    public static final String HEADER = "X-SQL-Statements";

    private static final boolean ENABLED = enabled(System.getenv());
    private static final ThreadLocal<int[]> CURRENT = new ThreadLocal<>();

    private StatementCount() {
    }

    public static boolean enabled() {
        return ENABLED;
    }

    static boolean enabled(Map<String, String> environment) {
        return "true".equalsIgnoreCase(environment.getOrDefault(VARIABLE, "").strip());
    }

    /** Starts counting for this thread's request; a count already running (a nested dispatch) goes on. */
    static boolean start() {
        if (CURRENT.get() != null) {
            return false;
        }
        CURRENT.set(new int[1]);
        return true;
    }

    static void stop() {
        CURRENT.remove();
    }

    /** One statement sent to the database by this thread; outside a counted request it is not counted. */
    static void statementSent() {
        int[] count = CURRENT.get();
        if (count != null) {
            count[0]++;
        }
    }

    /** The statements this thread's request has sent so far (0 when nothing is counted). */
    static int sofar() {
        int[] count = CURRENT.get();
        return count == null ? 0 : count[0];
    }
}
