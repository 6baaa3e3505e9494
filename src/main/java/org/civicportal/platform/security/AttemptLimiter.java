package org.civicportal.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicportal.platform.persistence.UtcInstantConverter;

/**
 * Sliding-window limits kept in the auth_attempt table, so they hold across restarts and on every node of
 * a cluster. A token bucket would not express "five failures within fifteen minutes" exactly.
 */
@ApplicationScoped
public class AttemptLimiter {

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** When the subject may try again, if it must wait. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Instant> blockedUntil(AttemptRule rule, String subject) {
        var now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object> recent = em.createNativeQuery("SELECT attempted_at FROM auth_attempt "
                + "WHERE kind = ?1 AND subject = ?2 AND attempted_at > ?3 ORDER BY attempted_at DESC LIMIT ?4")
                .setParameter(1, rule.name())
                .setParameter(2, subject)
                .setParameter(3, UtcInstantConverter.utc(now.minus(rule.window())))
                .setParameter(4, rule.limit())
                .getResultList();
        if (recent.size() < rule.limit()) {
            return Optional.empty();
        }
        var oldestCounted = UtcInstantConverter.fromColumn(recent.get(recent.size() - 1));
        return Optional.of(oldestCounted.plus(rule.window()));
    }

    /** Recorded in its own transaction: a failed sign-in must count even though nothing else is saved. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(AttemptRule rule, String subject) {
        var now = clock.instant();
        em.createNativeQuery("DELETE FROM auth_attempt WHERE kind = ?1 AND subject = ?2 AND attempted_at < ?3")
                .setParameter(1, rule.name())
                .setParameter(2, subject)
                .setParameter(3, UtcInstantConverter.utc(now.minus(rule.window())))
                .executeUpdate();
        em.createNativeQuery("INSERT INTO auth_attempt (kind, subject, attempted_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, rule.name())
                .setParameter(2, subject)
                .setParameter(3, UtcInstantConverter.utc(now))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void clear(AttemptRule rule, String subject) {
        em.createNativeQuery("DELETE FROM auth_attempt WHERE kind = ?1 AND subject = ?2")
                .setParameter(1, rule.name())
                .setParameter(2, subject)
                .executeUpdate();
    }
}
