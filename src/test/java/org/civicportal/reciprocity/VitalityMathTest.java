package org.civicportal.reciprocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.civicportal.platform.time.Quarter;
import org.civicportal.reciprocity.control.VitalityMath;
import org.junit.jupiter.api.Test;

/**
 * The vitality arithmetic on hand-made ledgers: rows of (volunteer, hours) summed and ranked here the way the
 * SQL does (hours per volunteer, ascending rank, the top tenth from the top), then turned into figures by
 * {@link VitalityMath}.
 */
class VitalityMathTest {

    private static final ZoneId CITY = ZoneId.of("America/Mexico_City");

    /** One VOLUNTEER_HOURS row of a hand-made ledger. */
    private record Hours(String volunteer, double hours) {
    }

    /** What the SQL gives per quarter: volunteers, total, top tenth's hours and Σ rank·hours. */
    private record Sums(long n, BigDecimal total, BigDecimal top, BigDecimal rankWeighted) {

        static Sums of(List<Hours> ledger) {
            var perVolunteer = new LinkedHashMap<String, BigDecimal>();
            ledger.forEach(h -> perVolunteer.merge(h.volunteer(), BigDecimal.valueOf(h.hours()), BigDecimal::add));
            var ascending = new ArrayList<>(perVolunteer.values());
            ascending.sort(Comparator.naturalOrder());
            var total = BigDecimal.ZERO;
            var weighted = BigDecimal.ZERO;
            for (int i = 0; i < ascending.size(); i++) {
                total = total.add(ascending.get(i));
                weighted = weighted.add(ascending.get(i).multiply(BigDecimal.valueOf(i + 1)));
            }
            long n = ascending.size();
            var top = ascending.subList((int) (n - VitalityMath.topTenth(n)), (int) n).stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            return new Sums(n, total, top, weighted);
        }

        Double gini() {
            return VitalityMath.gini(n, total, rankWeighted);
        }

        Double heroShare() {
            return VitalityMath.percent(top, total);
        }
    }

    @Test
    void anEmptyQuarterHasNoFiguresRatherThanZeros() {
        var sums = Sums.of(List.of());
        assertNull(sums.gini());
        assertNull(sums.heroShare());
        assertNull(VitalityMath.percent(0, 0), "no inputs: no share unanswered");
        assertNull(VitalityMath.perTenHours(0, BigDecimal.ZERO));
        assertNull(VitalityMath.days(null), "no answers: no median");
        assertEquals(0, VitalityMath.topTenth(0));
    }

    @Test
    void aSingleVolunteerCarriesEverythingYetIsNotUnequal() {
        var sums = Sums.of(List.of(new Hours("ana", 3), new Hours("ana", 2.5)));
        assertEquals(1, sums.n(), "two shifts, one volunteer");
        assertEquals(0.0, sums.gini());
        assertEquals(100.0, sums.heroShare());
    }

    @Test
    void equalHoursHaveAGiniOfZero() {
        var ledger = new ArrayList<Hours>();
        for (int i = 0; i < 25; i++) {
            ledger.add(new Hours("v" + i, 2));
        }
        var sums = Sums.of(ledger);
        assertEquals(0.0, sums.gini());
        assertEquals(3, VitalityMath.topTenth(25), "a tenth of 25 rounded up");
        assertEquals(12.0, sums.heroShare(), "3 of 25 equal volunteers give 12 %");
    }

    @Test
    void onePersonWithAlmostEverythingIsNearTheTop() {
        var ledger = new ArrayList<Hours>();
        ledger.add(new Hours("hero", 91));
        for (int i = 0; i < 9; i++) {
            ledger.add(new Hours("v" + i, 1));
        }
        var sums = Sums.of(ledger);
        assertEquals(91.0, sums.heroShare(), "the top tenth of ten is the hero alone");
        // ascending 1×9 then 91: Σ i·x = 45 + 910 = 955; G = 2·955/(10·100) − 11/10 = 0.81
        assertEquals(0.81, sums.gini());
        assertEquals(0.25, Sums.of(List.of(new Hours("a", 1), new Hours("b", 2), new Hours("c", 3),
                new Hours("d", 4))).gini(), "the textbook 1, 2, 3, 4");
    }

    @Test
    void tiesGiveTheSameFiguresInAnyOrder() {
        var one = Sums.of(List.of(new Hours("a", 5), new Hours("b", 5), new Hours("c", 1), new Hours("d", 1)));
        var other = Sums.of(List.of(new Hours("d", 1), new Hours("b", 5), new Hours("c", 1), new Hours("a", 5)));
        assertEquals(one.gini(), other.gini());
        assertEquals(0.333, one.gini());
        assertEquals(41.7, one.heroShare(), "one of the two tied at 5 hours: 5 of 12");
        assertEquals(one.heroShare(), other.heroShare());
    }

    @Test
    void sharesDaysAndThanksAreRoundedForReading() {
        assertEquals(33.3, VitalityMath.percent(1, 3));
        assertEquals(66.7, VitalityMath.percent(2, 3));
        assertEquals(100.0, VitalityMath.percent(4, 4));
        assertEquals(1.5, VitalityMath.days(129_600));
        assertEquals(8.6, VitalityMath.days(8.6 * 86_400));
        assertEquals(2.5, VitalityMath.perTenHours(3, new BigDecimal("12.00")));
        assertEquals(1, VitalityMath.topTenth(1));
        assertEquals(1, VitalityMath.topTenth(10));
        assertEquals(2, VitalityMath.topTenth(11));
    }

    @Test
    void aQuarterStartsAtMidnightInTheCity() {
        var q1 = Quarter.parse("2026-Q1").orElseThrow();
        var now = Instant.parse("2026-12-01T12:00:00Z");
        var window = VitalityMath.Window.of(q1, CITY, now);
        var midnight = LocalDateTime.parse("2026-01-01T00:00:00").atZone(CITY).toInstant();
        assertTrue(window.contains(midnight), "00:00 on 1 January belongs to Q1");
        assertFalse(window.contains(midnight.minusNanos(1000)), "23:59:59.999999 on 31 December is Q4's");
        var april = LocalDateTime.parse("2026-04-01T00:00:00").atZone(CITY).toInstant();
        assertFalse(window.contains(april), "the next quarter's midnight is outside");
        assertTrue(window.contains(april.minusNanos(1000)));
    }

    @Test
    void aQuarterUnderWayIsMeasuredUpToNow() {
        var q4 = Quarter.parse("2026-Q4").orElseThrow();
        var now = Instant.parse("2026-12-01T12:00:00Z");
        assertEquals(now, VitalityMath.Window.of(q4, CITY, now).until());
        var newcomers = VitalityMath.newcomerWindow(q4, CITY, now);
        assertEquals(now.minus(VitalityMath.MONTH), newcomers.until(), "only those whose first 30 days are over");
        var comeBack = VitalityMath.comeBackWindow(q4, CITY, now);
        assertEquals(q4.start(CITY).minus(VitalityMath.SEASON), comeBack.from(),
                "first inputs whose 90 days end in the quarter");
        assertEquals(now.minus(VitalityMath.SEASON), comeBack.until());
        var over = VitalityMath.newcomerWindow(Quarter.parse("2026-Q2").orElseThrow(), CITY, now);
        assertEquals(Quarter.parse("2026-Q3").orElseThrow().start(CITY), over.until(), "a past quarter is whole");
    }
}
