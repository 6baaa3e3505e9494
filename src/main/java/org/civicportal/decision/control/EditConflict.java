package org.civicportal.decision.control;

import java.time.Instant;

/** Someone saved the decision after this official opened it; their save is refused, nothing is overwritten. */
public class EditConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String savedBy;
    private final Instant savedAt;

    public EditConflict(long decisionId, String savedBy, Instant savedAt) {
        super("Decision " + decisionId + " was saved by " + savedBy + " at " + savedAt + " meanwhile");
        this.savedBy = savedBy;
        this.savedAt = savedAt;
    }

    public String savedBy() {
        return savedBy;
    }

    public Instant savedAt() {
        return savedAt;
    }
}
