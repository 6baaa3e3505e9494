package org.civicportal.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuarterTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Test
    void parsesOnlyTheUrlForm() {
        assertEquals(Optional.of(new Quarter(2026, 4)), Quarter.parse("2026-Q4"));
        for (var bad : new String[] {"2026-Q5", "2026-Q0", "2026-q4", "26-Q4", "2026Q4", "2026-Q4 ", "", null,
                "0999-Q1", "12026-Q1"}) {
            assertEquals(Optional.empty(), Quarter.parse(bad), String.valueOf(bad));
        }
    }

    @Test
    void aQuarterEndsAtMidnightInTheCitysZone() {
        var q4 = new Quarter(2026, 4);
        // 23:30 on 31 December in Madrid is 22:30 UTC: still Q4 for the city.
        assertEquals(q4, Quarter.of(Instant.parse("2026-12-31T22:30:00Z"), MADRID));
        assertEquals(new Quarter(2027, 1), Quarter.of(Instant.parse("2026-12-31T23:00:00Z"), MADRID));
        assertEquals(Instant.parse("2026-09-30T22:00:00Z"), q4.start(MADRID));
        assertEquals(Instant.parse("2026-12-31T23:00:00Z"), q4.end(MADRID));
        assertTrue(q4.contains(q4.start(MADRID), MADRID));
        assertFalse(q4.contains(q4.end(MADRID), MADRID));
    }

    @Test
    void countsAcrossYears() {
        var q1 = new Quarter(2027, 1);
        assertEquals(new Quarter(2026, 4), q1.previous());
        assertEquals(new Quarter(2025, 4), q1.minus(5));
        assertEquals(new Quarter(2027, 2), q1.next());
        assertEquals(List.of(new Quarter(2026, 1), new Quarter(2026, 2), new Quarter(2026, 3), new Quarter(2026, 4),
                q1), q1.withPrevious(4));
        assertEquals(List.of(new Quarter(2026, 3), new Quarter(2026, 4), q1), q1.since(new Quarter(2026, 3)));
        assertEquals(List.of(), q1.since(q1.next()));
        assertEquals(20271, q1.code());
        assertEquals(q1, Quarter.ofCode(20271));
        assertEquals("2027-Q1", q1.toString());
    }
}
