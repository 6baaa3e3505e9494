package org.civicportal.decision.control;

import java.time.Instant;
import org.civicportal.decision.entity.ImplementationStatus;

/**
 * What the rest of the portal learns about decision chains, fired inside the transaction that made it
 * happen (the reciprocity ledger observes them in that same transaction).
 */
public final class DecisionEvents {

    private DecisionEvents() {
    }

    /** A decision credited a resident's input: the city gave back the fact that it listened. */
    public record InputCredited(long inputId, long decisionId, long authorId, long officialId, long districtId,
            long topicId, Instant at) {
    }

    /** An implementation reached DONE: one event per credited input, whose author received the delivery. */
    public record ImplementationDelivered(long decisionId, long inputId, long authorId, long districtId, long topicId,
            Instant at) {
    }

    /**
     * The implementation moved: a new status (null when unchanged) and/or a progress milestone passed
     * (0 when none). Followers are told.
     */
    public record ImplementationMoved(long decisionId, ImplementationStatus newStatus, int milestone, Instant at) {
    }
}
