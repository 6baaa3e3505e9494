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

    /** What a credit and its delivery are about, in the ledger: {@code credit:7:42} (decision 7, input 42). */
    public static String sourceKey(long decisionId, long inputId) {
        return "credit:" + decisionId + ":" + inputId;
    }

    /**
     * A decision credited a resident's input: the city (officialId, who credited) gave back the fact that it
     * listened. District and topic are the input's.
     */
    public record InputCredited(long inputId, long decisionId, Long authorId, long officialId, long districtId,
            long topicId, Instant at) {

        public String sourceKey() {
            return DecisionEvents.sourceKey(decisionId, inputId);
        }
    }

    /**
     * An implementation reached DONE: one event per credited input, whose author received the delivery. District
     * and topic are the credited input's; officialId is who marked it done (or who credited the input after
     * the work was delivered).
     */
    public record ImplementationDelivered(long decisionId, long inputId, Long authorId, long officialId,
            long districtId, long topicId, Instant at) {

        public String sourceKey() {
            return DecisionEvents.sourceKey(decisionId, inputId);
        }
    }

    /**
     * The implementation moved: a new status (null when unchanged) and/or a progress milestone passed
     * (0 when none). Followers are told.
     */
    public record ImplementationMoved(long decisionId, ImplementationStatus newStatus, int milestone, Instant at) {
    }

    /**
     * An official moved a decision to another district and/or topic (the new ones here): the ledger's rows of
     * the volunteering for its chain, which carry the decision's district and topic, follow.
     */
    public record DecisionMoved(long decisionId, long districtId, long topicId, Instant at) {
    }

    /** An official (officialId) published a new decision. */
    public record DecisionPublished(long decisionId, long officialId, Instant at) {
    }

    /**
     * An official (officialId) saved an edit of a decision: the fields changed (what its public history shows)
     * and the inputs newly credited (each also an InputCredited).
     */
    public record DecisionEdited(long decisionId, long officialId, java.util.List<org.civicportal.platform.audit.Changed> changes,
            java.util.List<Long> creditedInputs, Instant at) {
    }

    /**
     * An official (officialId) posted an update to the implementation's timeline (updateId); changes hold the
     * progress when it reported new progress.
     */
    public record ImplementationUpdated(long decisionId, long updateId, long officialId,
            java.util.List<org.civicportal.platform.audit.Changed> changes, Instant at) {
    }
}
