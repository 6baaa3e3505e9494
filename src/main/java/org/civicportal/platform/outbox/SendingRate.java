package org.civicportal.platform.outbox;

import java.util.function.LongSupplier;

/**
 * PORTAL_MAIL_RATE: at most so many messages a second leave this node (0: as fast as the server takes them),
 * for providers that throttle. Paced evenly: message n may leave no earlier than n/rate seconds after the
 * pacing began, with no burst saved up while the outbox was idle. One per node, shared by its connections
 * (PORTAL_MAIL_CONNECTIONS): the rate is the node's, not each connection's.
 */
final class SendingRate {

    private final double perSecond;
    private final LongSupplier nanos;
    private long next;

    SendingRate(double perSecond, LongSupplier nanos) {
        if (perSecond < 0) {
            throw new IllegalArgumentException("PORTAL_MAIL_RATE must be 0 or more: " + perSecond);
        }
        this.perSecond = perSecond;
        this.nanos = nanos;
        this.next = nanos.getAsLong();
    }

    /** Nanoseconds to wait before the next message may leave (0: now); counts it as sent. */
    synchronized long take() {
        if (perSecond == 0) {
            return 0;
        }
        var now = nanos.getAsLong();
        if (next - now < 0) {
            next = now;
        }
        var wait = next - now;
        next += (long) (1_000_000_000L / perSecond);
        return wait;
    }
}
