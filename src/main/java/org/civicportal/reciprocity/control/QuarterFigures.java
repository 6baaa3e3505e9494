package org.civicportal.reciprocity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicportal.platform.i18n.Language;
import org.civicportal.platform.reference.control.ReferenceData;
import org.civicportal.platform.time.Quarter;
import org.civicportal.reciprocity.control.QuarterReport.Amounts;
import org.civicportal.reciprocity.control.QuarterReport.Area;
import org.civicportal.reciprocity.control.QuarterReport.AreaTotals;
import org.civicportal.reciprocity.control.QuarterReport.Invitation;
import org.civicportal.reciprocity.control.QuarterReport.QuarterTotals;
import org.civicportal.reciprocity.control.QuarterReport.Unanswered;
import org.civicportal.reciprocity.control.QuarterReport.Unthanked;
import org.civicportal.reciprocity.control.QuarterReport.UnthankedIn;
import org.civicportal.reciprocity.entity.LedgerKind;

/**
 * The reciprocity figures of a quarter page, for the quarter and the four before it. Totals and days to
 * answer come from the per-quarter sums the database keeps beside the ledger (V13: ledger_quarter_total,
 * ledger_answer_wait, maintained by triggers), and so do the first two questions (ledger_open: what was given
 * and not yet returned, an INPUT without its ANSWER, hours without their RECOGNITION). A page reads a few hundred
 * sums however many ledger rows there are; nothing is loaded row by row into Java. No short-lived copy is kept here: the visitor page cache
 * (emptied by every event) is the only cache, so a new input or answer shows at once.
 */
@ApplicationScoped
public class QuarterFigures {

    /** The quarters a page compares: its own and the four before. */
    public static final int BEFORE = 4;

    /** How many district/topic pairs question 1 lists, and districts question 2 invites. */
    static final int LISTED = 8;

    static final Area NO_TOPIC = new Area(0, "none", "No topic (forums)", "Sin tema (foros)");

    @PersistenceContext
    EntityManager em;

    @Inject
    ReferenceData reference;

    public QuarterReport report(Quarter quarter) {
        var first = quarter.minus(BEFORE);
        var districts = districts();
        var topics = topics();
        return new QuarterReport(quarter, totals(first, quarter), byArea("district_id", quarter, districts),
                byArea("topic_id", quarter, topics), unanswered(first, quarter, districts, topics),
                unthanked(first, quarter, districts), invitations(first, quarter, districts));
    }

    private List<QuarterTotals> totals(Quarter first, Quarter last) {
        var amounts = new HashMap<Integer, Map<LedgerKind, BigDecimal>>();
        for (var row : rows("SELECT quarter, kind, SUM(amount) FROM ledger_quarter_total "
                + "WHERE quarter BETWEEN ?1 AND ?2 GROUP BY quarter, kind", first.code(), last.code())) {
            amounts.computeIfAbsent(((Number) row[0]).intValue(), q -> new EnumMap<>(LedgerKind.class))
                    .put(LedgerKind.valueOf((String) row[1]), decimal(row[2]));
        }
        var waits = new HashMap<Integer, List<WaitPercentiles.Bucket>>();
        for (var row : rows("SELECT quarter, waited_hours, answers FROM ledger_answer_wait "
                + "WHERE quarter BETWEEN ?1 AND ?2 AND answers > 0 ORDER BY quarter, waited_hours",
                first.code(), last.code())) {
            waits.computeIfAbsent(((Number) row[0]).intValue(), q -> new ArrayList<>())
                    .add(new WaitPercentiles.Bucket(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return last.withPrevious(BEFORE).stream().map(q -> {
            var buckets = waits.getOrDefault(q.code(), List.of());
            return new QuarterTotals(q, new Amounts(amounts.getOrDefault(q.code(), Map.of())),
                    WaitPercentiles.days(buckets, 0.5), WaitPercentiles.days(buckets, 0.9));
        }).toList();
    }

    /** The quarter's totals by district or topic, every known one listed (zeros included), in list order. */
    private List<AreaTotals> byArea(String column, Quarter quarter, Map<Long, Area> areas) {
        var amounts = new LinkedHashMap<Long, Map<LedgerKind, BigDecimal>>();
        areas.keySet().forEach(id -> amounts.put(id, new EnumMap<>(LedgerKind.class)));
        for (var row : rows("SELECT " + column + ", kind, SUM(amount) FROM ledger_quarter_total WHERE quarter = ?1 "
                + "GROUP BY " + column + ", kind", quarter.code())) {
            long id = ((Number) row[0]).longValue();
            amounts.computeIfAbsent(id, key -> new EnumMap<>(LedgerKind.class))
                    .put(LedgerKind.valueOf((String) row[1]), decimal(row[2]));
        }
        return amounts.entrySet().stream().filter(e -> areas.containsKey(e.getKey()))
                .map(e -> new AreaTotals(areas.get(e.getKey()), new Amounts(e.getValue()))).toList();
    }

    /** Inputs still waiting, by district and topic, with the oldest quarter they were given in (ledger_open). */
    private List<Unanswered> unanswered(Quarter first, Quarter last, Map<Long, Area> districts,
            Map<Long, Area> topics) {
        return rows("SELECT district_id, topic_id, SUM(entries), MIN(quarter) FROM ledger_open "
                + "WHERE kind = 'INPUT' AND quarter BETWEEN ?1 AND ?2 AND entries > 0 GROUP BY district_id, topic_id "
                + "ORDER BY SUM(entries) DESC, MIN(quarter), district_id, topic_id LIMIT " + LISTED,
                first.code(), last.code()).stream()
                .map(r -> new Unanswered(area(districts, r[0]), ((Number) r[1]).longValue() == 0 ? NO_TOPIC
                        : area(topics, r[1]), decimal(r[2]).longValue(), Quarter.ofCode(((Number) r[3]).intValue())))
                .toList();
    }

    /** Volunteer hours no one has thanked yet, by district (ledger_open). */
    private Unthanked unthanked(Quarter first, Quarter last, Map<Long, Area> districts) {
        var byDistrict = rows("SELECT district_id, SUM(entries), SUM(amount) FROM ledger_open "
                + "WHERE kind = 'VOLUNTEER_HOURS' AND quarter BETWEEN ?1 AND ?2 GROUP BY district_id "
                + "HAVING SUM(entries) > 0 ORDER BY SUM(amount) DESC, district_id", first.code(), last.code()).stream()
                .map(r -> new UnthankedIn(area(districts, r[0]), decimal(r[1]).longValue(), decimal(r[2]))).toList();
        return new Unthanked(byDistrict.stream().mapToLong(UnthankedIn::signups).sum(),
                byDistrict.stream().map(UnthankedIn::hours).reduce(BigDecimal.ZERO, BigDecimal::add),
                byDistrict.stream().limit(LISTED).toList());
    }

    /**
     * Districts that received more delivered work than residents gave volunteer shifts there (each shift one
     * sign-up with hours recorded), over the five quarters; most out of balance first.
     */
    private List<Invitation> invitations(Quarter first, Quarter last, Map<Long, Area> districts) {
        var invitations = new ArrayList<Invitation>();
        for (var row : rows("SELECT district_id, SUM(CASE WHEN kind = 'DELIVERY' THEN amount ELSE 0 END), "
                + "SUM(CASE WHEN kind = 'VOLUNTEER_HOURS' THEN entries ELSE 0 END) FROM ledger_quarter_total "
                + "WHERE quarter BETWEEN ?1 AND ?2 AND kind IN ('DELIVERY', 'VOLUNTEER_HOURS') GROUP BY district_id",
                first.code(), last.code())) {
            long district = ((Number) row[0]).longValue();
            long deliveries = decimal(row[1]).longValue();
            long shifts = decimal(row[2]).longValue();
            if (deliveries > 0 && shifts < deliveries && districts.containsKey(district)) {
                invitations.add(new Invitation(districts.get(district), deliveries, shifts));
            }
        }
        invitations.sort((a, b) -> Long.compare(b.deliveries() - b.volunteerShifts(), a.deliveries() - a.volunteerShifts()));
        return invitations.stream().limit(LISTED).toList();
    }

    private Map<Long, Area> districts() {
        var areas = new LinkedHashMap<Long, Area>();
        reference.districts().forEach(d -> areas.put(d.getId(),
                new Area(d.getId(), d.getCode(), d.name(Language.EN), d.name(Language.ES))));
        return areas;
    }

    private Map<Long, Area> topics() {
        var areas = new LinkedHashMap<Long, Area>();
        reference.topics().forEach(t -> areas.put(t.getId(),
                new Area(t.getId(), t.getCode(), t.name(Language.EN), t.name(Language.ES))));
        areas.put(0L, NO_TOPIC);
        return areas;
    }

    private static Area area(Map<Long, Area> areas, Object id) {
        long key = ((Number) id).longValue();
        return areas.getOrDefault(key, new Area(key, String.valueOf(key), String.valueOf(key), String.valueOf(key)));
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : Amounts.plain(new BigDecimal(value.toString()));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }
}
