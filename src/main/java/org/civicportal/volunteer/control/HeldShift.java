package org.civicportal.volunteer.control;

import java.math.BigDecimal;
import java.time.Instant;

/** A shift that took place, as a chain's story tells it: counts only, no names. */
public record HeldShift(long taskId, String title, Instant endedAt, int attended, BigDecimal hours, int thanked,
        Instant lastThankedAt) {
}
