package org.civicportal.reciprocity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LedgerRebuildTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Test
    void aQuarterEndsAtMidnightInTheCitysZoneNotInUtc() {
        // 1 October 2026 00:00 in Madrid (summer time, UTC+2) is 30 September 22:00 UTC.
        var sql = LedgerRebuild.quarterOf("happened_at", Instant.parse("2026-08-01T10:00:00Z"),
                Instant.parse("2026-11-01T10:00:00Z"), MADRID);

        assertEquals("CASE WHEN happened_at < '2026-09-30 22:00:00.000000' THEN 20263 ELSE 20264 END", sql);
    }

    @Test
    void theInstantJustBeforeMidnightBelongsToTheEarlierQuarter() {
        // 22:00 UTC on 31 December is 23:00 in Madrid (winter, UTC+1): still Q4; the new year starts at 23:00 UTC.
        var sql = LedgerRebuild.quarterOf("t", Instant.parse("2026-12-31T22:00:00Z"),
                Instant.parse("2026-12-31T23:00:00Z"), MADRID);

        assertEquals("CASE WHEN t < '2026-12-31 23:00:00.000000' THEN 20264 ELSE 20271 END", sql);
    }

    @Test
    void oneQuarterNeedsNoBounds() {
        // MariaDB has no CASE without a WHEN: a portal whose records all fall in its first quarter.
        assertEquals("20264",
                LedgerRebuild.quarterOf("t", Instant.parse("2026-10-02T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"),
                        MADRID));
    }

    @Test
    void everyQuarterBetweenGetsItsBound() {
        var sql = LedgerRebuild.quarterOf("t", Instant.parse("2025-02-01T12:00:00Z"), Instant.parse("2026-05-01T12:00:00Z"),
                ZoneId.of("UTC"));

        assertEquals("CASE WHEN t < '2025-04-01 00:00:00.000000' THEN 20251 WHEN t < '2025-07-01 00:00:00.000000' "
                + "THEN 20252 WHEN t < '2025-10-01 00:00:00.000000' THEN 20253 WHEN t < '2026-01-01 00:00:00.000000' "
                + "THEN 20254 WHEN t < '2026-04-01 00:00:00.000000' THEN 20261 ELSE 20262 END", sql);
    }

    @Test
    void aDifferentRowNamesEachFieldThatDiffers() {
        var at = LocalDateTime.parse("2026-10-05T09:00:00");
        var found = new LedgerRebuild.Row("VOLUNTEER_HOURS", "signup:311", 5L, null, new BigDecimal("3.00"), 2, 4L, at,
                20264, null);
        var expected = new LedgerRebuild.Row("VOLUNTEER_HOURS", "signup:311", 5L, 9L, new BigDecimal("2.5"), 2, 4L, at,
                20264, null);

        assertEquals("official - -> 9, amount 3.00 -> 2.5", found.changesTo(expected));
    }
}
