package org.civicportal.reciprocity.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The median and 90th percentile of days to answer, from how many answers took each whole number of hours
 * (ledger_answer_wait): the continuous percentile of SQL's PERCENTILE_CONT (linear between the two nearest
 * answers in order), to the hour, without reading every answer.
 */
public final class WaitPercentiles {

    /** answers that waited {@code hours} whole hours. */
    public record Bucket(long hours, long answers) {
    }

    private WaitPercentiles() {
    }

    /**
     * The p-th percentile (0 to 1) of the waits, in days with one decimal; empty when no answer was given.
     * Buckets must be in increasing hours; buckets with no answers (or fewer, after a correction) are skipped.
     */
    public static Optional<BigDecimal> days(List<Bucket> buckets, double p) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("A percentile is between 0 and 1: " + p);
        }
        long n = buckets.stream().mapToLong(b -> Math.max(b.answers(), 0)).sum();
        if (n == 0) {
            return Optional.empty();
        }
        double position = p * (n - 1);
        long below = (long) Math.floor(position);
        double fraction = position - below;
        double lower = valueAt(buckets, below);
        double upper = fraction == 0 ? lower : valueAt(buckets, below + 1);
        double hours = lower + (upper - lower) * fraction;
        // Hours to a millionth first: 0.9 * 9 is 8.100000000000001 in doubles, which must not tip a rounding.
        return Optional.of(BigDecimal.valueOf(hours).setScale(6, RoundingMode.HALF_UP)
                .divide(BigDecimal.valueOf(24), 1, RoundingMode.HALF_UP));
    }

    /** The hours of the answer at this 0-based position in order. */
    private static long valueAt(List<Bucket> buckets, long index) {
        long seen = 0;
        for (var bucket : buckets) {
            seen += Math.max(bucket.answers(), 0);
            if (index < seen) {
                return bucket.hours();
            }
        }
        throw new IllegalStateException("No answer at position " + index);
    }
}
