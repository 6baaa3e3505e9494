package org.civicportal.forum.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.civicportal.forum.control.CommitmentEvents.CommitmentChanged;
import org.civicportal.forum.control.CommitmentEvents.CommitmentMade;
import org.civicportal.forum.entity.Commitment;
import org.civicportal.forum.entity.CommitmentStatus;
import org.civicportal.platform.time.CityTime;
import org.civicportal.platform.time.Quarter;

/**
 * Staff make and follow up rebalancing commitments. A commitment is made in the current quarter and due in
 * it or a later one; it can be changed, done (with an optional public note) or dropped (with a required public
 * reason), never deleted. The callers (staff pages) check the STAFF role; texts arrive cleaned.
 */
@ApplicationScoped
public class CommitmentService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CityTime cityTime;

    @Inject
    Event<Object> events;

    Clock clock = Clock.systemUTC();

    @Transactional
    public long make(String text, String owner, Quarter due, long staffId) {
        var made = cityTime.currentQuarter();
        if (due.compareTo(made) < 0) {
            throw new CommitmentProblem("due", "commitments.due.beforeMade");
        }
        var now = clock.instant();
        var commitment = new Commitment(text, owner, made, due, staffId, now);
        em.persist(commitment);
        em.flush();
        events.fire(new CommitmentMade(commitment.getId(), made.code(), due.code(), staffId, now));
        return commitment.getId();
    }

    /**
     * Changes a commitment as the staff member saw it (version): someone else's change in between is a
     * conflict (field null), so nobody overwrites a follow-up they have not seen.
     */
    @Transactional
    public void change(long id, int version, String text, String owner, Quarter due, CommitmentStatus status,
            String outcome, long staffId) {
        var commitment = em.find(Commitment.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (commitment == null || commitment.getVersion() != version) {
            throw new CommitmentProblem(null, "commitments.conflict");
        }
        if (due.compareTo(commitment.getMade()) < 0) {
            throw new CommitmentProblem("due", "commitments.due.beforeMade");
        }
        if (status == CommitmentStatus.DROPPED && (outcome == null || outcome.isBlank())) {
            throw new CommitmentProblem("outcome", "commitments.outcome.requiredToDrop");
        }
        var now = clock.instant();
        var before = described(commitment);
        commitment.change(text, owner, due, status, outcome == null || outcome.isBlank() ? null : outcome, staffId, now);
        events.fire(new CommitmentChanged(id, status, staffId, now,
                org.civicportal.platform.audit.Changed.between(before, described(commitment))));
    }

    /** A commitment's public fields as text: what a change is recorded by. */
    private static java.util.Map<String, String> described(Commitment commitment) {
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("text", commitment.getText());
        fields.put("owner", commitment.getOwner());
        fields.put("due", commitment.getDue() == null ? null : commitment.getDue().toString());
        fields.put("status", commitment.getStatus() == null ? null : commitment.getStatus().name());
        fields.put("outcome", commitment.getOutcome());
        return fields;
    }
}
