package org.civicportal.reciprocity.control;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicportal.platform.i18n.Language;
import org.civicportal.platform.time.Quarter;
import org.civicportal.reciprocity.entity.LedgerKind;

/**
 * Everything a quarter page says about giving and receiving, read by {@link QuarterFigures}: aggregates only,
 * never a resident. {@link #quarters()} are the quarter and the four before it, oldest first.
 */
public record QuarterReport(Quarter quarter, List<QuarterTotals> quarters, List<AreaTotals> byDistrict,
        List<AreaTotals> byTopic, List<Unanswered> unanswered, Unthanked unthanked, List<Invitation> invitations) {

    /** The page's own quarter: the last of the comparison. */
    public QuarterTotals current() {
        return quarters.get(quarters.size() - 1);
    }

    /** What was given of each kind (hours for VOLUNTEER_HOURS, a count for the others); zero when none. */
    public record Amounts(Map<LedgerKind, BigDecimal> byKind) {

        public Amounts {
            var all = new EnumMap<LedgerKind, BigDecimal>(LedgerKind.class);
            for (var kind : LedgerKind.values()) {
                all.put(kind, plain(byKind.getOrDefault(kind, BigDecimal.ZERO).max(BigDecimal.ZERO)));
            }
            byKind = Map.copyOf(all);
        }

        /** 12.50 hours as 12.5, 10.00 as 10 (never 1E+1). */
        public static BigDecimal plain(BigDecimal value) {
            var stripped = value.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }

        public BigDecimal of(LedgerKind kind) {
            return byKind.get(kind);
        }

        /** Everything residents gave that counts one per act (inputs and forum participation; not hours). */
        public BigDecimal residentActs() {
            return of(LedgerKind.INPUT).add(of(LedgerKind.FORUM_PARTICIPATION));
        }

        /** Everything the city gave back (each one per act). */
        public BigDecimal cityActs() {
            return of(LedgerKind.ANSWER).add(of(LedgerKind.CREDIT)).add(of(LedgerKind.DELIVERY))
                    .add(of(LedgerKind.RECOGNITION));
        }
    }

    /** A quarter's totals both ways, its rates ({@link Rate}) and days to answer ({@link WaitPercentiles}). */
    public record QuarterTotals(Quarter quarter, Amounts amounts, Optional<BigDecimal> medianDaysToAnswer,
            Optional<BigDecimal> p90DaysToAnswer) {

        public Optional<Integer> answerRate() {
            return Rate.percent(amounts.of(LedgerKind.ANSWER), amounts.of(LedgerKind.INPUT));
        }

        public Optional<Integer> creditRate() {
            return Rate.percent(amounts.of(LedgerKind.CREDIT), amounts.of(LedgerKind.INPUT));
        }
    }

    /** A district or topic as the public sees it; id 0 is "no topic" (forum participation). */
    public record Area(long id, String code, String nameEn, String nameEs) {

        public String name(Language language) {
            return language == Language.ES && nameEs != null ? nameEs : nameEn;
        }
    }

    public record AreaTotals(Area area, Amounts amounts) {
    }

    /** Question 1: inputs of a district and topic still waiting for an answer, the oldest given in {@code since}. */
    public record Unanswered(Area district, Area topic, long inputs, Quarter since) {
    }

    /** Question 1: volunteer hours no one has thanked, overall and by district. */
    public record Unthanked(long signups, BigDecimal hours, List<UnthankedIn> byDistrict) {
    }

    public record UnthankedIn(Area district, long signups, BigDecimal hours) {
    }

    /**
     * Question 2: a district that received delivered work while residents gave fewer volunteer shifts there than
     * pieces of work were delivered: an invitation, with its open tasks.
     */
    public record Invitation(Area district, long deliveries, long volunteerShifts) {
    }
}
