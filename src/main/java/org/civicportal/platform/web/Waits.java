package org.civicportal.platform.web;

import java.time.Duration;
import java.time.Instant;

/** "Try again in N minutes", rounded up so the person never comes back too early. */
public final class Waits {

    private Waits() {
    }

    public static long minutesUntil(Instant until) {
        var seconds = Duration.between(Instant.now(), until).getSeconds();
        return Math.max(1, (seconds + 59) / 60);
    }
}
