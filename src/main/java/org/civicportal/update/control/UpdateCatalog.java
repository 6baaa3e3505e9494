package org.civicportal.update.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civicportal.update.entity.MonthlyUpdate;
import org.civicportal.update.entity.UpdateState;

/** The reads the update pages, the feed and the composer need; each is one query on an index of V16. */
@ApplicationScoped
public class UpdateCatalog {

    /** Five years of months: the admin list shows no more. */
    public static final int ADMIN_ROWS = 60;

    @PersistenceContext
    EntityManager em;

    /** A row of /admin/updates. */
    public record UpdateRow(long id, String month, UpdateState state, Instant updatedAt, Instant finishedAt,
            long items) {
    }

    /** A row of /updates. */
    public record PublishedRow(String month, Instant publishedAt, long items) {
    }

    /** An update with its items, in order. */
    public Optional<MonthlyUpdate> find(long id) {
        return em.createQuery("SELECT DISTINCT u FROM MonthlyUpdate u LEFT JOIN FETCH u.items WHERE u.id = :id",
                MonthlyUpdate.class).setParameter("id", id).getResultStream().findFirst();
    }

    /**
     * The update with its items for the composer, which runs on the dispatcher's managed thread: there an
     * EntityManager outside a transaction is closed under the next read, so this read has its own.
     */
    @Transactional
    public Optional<MonthlyUpdate> forSending(long id) {
        return find(id);
    }

    /** The update of a month, if it was sent: the public page. */
    public Optional<MonthlyUpdate> sent(String month) {
        return em.createQuery("SELECT DISTINCT u FROM MonthlyUpdate u LEFT JOIN FETCH u.items "
                + "WHERE u.state = :sent AND u.month = :m", MonthlyUpdate.class)
                .setParameter("sent", UpdateState.SENT).setParameter("m", month).getResultStream().findFirst();
    }

    /** The newest updates, any state, newest month first. */
    public List<UpdateRow> all() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT u.id, u.month, u.state, u.updated_at, u.finished_at, "
                + "(SELECT COUNT(*) FROM monthly_update_item i WHERE i.update_id = u.id) FROM monthly_update u "
                + "ORDER BY u.month DESC LIMIT " + ADMIN_ROWS).getResultList();
        return rows.stream().map(r -> new UpdateRow(((Number) r[0]).longValue(), (String) r[1],
                UpdateState.valueOf((String) r[2]), instant(r[3]), instant(r[4]), ((Number) r[5]).longValue()))
                .toList();
    }

    /**
     * Sent updates before a month ('9999-12' for the newest), newest first: a page of /updates, read by keyset
     * on (state, month).
     */
    public List<PublishedRow> published(String before, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT u.month, COALESCE(u.finished_at, u.updated_at), "
                + "(SELECT COUNT(*) FROM monthly_update_item i WHERE i.update_id = u.id) FROM monthly_update u "
                + "WHERE u.state = 'SENT' AND u.month < ?1 ORDER BY u.month DESC LIMIT " + Math.max(1, limit))
                .setParameter(1, before).getResultList();
        return rows.stream().map(r -> new PublishedRow((String) r[0], instant(r[1]), ((Number) r[2]).longValue()))
                .toList();
    }

    /** The newest sent updates with their items, for the feed. */
    public List<MonthlyUpdate> latestSent(int limit) {
        var months = em.createQuery("SELECT u.month FROM MonthlyUpdate u WHERE u.state = :sent ORDER BY u.month DESC",
                String.class).setParameter("sent", UpdateState.SENT).setMaxResults(limit).getResultList();
        if (months.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT DISTINCT u FROM MonthlyUpdate u LEFT JOIN FETCH u.items WHERE u.month IN :months "
                + "ORDER BY u.month DESC", MonthlyUpdate.class).setParameter("months", months).getResultList();
    }

    /** A staff member's own address and language, for a test send. */
    public record Address(String email, org.civicportal.platform.i18n.Language language) {
    }

    public Optional<Address> addressOf(long accountId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT email, language FROM account WHERE id = ?1")
                .setParameter(1, accountId).getResultList();
        return rows.stream().findFirst().map(r -> new Address((String) r[0],
                org.civicportal.platform.i18n.Language.fromCode((String) r[1])
                        .orElse(org.civicportal.platform.i18n.Language.EN)));
    }

    private static Instant instant(Object column) {
        return org.civicportal.platform.persistence.UtcInstantConverter.fromColumn(column);
    }
}
