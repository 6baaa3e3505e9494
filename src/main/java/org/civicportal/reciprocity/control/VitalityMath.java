package org.civicportal.reciprocity.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.civicportal.platform.time.Quarter;

/**
 * The arithmetic of the vitality signals, apart from the SQL that aggregates the ledger: the database sums
 * and ranks, this class turns those sums into the figure staff read. Every figure is null when there is
 * nothing to measure (no answers, no volunteers), so a page says "no data" instead of a misleading 0.
 */
public final class VitalityMath {

    /** "Within 30 days" of the signals. */
    public static final Duration MONTH = Duration.ofDays(30);
    /** "Gave again within 90 days". */
    public static final Duration SEASON = Duration.ofDays(90);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private VitalityMath() {
    }

    /** part of whole in per cent, one decimal; null when whole is 0. */
    public static Double percent(long part, long whole) {
        return whole == 0 ? null : round(100.0 * part / whole, 1);
    }

    /** part of whole in per cent, one decimal; null when whole is 0 or missing. */
    public static Double percent(BigDecimal part, BigDecimal whole) {
        if (whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP).doubleValue();
    }

    /** Seconds as days, one decimal; null for no value. */
    public static Double days(Number seconds) {
        return seconds == null ? null : round(seconds.doubleValue() / 86_400, 1);
    }

    /**
     * The Gini coefficient of n positive amounts from the sums the database gives: their total and the sum
     * of each amount times its rank in ascending order (1 for the smallest). G = 2·Σ(i·xᵢ) / (n·Σxᵢ) − (n+1)/n:
     * 0 when everyone gave the same, approaching 1 when one person gave nearly everything. Ties may be ranked
     * in any order: swapping equal amounts leaves Σ(i·xᵢ) unchanged. Three decimals; null with nobody.
     */
    public static Double gini(long n, BigDecimal total, BigDecimal rankWeighted) {
        if (n == 0 || total == null || total.signum() == 0) {
            return null;
        }
        var count = BigDecimal.valueOf(n);
        var g = rankWeighted.multiply(BigDecimal.valueOf(2))
                .divide(count.multiply(total), MathContext.DECIMAL64)
                .subtract(count.add(BigDecimal.ONE).divide(count, MathContext.DECIMAL64));
        return Math.max(0, g.setScale(3, RoundingMode.HALF_UP).doubleValue());
    }

    /** How many volunteers are "the top 10 %": a tenth of them rounded up, so one of a single volunteer. */
    public static long topTenth(long volunteers) {
        return (volunteers + 9) / 10;
    }

    /** Thanks given per 10 hours volunteered, one decimal; null without hours. */
    public static Double perTenHours(long thanks, BigDecimal hours) {
        if (hours == null || hours.signum() == 0) {
            return null;
        }
        return BigDecimal.valueOf(thanks * 10L).divide(hours, 1, RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * The first inputs measured by "answered residents come back" in a quarter: those whose 90 days to give
     * again ended in the quarter (so far), i.e. made from 90 days before its first midnight to 90 days before
     * its end or now, whichever is earlier. A quarter's figure is final once the quarter is over.
     */
    public static Window comeBackWindow(Quarter quarter, ZoneId zone, Instant now) {
        return Window.of(quarter, zone, now).minus(SEASON);
    }

    /**
     * The newcomers measured in a quarter: who joined in it, at least 30 days ago (their first 30 days are
     * over).
     */
    public static Window newcomerWindow(Quarter quarter, ZoneId zone, Instant now) {
        var joined = Window.of(quarter, zone, now);
        var matured = now.minus(MONTH);
        return new Window(joined.from(), joined.until().isAfter(matured) ? matured : joined.until());
    }

    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /** From (included) until (excluded); empty when until is not after from. */
    public record Window(Instant from, Instant until) {

        /** The quarter from its first midnight in the city to its end, or to now while it lasts. */
        public static Window of(Quarter quarter, ZoneId zone, Instant now) {
            var end = quarter.end(zone);
            return new Window(quarter.start(zone), end.isAfter(now) ? now : end);
        }

        public Window minus(Duration duration) {
            return new Window(from.minus(duration), until.minus(duration));
        }

        public boolean contains(Instant instant) {
            return !instant.isBefore(from) && instant.isBefore(until);
        }
    }
}
