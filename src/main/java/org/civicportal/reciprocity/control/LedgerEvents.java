package org.civicportal.reciprocity.control;

import java.time.Instant;

/** What the rest of the portal learns about the ledger (the page cache forgets pages built on its figures). */
public final class LedgerEvents {

    private LedgerEvents() {
    }

    /** A rebuild found differences and (when repaired) changed the ledger. */
    public record LedgerRebuilt(long differences, boolean repaired, Instant at) {
    }
}
