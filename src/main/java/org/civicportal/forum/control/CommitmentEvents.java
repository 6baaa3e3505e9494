package org.civicportal.forum.control;

import java.time.Instant;
import org.civicportal.forum.entity.CommitmentStatus;

/** What the rest of the portal learns about rebalancing commitments (the page cache empties after each). */
public final class CommitmentEvents {

    private CommitmentEvents() {
    }

    public record CommitmentMade(long commitmentId, int madeQuarter, int dueQuarter, long staffId, Instant at) {
    }

    /** Staff (staffId) changed a commitment: its status now, and the fields changed, before and after. */
    public record CommitmentChanged(long commitmentId, CommitmentStatus status, long staffId, Instant at,
            java.util.List<org.civicportal.platform.audit.Changed> changes) {
    }
}
