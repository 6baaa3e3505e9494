package org.civicportal.reciprocity.control;

import java.math.BigDecimal;
import java.time.Instant;
import org.civicportal.reciprocity.entity.LedgerKind;

/**
 * One ledger row as an observer writes it or a rebuild expects it. residentId and officialId may be null
 * (no resident for a deleted account, no acting official when nobody is known); topicId is null for what
 * has no topic; waitedSeconds is set for ANSWER only.
 */
public record LedgerEntry(LedgerKind kind, String sourceKey, Long residentId, Long officialId, BigDecimal amount,
        long districtId, Long topicId, Instant at, Long waitedSeconds) {
}
