package org.civicportal.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
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
