package org.civicportal.platform.outbox;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * How long this node may still send the rows it claimed. The database writes lease_until with its own clock
 * (UTC_TIMESTAMP + the lease) and no other node claims a row before that; this side counts on the JVM's
 * monotonic clock from the moment just before that write, minus a safety margin, so neither a clock set back
 * nor a skew between nodes lets two nodes hold the same row: once {@link #held()} is false the holder sends
 * nothing more of its batch until a renewal succeeds.
 */
final class Lease {

    private final Duration length;
    private final Duration margin;
    private final Duration renewEvery;
    private final LongSupplier nanos;
    private long validUntil;
    private long renewAt;

    /**
     * @param renewEvery how often the holder renews while it sends (also how soon it notices a row a campaign's
     *                   pause or cancel took back); shorter than the lease less its margin
     */
    Lease(Duration length, Duration margin, Duration renewEvery, LongSupplier nanos) {
        if (margin.plus(renewEvery).compareTo(length) >= 0) {
            throw new IllegalArgumentException("The margin and the renewal must fit in the lease");
        }
        this.length = length;
        this.margin = margin;
        this.renewEvery = renewEvery;
        this.nanos = nanos;
    }

    /** Call just before the statement that writes lease_until; returns the lease's length in seconds for it. */
    long begin() {
        var now = nanos.getAsLong();
        validUntil = now + length.minus(margin).toNanos();
        renewAt = now + renewEvery.toNanos();
        return length.toSeconds();
    }

    /** Whether this node still holds what it claimed or renewed. */
    boolean held() {
        return nanos.getAsLong() - validUntil < 0;
    }

    /** Time to renew before sending on. */
    boolean dueForRenewal() {
        return nanos.getAsLong() - renewAt >= 0;
    }
}
