package org.civicportal.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.civicportal.platform.persistence.UtcInstantConverter;

/**
 * The auth_attempt table. Every method commits on its own, so an attempt counts at once for every other
 * request and node, whatever becomes of the caller's transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class AttemptLog {

    @PersistenceContext
    EntityManager em;

    /**
     * Only an insert: a delete of old rows in the same transaction takes gap locks that two parallel
     * attempts for one subject (many people behind one address) would deadlock on.
     */
    public void add(AttemptRule rule, String subject, Instant at) {
        em.createNativeQuery("INSERT INTO auth_attempt (kind, subject, attempted_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, rule.name())
                .setParameter(2, subject)
                .setParameter(3, UtcInstantConverter.utc(at))
                .executeUpdate();
    }

    /** Forgets the subject's attempts older than the rule's window; in its own transaction, after add. */
    public void prune(AttemptRule rule, String subject, Instant now) {
        em.createNativeQuery("DELETE FROM auth_attempt WHERE kind = ?1 AND subject = ?2 AND attempted_at < ?3")
                .setParameter(1, rule.name())
                .setParameter(2, subject)
                .setParameter(3, UtcInstantConverter.utc(now.minus(rule.window())))
                .executeUpdate();
    }

    /** Attempt times within the rule's window, newest first, at most limit + 1 of them. */
    public List<Instant> recent(AttemptRule rule, String subject, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT attempted_at FROM auth_attempt "
                + "WHERE kind = ?1 AND subject = ?2 AND attempted_at > ?3 ORDER BY attempted_at DESC LIMIT ?4")
                .setParameter(1, rule.name())
                .setParameter(2, subject)
                .setParameter(3, UtcInstantConverter.utc(now.minus(rule.window())))
                .setParameter(4, rule.limit() + 1)
                .getResultList();
        return rows.stream().map(UtcInstantConverter::fromColumn).toList();
    }

    /** How many attempts within the rule's window, and when the latest was (null when none). */
    public record Recent(long count, Instant latest) {
    }

    public Recent countAndLatest(AttemptRule rule, String subject, Instant now) {
        var row = (Object[]) em.createNativeQuery("SELECT COUNT(*), MAX(attempted_at) FROM auth_attempt "
                + "WHERE kind = ?1 AND subject = ?2 AND attempted_at > ?3")
                .setParameter(1, rule.name())
                .setParameter(2, subject)
                .setParameter(3, UtcInstantConverter.utc(now.minus(rule.window())))
                .getSingleResult();
        var count = ((Number) row[0]).longValue();
        return new Recent(count, row[1] == null ? null : UtcInstantConverter.fromColumn(row[1]));
    }

    public void clear(AttemptRule rule, String subject) {
        em.createNativeQuery("DELETE FROM auth_attempt WHERE kind = ?1 AND subject = ?2")
                .setParameter(1, rule.name())
                .setParameter(2, subject)
                .executeUpdate();
    }
}
