package org.civicportal.reciprocity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicportal.forum.control.CommitmentView;
import org.civicportal.forum.entity.CommitmentStatus;
import org.civicportal.platform.time.Quarter;
import org.civicportal.reciprocity.control.QuarterReport.Amounts;
import org.civicportal.reciprocity.control.QuarterReport.QuarterTotals;
import org.civicportal.reciprocity.control.Rate;
import org.civicportal.reciprocity.control.WaitPercentiles;
import org.civicportal.reciprocity.control.WaitPercentiles.Bucket;
import org.civicportal.reciprocity.entity.LedgerKind;
import org.junit.jupiter.api.Test;

/** The quarter pages' arithmetic on hand-made figures: percentiles, rates, totals, overdue commitments. */
class QuarterArithmeticTest {

    @Test
    void noAnswersHaveNoDaysToAnswer() {
        assertEquals(Optional.empty(), WaitPercentiles.days(List.of(), 0.5));
        assertEquals(Optional.empty(), WaitPercentiles.days(List.of(new Bucket(5, 0)), 0.9));
    }

    @Test
    void aSingleAnswerIsItsOwnMedianAndNinetiethPercentile() {
        var one = List.of(new Bucket(48, 1));
        assertEquals(new BigDecimal("2.0"), WaitPercentiles.days(one, 0.5).orElseThrow());
        assertEquals(new BigDecimal("2.0"), WaitPercentiles.days(one, 0.9).orElseThrow());
    }

    @Test
    void anEvenCountInterpolatesBetweenTheTwoMiddleAnswersAsPercentileContDoes() {
        // 24 h and 72 h: the median is 48 h = 2 days; p90 = 24 + 0.9 * 48 = 67.2 h = 2.8 days.
        var two = List.of(new Bucket(24, 1), new Bucket(72, 1));
        assertEquals(new BigDecimal("2.0"), WaitPercentiles.days(two, 0.5).orElseThrow());
        assertEquals(new BigDecimal("2.8"), WaitPercentiles.days(two, 0.9).orElseThrow());
    }

    @Test
    void tiesCountEveryAnswerInTheirHour() {
        // 9 answers after 12 h and one after 240 h: the median and p90 (position 8.1 of 0..9) stay at 12 h,
        // interpolated a tenth of the way to 240 h for p90: 12 + 0.1 * 228 = 34.8 h = 1.45 days -> 1.5.
        var ties = List.of(new Bucket(12, 9), new Bucket(240, 1));
        assertEquals(new BigDecimal("0.5"), WaitPercentiles.days(ties, 0.5).orElseThrow());
        assertEquals(new BigDecimal("1.5"), WaitPercentiles.days(ties, 0.9).orElseThrow());
    }

    @Test
    void aPercentileOutsideZeroToOneIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> WaitPercentiles.days(List.of(new Bucket(1, 1)), 1.5));
    }

    @Test
    void ratesNeedSomethingReceived() {
        assertEquals(Optional.empty(), Rate.percent(BigDecimal.ONE, BigDecimal.ZERO));
        assertEquals(Optional.of(50), Rate.percent(BigDecimal.ONE, BigDecimal.valueOf(2)));
        assertEquals(Optional.of(67), Rate.percent(BigDecimal.valueOf(2), BigDecimal.valueOf(3)));
        // Catching up on older input: more answers than inputs in the quarter.
        assertEquals(Optional.of(150), Rate.percent(BigDecimal.valueOf(3), BigDecimal.valueOf(2)));
    }

    @Test
    void anEmptyQuarterShowsZerosAndNoRates() {
        var empty = new QuarterTotals(new Quarter(2026, 1), new Amounts(Map.of()), Optional.empty(), Optional.empty());
        for (var kind : LedgerKind.values()) {
            assertEquals(BigDecimal.ZERO, empty.amounts().of(kind));
        }
        assertEquals(Optional.empty(), empty.answerRate());
        assertEquals(Optional.empty(), empty.creditRate());
    }

    @Test
    void totalsReadPlainly() {
        var amounts = new Amounts(Map.of(LedgerKind.INPUT, new BigDecimal("10.00"), LedgerKind.VOLUNTEER_HOURS,
                new BigDecimal("12.50"), LedgerKind.ANSWER, new BigDecimal("4"), LedgerKind.CREDIT, BigDecimal.ONE));
        assertEquals("10", amounts.of(LedgerKind.INPUT).toString(), "never 1E+1 in JSON or CSV");
        assertEquals("12.5", amounts.of(LedgerKind.VOLUNTEER_HOURS).toString());
        assertEquals(new BigDecimal("10"), amounts.residentActs());
        assertEquals(new BigDecimal("5"), amounts.cityActs());
        var totals = new QuarterTotals(new Quarter(2026, 4), amounts, Optional.empty(), Optional.empty());
        assertEquals(Optional.of(40), totals.answerRate());
        assertEquals(Optional.of(10), totals.creditRate());
    }

    @Test
    void aQuarterBoundaryIsMidnightInTheCitysZone() {
        var zone = ZoneId.of("America/Mexico_City");
        // 23:59:59 on 31 December in the city is already 2027 in UTC, but still 2026-Q4 for the ledger.
        var lastSecond = Instant.parse("2027-01-01T05:59:59Z");
        var midnight = Instant.parse("2027-01-01T06:00:00Z");
        assertEquals(20264, Quarter.of(lastSecond, zone).code());
        assertEquals(20271, Quarter.of(midnight, zone).code());
        assertEquals(midnight, new Quarter(2027, 1).start(zone));
    }

    @Test
    void anOpenCommitmentIsOverdueOnlyOnPagesAfterItsDueQuarter() {
        var due = new Quarter(2026, 3);
        assertTrue(!CommitmentView.overdue(CommitmentStatus.OPEN, due, due), "due this quarter: not yet overdue");
        assertTrue(CommitmentView.overdue(CommitmentStatus.OPEN, due, due.next()));
        assertTrue(CommitmentView.overdue(CommitmentStatus.OPEN, due, due.minus(-4)), "still overdue a year later");
        assertTrue(!CommitmentView.overdue(CommitmentStatus.DONE, due, due.next()));
        assertTrue(!CommitmentView.overdue(CommitmentStatus.DROPPED, due, due.next()));
    }
}
