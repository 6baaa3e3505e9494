package org.civicportal.platform.outbox;

import java.time.Duration;

/**
 * When a message the server refused for now (4xx) or could not take (no connection) is tried again: after
 * base, 2·base, 4·base… capped at {@link #MAX_DELAY}, and given up (FAILED) after {@link #MAX_ATTEMPTS}
 * attempts. With the default base of 30 s (PORTAL_MAIL_RETRY_SECONDS) the tenth and last try comes about
 * 4¼ hours after the first: long enough to ride out a greylisting server or a provider's outage, short enough
 * that a message that cannot leave shows as FAILED at /admin/outbox the same day.
 */
public record Backoff(Duration base) {

    /** Attempts after which a message still refused for now is FAILED. */
    public static final int MAX_ATTEMPTS = 10;
    static final Duration MAX_DELAY = Duration.ofHours(4);

    public Backoff {
        if (base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("The retry base must be positive: " + base);
        }
    }

    /** Whether a message that has now failed {@code attempts} times is given up. */
    public boolean givesUp(int attempts) {
        return attempts >= MAX_ATTEMPTS;
    }

    /** How long to wait after the {@code attempts}-th failed attempt (1-based). */
    public Duration delayAfter(int attempts) {
        var exponent = Math.max(0, Math.min(attempts - 1, 30));
        var delay = base.multipliedBy(1L << exponent);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }
}
