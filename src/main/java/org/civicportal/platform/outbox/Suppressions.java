package org.civicportal.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicportal.platform.persistence.UtcInstantConverter;

/**
 * Addresses that bounced for good (the server answered 5xx): they get no NOTICE or BULK mail until their owner
 * confirms the address again on /me.
 */
@ApplicationScoped
public class Suppressions {

    /** One suppressed address: since when and the server's answer that caused it. */
    public record Suppression(String email, Long accountId, String reason, Instant suppressedAt) {
    }

    @PersistenceContext
    EntityManager em;

    /** The suppression of this account's address, if any. */
    public Optional<Suppression> ofAccount(long accountId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT s.email, s.account_id, s.reason, s.suppressed_at "
                + "FROM mail_suppression s JOIN account a ON a.email = s.email WHERE a.id = ?1")
                .setParameter(1, accountId).getResultList();
        return rows.stream().findFirst().map(r -> new Suppression((String) r[0],
                r[1] == null ? null : ((Number) r[1]).longValue(), (String) r[2], UtcInstantConverter.fromColumn(r[3])));
    }

    /** The owner confirmed the address: bulk and notice mail reach it again. */
    @Transactional
    public boolean release(long accountId) {
        return em.createNativeQuery("DELETE s FROM mail_suppression s JOIN account a ON a.email = s.email "
                + "WHERE a.id = ?1").setParameter(1, accountId).executeUpdate() > 0;
    }
}
