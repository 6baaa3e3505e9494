package org.civicportal.forum.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.civicportal.forum.entity.Commitment;
import org.civicportal.forum.entity.CommitmentStatus;
import org.civicportal.platform.time.Quarter;

/**
 * The commitments a quarter page shows (the third question): last quarter's with what became of them, every
 * open one overdue by this quarter from earlier quarters, and this quarter's. Each list is an index range of
 * V13 (ix_commitment_made, ix_commitment_overdue); a quarter has a handful of commitments.
 */
@ApplicationScoped
public class CommitmentCatalog {

    /** A quarter page's lists; a commitment appears in one of them at most. */
    public record ForQuarter(List<CommitmentView> lastQuarters, List<CommitmentView> overdue,
            List<CommitmentView> thisQuarters) {
    }

    /** More than any forum makes in a quarter: a bound, not a page. */
    static final int LIMIT = 200;

    @PersistenceContext
    EntityManager em;

    public ForQuarter of(Quarter quarter) {
        var previous = quarter.previous();
        var overdue = em.createQuery("SELECT c FROM Commitment c WHERE c.status = :open AND c.dueQuarter < :page "
                + "AND c.madeQuarter < :previous ORDER BY c.dueQuarter, c.id", Commitment.class)
                .setParameter("open", CommitmentStatus.OPEN).setParameter("page", quarter.code())
                .setParameter("previous", previous.code()).setMaxResults(LIMIT).getResultList();
        return new ForQuarter(madeIn(previous, quarter), views(overdue, quarter), madeIn(quarter, quarter));
    }

    /** The commitments due in a quarter and how many of them were done: whether the forums' promises are kept. */
    public record Kept(long done, long due) {
    }

    public Kept keptIn(Quarter due) {
        var row = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(status = 'DONE'), 0) FROM commitment "
                + "WHERE due_quarter = ?1").setParameter(1, due.code()).getSingleResult();
        return new Kept(((Number) row[1]).longValue(), ((Number) row[0]).longValue());
    }

    /** For staff: every commitment, newest first (open ones are never lost: they also show on each page). */
    public List<CommitmentView> all() {
        return views(em.createQuery("SELECT c FROM Commitment c ORDER BY c.id DESC", Commitment.class)
                .setMaxResults(LIMIT).getResultList(), null);
    }

    private List<CommitmentView> madeIn(Quarter made, Quarter page) {
        return views(em.createQuery("SELECT c FROM Commitment c WHERE c.madeQuarter = :made ORDER BY c.id",
                Commitment.class).setParameter("made", made.code()).setMaxResults(LIMIT).getResultList(), page);
    }

    private static List<CommitmentView> views(List<Commitment> found, Quarter page) {
        return found.stream().map(c -> new CommitmentView(c.getId(), c.getText(), c.getOwner(), c.getMade(),
                c.getDue(), c.getStatus(), c.getOutcome(), c.getVersion(),
                page != null && CommitmentView.overdue(c.getStatus(), c.getDue(), page))).toList();
    }
}
