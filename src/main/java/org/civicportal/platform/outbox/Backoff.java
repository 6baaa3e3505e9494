package org.civicportal.platform.outbox;

import java.time.Duration;

/**
 * When a message the server refused for now (4xx) or could not take (no connection) is tried again: after
 * base, 2·base, 4·base… capped at {@link #MAX_DELAY}, then every {@link #MAX_DELAY} for as long as it takes.
 * Such a message is never given up: only a refusal for good (5xx) or a message that cannot be prepared is
 * FAILED, so a long SMTP outage leaves the queue RETRYING (shown at /admin/outbox), not failed.
 */
public record Backoff(Duration base) {

    static final Duration MAX_DELAY = Duration.ofHours(4);

    public Backoff {
        if (base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("The retry base must be positive: " + base);
        }
    }

    /** How long to wait after the {@code attempts}-th failed attempt (1-based). */
    public Duration delayAfter(int attempts) {
        var exponent = Math.max(0, Math.min(attempts - 1, 30));
        var delay = base.multipliedBy(1L << exponent);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }
}
