package org.civicportal.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sliding-window limits kept in the database (see {@link AttemptLog}), so they hold across restarts and on
 * every node of a cluster. A token bucket would not express "five failures within fifteen minutes" exactly.
 */
@ApplicationScoped
public class AttemptLimiter {

    @Inject
    AttemptLog log;

    Clock clock = Clock.systemUTC();

    /**
     * Records this attempt first, then counts it with the others: requests sent in parallel cannot all slip
     * under the limit, because each counts after its own row is committed. Empty when the attempt may go on;
     * otherwise when the subject may try again.
     */
    public Optional<Instant> attempt(AttemptRule rule, String subject) {
        var now = clock.instant();
        log.add(rule, subject, now);
        log.prune(rule, subject, now);
        var recent = log.recent(rule, subject, now);
        if (recent.size() <= rule.limit()) {
            return Optional.empty();
        }
        return Optional.of(recent.get(rule.limit()).plus(rule.window()));
    }

    /** When the subject may try again, if it already used up its attempts (nothing is recorded). */
    public Optional<Instant> blockedUntil(AttemptRule rule, String subject) {
        var recent = log.recent(rule, subject, clock.instant());
        if (recent.size() < rule.limit()) {
            return Optional.empty();
        }
        return Optional.of(recent.get(rule.limit() - 1).plus(rule.window()));
    }

    /**
     * A growing delay instead of a lock: the first rule.limit() attempts within the window are free; after
     * that each further one must wait, after the latest, twice as long as the one before (from {@code first},
     * at most {@code longest}). Nothing is recorded. Empty when the subject may try now.
     */
    public Optional<Instant> delayedUntil(AttemptRule rule, String subject, Duration first, Duration longest) {
        var now = clock.instant();
        var recent = log.countAndLatest(rule, subject, now);
        return growingDelay(rule.limit(), recent.count(), recent.latest(), first, longest).filter(now::isBefore);
    }

    /** When the next attempt may come, after {@code count} attempts of which the latest was at {@code latest}. */
    public static Optional<Instant> growingDelay(int free, long count, Instant latest, Duration first, Duration longest) {
        if (count < free || latest == null) {
            return Optional.empty();
        }
        var doublings = Math.min(count - free, 30);
        var wait = first.multipliedBy(1L << doublings);
        return Optional.of(latest.plus(wait.compareTo(longest) > 0 ? longest : wait));
    }

    /** Counts an attempt after the fact (e.g. a failed sign-in from an address). */
    public void record(AttemptRule rule, String subject) {
        var now = clock.instant();
        log.add(rule, subject, now);
        log.prune(rule, subject, now);
    }

    public void clear(AttemptRule rule, String subject) {
        log.clear(rule, subject);
    }
}
