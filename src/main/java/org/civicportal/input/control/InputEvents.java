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

    /** A resident gave an input to the city. */
    public record InputSubmitted(long inputId, long authorId, long districtId, long topicId, Instant at) {
    }

    /**
     * The city answered an input: ANSWERED, DECLINED (a declined input is answered too) or INCORPORATED (a
     * decision credited it before anyone answered it).
     */
    public record InputAnswered(long inputId, long authorId, long officialId, long districtId, long topicId,
            InputStatus outcome, Instant at) {
    }
}
