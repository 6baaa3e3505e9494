package org.civicportal.reciprocity.control;

import java.util.Set;
import org.civicportal.reciprocity.entity.LedgerKind;

/**
 * How some kinds of row reach the ledger, live and rebuilt, kept in one class per source (inputs, chains,
 * volunteering, forums): its observers write rows through {@link LedgerWriter} as events happen, and
 * {@link #expectedRows()} says, from the source records alone, which rows the ledger should hold, so a
 * rebuild can compare and repair.
 */
public interface LedgerSource {

    /** The kinds this source writes; no two sources share a kind. */
    Set<LedgerKind> kinds();

    /**
     * A native SELECT whose rows are the ledger rows these kinds should have, with exactly these columns in
     * this order: kind, source_key, resident_id, official_id, amount, district_id, topic_id, happened_at,
     * waited_seconds (the quarter is computed by the rebuild, in the city's time zone).
     */
    String expectedRows();
}
