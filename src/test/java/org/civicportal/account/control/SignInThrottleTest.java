package org.civicportal.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.civicportal.platform.security.AttemptLimiter;
import org.junit.jupiter.api.Test;

/** Guessing one email from many addresses meets a growing delay, never a lock that would keep the owner out. */
class SignInThrottleTest {

    private static final Instant LATEST = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration FIRST = AccountAttemptRule.SIGN_IN_EMAIL_FIRST_DELAY;
    private static final Duration LONGEST = AccountAttemptRule.SIGN_IN_EMAIL_LONGEST_DELAY;
    private static final int FREE = AccountAttemptRule.SIGN_IN_EMAIL.limit();

    @Test
    void theFirstFailuresCostNothing() {
        for (int count = 0; count < FREE; count++) {
            assertTrue(AttemptLimiter.growingDelay(FREE, count, LATEST, FIRST, LONGEST).isEmpty(), "after " + count);
        }
        assertTrue(AttemptLimiter.growingDelay(FREE, 50, null, FIRST, LONGEST).isEmpty());
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToTheLongest() {
        assertEquals(Optional.of(LATEST.plusSeconds(2)), AttemptLimiter.growingDelay(FREE, FREE, LATEST, FIRST, LONGEST));
        assertEquals(Optional.of(LATEST.plusSeconds(4)), AttemptLimiter.growingDelay(FREE, FREE + 1, LATEST, FIRST, LONGEST));
        assertEquals(Optional.of(LATEST.plusSeconds(16)), AttemptLimiter.growingDelay(FREE, FREE + 3, LATEST, FIRST, LONGEST));
        assertEquals(Optional.of(LATEST.plus(LONGEST)), AttemptLimiter.growingDelay(FREE, FREE + 20, LATEST, FIRST, LONGEST));
        assertEquals(Optional.of(LATEST.plus(LONGEST)), AttemptLimiter.growingDelay(FREE, 1_000_000, LATEST, FIRST, LONGEST),
                "no overflow, however many");
    }

    @Test
    void theRulesLeaveTheOwnerAWay() {
        assertEquals(5, AccountAttemptRule.SIGN_IN_PAIR.limit(), "one email from one address");
        assertTrue(LONGEST.compareTo(Duration.ofMinutes(15)) < 0, "the delay for an email is shorter than the old lock");
        assertTrue(AccountAttemptRule.SIGN_IN_PAIR.name().length() <= 24 && AccountAttemptRule.SIGN_IN_LINK_ADDRESS.name().length() <= 24,
                "auth_attempt.kind holds 24 characters");
    }
}
