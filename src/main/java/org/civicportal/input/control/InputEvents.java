package org.civicportal.input.control;

import java.time.Instant;
import org.civicportal.input.entity.InputStatus;

/**
 * What the rest of the portal learns about input, fired inside the transaction that made it happen
 * (the reciprocity ledger observes them in that same transaction).
 */
public final class InputEvents {

    private InputEvents() {
    }

    /** What an input's giving and its answer are about, in the ledger: {@code input:42}. */
    public static String sourceKey(long inputId) {
        return "input:" + inputId;
    }

    /** A resident (authorId) gave an input to the city, in the input's district and topic. */
    public record InputSubmitted(long inputId, long authorId, long districtId, long topicId, Instant at) {

        public String sourceKey() {
            return InputEvents.sourceKey(inputId);
        }
    }

    /**
     * The city (officialId) answered an input of authorId: ANSWERED, DECLINED (a declined input is answered too)
     * or INCORPORATED (a decision credited it before anyone answered it). submittedAt is when the input was
     * given, so the wait is known without another read; district and topic are the input's.
     */
    public record InputAnswered(long inputId, Long authorId, long officialId, long districtId, long topicId,
            InputStatus outcome, Instant submittedAt, Instant at) {

        public String sourceKey() {
            return InputEvents.sourceKey(inputId);
        }

        /** Whole seconds from the input to its answer. */
        public long waitedSeconds() {
            return java.time.Duration.between(submittedAt, at).getSeconds();
        }
    }

    /**
     * A resident erasing their account took back this input (nobody supported it, no decision credited it):
     * it is deleted in this transaction, and what was recorded of it goes with it.
     */
    public record InputRemoved(long inputId) {

        public String sourceKey() {
            return InputEvents.sourceKey(inputId);
        }
    }

    /** Staff (staffId) hid an input with a public reason, or restored it (hidden false, reason null). */
    public record InputModerated(long inputId, long staffId, boolean hidden, String reason) {
    }
}
