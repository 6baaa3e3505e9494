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
import org.civicportal.platform.persistence.UtcInstantConverter;
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
 * ledger_answer_wait, maintained by triggers), so a page reads a few hundred sums however many ledger rows
 * there are. The first two questions look at ledger rows given and not returned (an INPUT without its
 * ANSWER, hours without their RECOGNITION), read from ix_ledger_given with one probe of the unique source key
 * each; nothing is loaded row by row into Java. No short-lived copy is kept here: the visitor page cache
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

    private List<Unanswered> unanswered(Quarter first, Quarter last, Map<Long, Area> districts,
            Map<Long, Area> topics) {
        return rows("SELECT i.district_id, i.topic_id, COUNT(*), MIN(i.happened_at) "
                + "FROM ledger_entry i FORCE INDEX (ix_ledger_given) "
                + "WHERE i.kind = 'INPUT' AND i.quarter BETWEEN ?1 AND ?2 AND NOT EXISTS (SELECT 1 FROM ledger_entry a "
                + "WHERE a.kind = 'ANSWER' AND a.source_key = i.source_key) "
                + "GROUP BY i.district_id, i.topic_id ORDER BY COUNT(*) DESC, MIN(i.happened_at), i.district_id, i.topic_id "
                + "LIMIT " + LISTED, first.code(), last.code()).stream()
                .map(r -> new Unanswered(area(districts, r[0]), r[1] == null ? NO_TOPIC : area(topics, r[1]),
                        ((Number) r[2]).longValue(), UtcInstantConverter.fromColumn(r[3]))).toList();
    }

    private Unthanked unthanked(Quarter first, Quarter last, Map<Long, Area> districts) {
        var byDistrict = rows("SELECT h.district_id, COUNT(*), SUM(h.amount) "
                + "FROM ledger_entry h FORCE INDEX (ix_ledger_given) "
                + "WHERE h.kind = 'VOLUNTEER_HOURS' AND h.quarter BETWEEN ?1 AND ?2 AND h.amount > 0 "
                + "AND NOT EXISTS (SELECT 1 FROM ledger_entry r WHERE r.kind = 'RECOGNITION' AND r.source_key = h.source_key) "
                + "GROUP BY h.district_id ORDER BY SUM(h.amount) DESC, h.district_id", first.code(), last.code()).stream()
                .map(r -> new UnthankedIn(area(districts, r[0]), ((Number) r[1]).longValue(), decimal(r[2]))).toList();
        return new Unthanked(byDistrict.stream().mapToLong(UnthankedIn::signups).sum(),
                byDistrict.stream().map(UnthankedIn::hours).reduce(BigDecimal.ZERO, BigDecimal::add),
                byDistrict.stream().limit(LISTED).toList());
    }

    private List<Invitation> invitations(Quarter first, Quarter last, Map<Long, Area> districts) {
        var volunteers = new HashMap<Long, Long>();
        for (var row : rows("SELECT district_id, COUNT(DISTINCT resident_id) FROM ledger_entry FORCE INDEX (ix_ledger_given) "
                + "WHERE kind = 'VOLUNTEER_HOURS' AND quarter BETWEEN ?1 AND ?2 GROUP BY district_id",
                first.code(), last.code())) {
            volunteers.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        var invitations = new ArrayList<Invitation>();
        for (var row : rows("SELECT district_id, SUM(amount) FROM ledger_quarter_total "
                + "WHERE quarter BETWEEN ?1 AND ?2 AND kind = 'DELIVERY' GROUP BY district_id HAVING SUM(amount) > 0",
                first.code(), last.code())) {
            long district = ((Number) row[0]).longValue();
            long deliveries = decimal(row[1]).longValue();
            long local = volunteers.getOrDefault(district, 0L);
            if (local < deliveries && districts.containsKey(district)) {
                invitations.add(new Invitation(districts.get(district), deliveries, local));
            }
        }
        invitations.sort((a, b) -> Long.compare(b.deliveries() - b.volunteers(), a.deliveries() - a.volunteers()));
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
