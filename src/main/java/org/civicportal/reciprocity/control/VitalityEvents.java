package org.civicportal.reciprocity.control;

/** What staff did from the vitality prompts, fired inside the transaction that records it. */
public final class VitalityEvents {

    private VitalityEvents() {
    }

    /** A credited resident was invited to the open tasks of the chain of decision decisionId. */
    public record ResidentInvited(long residentId, long decisionId, long staffId) {
    }

    /** A staff member wrote to a quiet giver; message is the text the staff member sent. */
    public record QuietGiverCheckedIn(long residentId, long staffId, String message) {
    }
}
