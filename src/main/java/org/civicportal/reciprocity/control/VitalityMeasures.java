package org.civicportal.reciprocity.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.civicportal.forum.control.CommitmentCatalog;
import org.civicportal.platform.persistence.UtcInstantConverter;
import org.civicportal.platform.time.CityTime;
import org.civicportal.platform.time.Quarter;

/**
 * The vitality signals of a run of quarters, each aggregated by SQL over the ledger's indexes (one statement
 * per signal for all quarters at once, never rows loaded into Java), then turned into figures by
 * {@link VitalityMath}.
 */
@ApplicationScoped
public class VitalityMeasures {

    private static final Logger LOG = Logger.getLogger(VitalityMeasures.class.getName());

    /** Quarter code 20264 as a running number (2026·4 + 3), so "the four before" is arithmetic. */
    static final String ORDINAL = "((quarter DIV 10) * 4 + quarter MOD 10 - 1)";
    static final String GIVING = "('INPUT', 'VOLUNTEER_HOURS', 'FORUM_PARTICIPATION')";
    static final String RECEIVING = "('ANSWER', 'CREDIT', 'DELIVERY', 'RECOGNITION')";

    @PersistenceContext
    EntityManager em;

    @Inject
    CityTime city;

    @Inject
    CommitmentCatalog commitments;

    @Inject
    VitalitySnapshots snapshots;

    /** This bean's proxy, for the background aggregation's own transaction. */
    @Inject
    VitalityMeasures self;

    /**
     * The quarters a view found stale, for the background job. The job is scheduled at start-up, not handed over
     * from the request: a task submitted from a request thread shares that request's invocation, whose
     * persistence contexts each side then closes under the other (the page failed now and then).
     */
    private final AtomicReference<List<Quarter>> wanted = new AtomicReference<>();

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> job;

    Clock clock = Clock.systemUTC();

    /** How long the signals of a quarter still moving are shown before they are aggregated again. */
    static final java.time.Duration FRESH = java.time.Duration.ofMinutes(15);

    /** The signals in the order the page shows them: measure, unit and series. */
    private static final List<Shape> SHAPES = List.of(
            new Shape("answerDays", "days", "median", "p90"),
            new Shape("unanswered", "percent", "share"),
            new Shape("comeBack", "percent", "answered", "notAnswered"),
            new Shape("newcomers", "percent", "received"),
            new Shape("heroes", "percent", "topTenth"),
            new Shape("gini", "coefficient", "gini"),
            new Shape("quietGivers", "count", "count"),
            new Shape("returning", "percent", "share"),
            new Shape("commitments", "percent", "kept"),
            new Shape("thanks", "perTenHours", "perTenHours"));

    private record Shape(String measure, String unit, String... series) {
    }

    /**
     * Every signal for these quarters (oldest first). Quarters that can no longer change (30 days after their
     * end) are aggregated once and then read from {@link VitalitySnapshots}. A quarter still moving is shown as
     * last kept and, when that is older than {@link #FRESH}, aggregated again in the background, so no view
     * waits for it; only a quarter never kept is aggregated while the page waits. Commitments are always read
     * anew.
     */
    public List<VitalityMeasure> of(List<Quarter> quarters) {
        var now = clock.instant();
        var zone = city.zone();
        Function<Quarter, Instant> finalSince = q -> q.end(zone).plus(VitalityMath.MONTH);
        var moving = quarters.stream().filter(q -> finalSince.apply(q).isAfter(now)).toList();
        var kept = snapshots.read(quarters, q -> moving.contains(q) ? Instant.EPOCH : finalSince.apply(q));
        var fresh = snapshots.read(moving, q -> now.minus(FRESH)).keySet();
        var live = quarters.stream().filter(q -> !kept.containsKey(q)).toList();
        var computed = live.isEmpty() ? Map.<String, Map<Quarter, VitalityPoint>>of() : compute(live, now);
        keep(live, computed);
        var stale = moving.stream().filter(q -> kept.containsKey(q) && !fresh.contains(q)).toList();
        if (!stale.isEmpty()) {
            wanted.set(stale);
        }
        var commitments = commitmentsKept(quarters);
        return SHAPES.stream().map(shape -> new VitalityMeasure(shape.measure(), shape.unit(),
                java.util.Arrays.stream(shape.series()).map(series -> {
                    if (shape.measure().equals("commitments")) {
                        return commitments;
                    }
                    var key = shape.measure() + "/" + series;
                    return series(series, quarters, q -> {
                        var point = kept.containsKey(q) ? kept.get(q).get(key) : computed.get(key).get(q);
                        return point == null ? new VitalityPoint(q, null, 0) : point;
                    });
                }).toList())).toList();
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        job = scheduler.scheduleWithFixedDelay(this::refreshWanted, 2, 2, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (job != null) {
            job.cancel(false);
        }
    }

    /** The background job: aggregates again what a view found stale, one run at a time on this node. */
    private void refreshWanted() {
        var stale = wanted.getAndSet(null);
        if (stale == null) {
            return;
        }
        try {
            self.refresh(stale);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Could not aggregate the vitality signals of " + stale);
        }
    }

    /** Aggregates and keeps the quarters, in a transaction of its own (called through the bean's proxy). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refresh(List<Quarter> stale) {
        keep(stale, compute(stale, clock.instant()));
    }

    private void keep(List<Quarter> quarters, Map<String, Map<Quarter, VitalityPoint>> computed) {
        for (var q : quarters) {
            var points = new HashMap<String, VitalityPoint>();
            computed.forEach((key, byQuarter) -> points.put(key, byQuarter.get(q)));
            snapshots.keep(q, points);
        }
    }

    /** The signals aggregated over the ledger, keyed measure/series, for these quarters. */
    private Map<String, Map<Quarter, VitalityPoint>> compute(List<Quarter> quarters, Instant now) {
        var all = new HashMap<String, Map<Quarter, VitalityPoint>>();
        BiConsumer<String, List<VitalitySeries>> add = (measure, list) -> list.forEach(series -> {
            var byQuarter = new HashMap<Quarter, VitalityPoint>();
            series.points().forEach(p -> byQuarter.put(p.quarter(), p));
            all.put(measure + "/" + series.key(), byQuarter);
        });
        var hours = hours(quarters);
        add.accept("answerDays", answerDays(quarters));
        add.accept("unanswered", List.of(unanswered(quarters, now)));
        add.accept("comeBack", comeBack(quarters, now));
        add.accept("newcomers", List.of(newcomers(quarters, now)));
        add.accept("heroes", List.of(hours.get(0)));
        add.accept("gini", List.of(hours.get(1)));
        add.accept("quietGivers", List.of(quietGivers(quarters)));
        add.accept("returning", List.of(returning(quarters)));
        add.accept("thanks", List.of(thanks(quarters)));
        return all;
    }

    /** Median and 90th percentile of the days to a first answer, by the quarter of the answer. */
    private List<VitalitySeries> answerDays(List<Quarter> quarters) {
        var rows = rows("SELECT DISTINCT quarter, "
                + "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY waited_seconds) OVER (PARTITION BY quarter), "
                + "PERCENTILE_CONT(0.9) WITHIN GROUP (ORDER BY waited_seconds) OVER (PARTITION BY quarter), "
                + "COUNT(*) OVER (PARTITION BY quarter) "
                + "FROM ledger_entry WHERE kind = 'ANSWER' AND quarter BETWEEN ?1 AND ?2 AND waited_seconds IS NOT NULL",
                first(quarters).code(), last(quarters).code());
        var byQuarter = byQuarter(rows);
        return List.of(
                series("median", quarters, q -> point(q, byQuarter.get(q), r -> VitalityMath.days((Number) r[1]), 3)),
                series("p90", quarters, q -> point(q, byQuarter.get(q), r -> VitalityMath.days((Number) r[2]), 3)));
    }

    /** Of the inputs made in the quarter at least 30 days ago, the share without an answer within 30 days. */
    private VitalitySeries unanswered(List<Quarter> quarters, Instant now) {
        var rows = rows("SELECT i.quarter, COUNT(*), SUM(a.id IS NULL) FROM ledger_entry i "
                + "LEFT JOIN ledger_entry a ON a.kind = 'ANSWER' AND a.source_key = i.source_key "
                + "AND a.waited_seconds <= ?3 "
                + "WHERE i.kind = 'INPUT' AND i.quarter BETWEEN ?1 AND ?2 AND i.happened_at <= ?4 GROUP BY i.quarter",
                first(quarters).code(), last(quarters).code(), VitalityMath.MONTH.toSeconds(),
                UtcInstantConverter.utc(now.minus(VitalityMath.MONTH)));
        var byQuarter = byQuarter(rows);
        return series("share", quarters, q -> {
            var r = byQuarter.get(q);
            return r == null ? new VitalityPoint(q, null, 0)
                    : new VitalityPoint(q, VitalityMath.percent(number(r[2]), number(r[1])), number(r[1]));
        });
    }

    /**
     * A derived table of one row per quarter (code, f, u: its window's bounds) for a measure whose window is not
     * the quarter itself; its parameters are added to {@code parameters}, numbered from the first.
     */
    private static String windows(List<Quarter> quarters, Function<Quarter, VitalityMath.Window> window,
            List<Object> parameters) {
        var targets = new StringBuilder();
        for (var q : quarters) {
            var w = window.apply(q);
            targets.append(targets.isEmpty() ? "" : " UNION ALL ").append("SELECT ?").append(parameters.size() + 1)
                    .append(" AS code, ?").append(parameters.size() + 2).append(" AS f, ?")
                    .append(parameters.size() + 3).append(" AS u");
            parameters.add(q.code());
            parameters.add(UtcInstantConverter.utc(w.from()));
            parameters.add(UtcInstantConverter.utc(w.until()));
        }
        return targets.toString();
    }

    /**
     * Of the residents whose first input's 90 days ended in the quarter, the share who gave again within
     * them: among those answered within 30 days, and among those who were not.
     */
    private List<VitalitySeries> comeBack(List<Quarter> quarters, Instant now) {
        var zone = city.zone();
        var parameters = new ArrayList<Object>();
        var targets = windows(quarters, q -> VitalityMath.comeBackWindow(q, zone, now), parameters);
        var from = VitalityMath.comeBackWindow(first(quarters), zone, now).from();
        var until = VitalityMath.comeBackWindow(last(quarters), zone, now).until();
        int p = parameters.size();
        parameters.add(Quarter.of(from, zone).code());
        parameters.add(last(quarters).code());
        parameters.add(UtcInstantConverter.utc(from));
        parameters.add(UtcInstantConverter.utc(until));
        parameters.add(VitalityMath.MONTH.toSeconds());
        parameters.add(VitalityMath.SEASON.toDays());
        var rows = rows("SELECT t.code, SUM(x.answered), SUM(x.answered AND x.again), SUM(NOT x.answered), "
                + "SUM(NOT x.answered AND x.again) FROM (" + targets + ") t JOIN ("
                + "SELECT i.happened_at, "
                + "EXISTS (SELECT 1 FROM ledger_entry a WHERE a.kind = 'ANSWER' AND a.source_key = i.source_key "
                + "AND a.waited_seconds <= ?" + (p + 5) + ") AS answered, "
                + "EXISTS (SELECT 1 FROM ledger_entry g WHERE g.resident_id = i.resident_id AND g.kind IN " + GIVING
                + " AND g.happened_at > i.happened_at AND g.happened_at <= i.happened_at + INTERVAL ?" + (p + 6)
                + " DAY) AS again "
                + "FROM ledger_entry i WHERE i.kind = 'INPUT' AND i.quarter BETWEEN ?" + (p + 1) + " AND ?" + (p + 2)
                + " AND i.happened_at >= ?" + (p + 3) + " AND i.happened_at < ?" + (p + 4)
                + " AND i.resident_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ledger_entry e "
                + "WHERE e.resident_id = i.resident_id AND e.kind = 'INPUT' AND (e.happened_at < i.happened_at "
                + "OR e.happened_at = i.happened_at AND e.id < i.id))"
                + ") x ON x.happened_at >= t.f AND x.happened_at < t.u GROUP BY t.code", parameters.toArray());
        var byQuarter = byQuarter(rows);
        return List.of(
                series("answered", quarters, q -> share(q, byQuarter.get(q), 2, 1)),
                series("notAnswered", quarters, q -> share(q, byQuarter.get(q), 4, 3)));
    }

    /** Of the residents who joined in the quarter (30 days ago or more) and gave, who received within 30 days. */
    private VitalitySeries newcomers(List<Quarter> quarters, Instant now) {
        var zone = city.zone();
        var parameters = new ArrayList<Object>();
        var targets = windows(quarters, q -> VitalityMath.newcomerWindow(q, zone, now), parameters);
        int p = parameters.size();
        parameters.add(VitalityMath.MONTH.toDays());
        var rows = rows("SELECT t.code, COUNT(*), SUM(EXISTS (SELECT 1 FROM ledger_entry r WHERE r.resident_id = a.id "
                + "AND r.kind IN " + RECEIVING + " AND r.happened_at < a.created_at + INTERVAL ?" + (p + 1) + " DAY)) "
                + "FROM (" + targets + ") t JOIN account a ON a.created_at >= t.f AND a.created_at < t.u "
                + "WHERE EXISTS (SELECT 1 FROM ledger_entry g WHERE g.resident_id = a.id AND g.kind IN " + GIVING + ") "
                + "GROUP BY t.code", parameters.toArray());
        var byQuarter = byQuarter(rows);
        return series("received", quarters, q -> share(q, byQuarter.get(q), 2, 1));
    }

    /**
     * Hours per volunteer in each quarter, ranked: the top tenth's share of the hours (ties do not matter: the
     * tied amounts are equal) and the Gini coefficient.
     */
    private List<VitalitySeries> hours(List<Quarter> quarters) {
        var rows = rows("SELECT quarter, MAX(n), SUM(h), SUM(CASE WHEN down <= (n + 9) DIV 10 THEN h ELSE 0 END), "
                + "SUM(up * h) FROM (SELECT quarter, h, "
                + "ROW_NUMBER() OVER (PARTITION BY quarter ORDER BY h DESC) AS down, "
                + "ROW_NUMBER() OVER (PARTITION BY quarter ORDER BY h) AS up, "
                + "COUNT(*) OVER (PARTITION BY quarter) AS n "
                + "FROM (SELECT quarter, resident_id, SUM(amount) AS h FROM ledger_entry "
                + "WHERE kind = 'VOLUNTEER_HOURS' AND quarter BETWEEN ?1 AND ?2 AND resident_id IS NOT NULL "
                + "GROUP BY quarter, resident_id) v WHERE h > 0) r GROUP BY quarter",
                first(quarters).code(), last(quarters).code());
        var byQuarter = byQuarter(rows);
        return List.of(
                series("topTenth", quarters, q -> point(q, byQuarter.get(q),
                        r -> VitalityMath.percent(decimal(r[3]), decimal(r[2])), 1)),
                series("gini", quarters, q -> point(q, byQuarter.get(q),
                        r -> VitalityMath.gini(number(r[1]), decimal(r[2]), decimal(r[4])), 1)));
    }

    /**
     * Residents who gave in at least two of the four quarters before, and nothing in the quarter: one grouping
     * of the giving rows of those five quarters per quarter measured, which also gives the 100 the prompt
     * lists (kept by {@link VitalitySnapshots#keepQuiet}).
     */
    @SuppressWarnings("unchecked")
    private VitalitySeries quietGivers(List<Quarter> quarters) {
        return series("count", quarters, q -> {
            List<Object[]> rows = em.createNativeQuery("SELECT resident_id, quarters, COUNT(*) OVER () FROM (" + QUIET
                    + ") x ORDER BY quarters DESC, resident_id DESC LIMIT " + QUIET_KEPT)
                    .setParameter(1, q.minus(4).code()).setParameter(2, q.code()).getResultList();
            long count = rows.isEmpty() ? 0 : ((Number) rows.get(0)[2]).longValue();
            snapshots.keepQuiet(q, rows.stream().map(r -> new long[] {((Number) r[0]).longValue(),
                ((Number) r[1]).longValue()}).toList());
            return new VitalityPoint(q, (double) count, count);
        });
    }

    static final int QUIET_KEPT = 100;

    /**
     * The quiet givers of quarter ?2 (its code), ?1 being the code of the fourth quarter before: their
     * resident_id and in how many of the four they gave.
     */
    static final String QUIET = "SELECT resident_id, COUNT(DISTINCT quarter) AS quarters FROM ledger_entry "
            + "WHERE kind IN " + GIVING + " AND quarter BETWEEN ?1 AND ?2 AND resident_id IS NOT NULL "
            + "GROUP BY resident_id HAVING COUNT(DISTINCT quarter) >= 2 AND MAX(quarter) < ?2";

    /** Of the volunteers of the quarter before, the share who volunteered again in the quarter. */
    private VitalitySeries returning(List<Quarter> quarters) {
        var rows = rows("SELECT o + 1, COUNT(*), SUM(next_o = o + 1) FROM (SELECT o, "
                + "LEAD(o) OVER (PARTITION BY resident_id ORDER BY o) AS next_o FROM (SELECT DISTINCT resident_id, "
                + ORDINAL + " AS o FROM ledger_entry WHERE kind = 'VOLUNTEER_HOURS' AND quarter BETWEEN ?1 AND ?2 "
                + "AND resident_id IS NOT NULL) v) w GROUP BY o", first(quarters).minus(1).code(), last(quarters).code());
        var byOrdinal = new HashMap<Integer, Object[]>();
        rows.forEach(r -> byOrdinal.put(((Number) r[0]).intValue(), r));
        return series("share", quarters, q -> share(q, byOrdinal.get(ordinal(q)), 2, 1));
    }

    private VitalitySeries commitmentsKept(List<Quarter> quarters) {
        return series("kept", quarters, q -> {
            var kept = commitments.keptIn(q);
            return kept.due() == 0 ? new VitalityPoint(q, null, 0)
                    : new VitalityPoint(q, VitalityMath.percent(kept.done(), kept.due()), kept.due());
        });
    }

    /** Thanks given per 10 volunteer hours of the quarter. */
    private VitalitySeries thanks(List<Quarter> quarters) {
        var rows = rows("SELECT quarter, SUM(kind = 'RECOGNITION'), "
                + "SUM(CASE WHEN kind = 'VOLUNTEER_HOURS' THEN amount ELSE 0 END) FROM ledger_entry "
                + "WHERE quarter BETWEEN ?1 AND ?2 AND kind IN ('RECOGNITION', 'VOLUNTEER_HOURS') GROUP BY quarter",
                first(quarters).code(), last(quarters).code());
        var byQuarter = byQuarter(rows);
        return series("perTenHours", quarters, q -> {
            var r = byQuarter.get(q);
            return r == null ? new VitalityPoint(q, null, 0)
                    : new VitalityPoint(q, VitalityMath.perTenHours(number(r[1]), decimal(r[2])),
                            decimal(r[2]).longValue());
        });
    }

    static int ordinal(Quarter quarter) {
        return quarter.year() * 4 + quarter.number() - 1;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    private static Map<Quarter, Object[]> byQuarter(List<Object[]> rows) {
        var map = new HashMap<Quarter, Object[]>();
        rows.forEach(r -> map.put(Quarter.ofCode(((Number) r[0]).intValue()), r));
        return map;
    }

    private static VitalitySeries series(String key, List<Quarter> quarters, Function<Quarter, VitalityPoint> point) {
        return new VitalitySeries(key, quarters.stream().map(point).toList());
    }

    private static VitalityPoint point(Quarter q, Object[] row, Function<Object[], Double> value, int basisColumn) {
        return row == null ? new VitalityPoint(q, null, 0) : new VitalityPoint(q, value.apply(row), number(row[basisColumn]));
    }

    private static VitalityPoint share(Quarter q, Object[] row, int partColumn, int wholeColumn) {
        if (row == null) {
            return new VitalityPoint(q, null, 0);
        }
        return new VitalityPoint(q, VitalityMath.percent(number(row[partColumn]), number(row[wholeColumn])),
                number(row[wholeColumn]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    private static Quarter first(List<Quarter> quarters) {
        return quarters.get(0);
    }

    private static Quarter last(List<Quarter> quarters) {
        return quarters.get(quarters.size() - 1);
    }
}
