package org.civicportal.reciprocity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicportal.platform.persistence.UtcInstantConverter;
import org.civicportal.platform.time.Quarter;

/**
 * The signals kept in vitality_snapshot, keyed "measure/series" per quarter: those of quarters that can no
 * longer change for good, so each is aggregated over the ledger once; those of the quarters still moving for a
 * few minutes, so a staff member reloading the page does not aggregate them again.
 */
@ApplicationScoped
public class VitalitySnapshots {

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /**
     * The stored points of these quarters that were kept since validSince(quarter): for a final quarter, once it
     * had become final; for the others, a few minutes ago. A quarter missing from the map must be aggregated
     * again.
     */
    @SuppressWarnings("unchecked")
    public Map<Quarter, Map<String, VitalityPoint>> read(List<Quarter> quarters,
            java.util.function.Function<Quarter, Instant> validSince) {
        var kept = new HashMap<Quarter, Map<String, VitalityPoint>>();
        List<Object[]> rows = em.createNativeQuery("SELECT quarter, measure, series, value, basis, computed_at "
                + "FROM vitality_snapshot WHERE quarter IN (" + codes(quarters) + ")").getResultList();
        var outdated = new java.util.HashSet<Quarter>();
        for (var r : rows) {
            var quarter = Quarter.ofCode(((Number) r[0]).intValue());
            if (UtcInstantConverter.fromColumn(r[5]).isBefore(validSince.apply(quarter))) {
                outdated.add(quarter);
                continue;
            }
            kept.computeIfAbsent(quarter, q -> new HashMap<>()).put(r[1] + "/" + r[2],
                    new VitalityPoint(quarter, r[3] == null ? null : ((Number) r[3]).doubleValue(),
                            ((Number) r[4]).longValue()));
        }
        // A quarter counts as kept only when all of its signals are: one outdated figure means aggregating it again.
        outdated.forEach(kept::remove);
        return kept;
    }

    private static String codes(List<Quarter> quarters) {
        return quarters.isEmpty() ? "NULL"
                : String.join(", ", quarters.stream().map(q -> String.valueOf(q.code())).toList());
    }

    /** Keeps (or replaces) the points of a quarter just aggregated. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void keep(Quarter quarter, Map<String, VitalityPoint> points) {
        var now = UtcInstantConverter.utc(clock.instant());
        points.forEach((key, point) -> {
            var parts = key.split("/", 2);
            em.createNativeQuery("INSERT INTO vitality_snapshot (quarter, measure, series, value, basis, "
                    + "computed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON DUPLICATE KEY UPDATE value = VALUES(value), "
                    + "basis = VALUES(basis), computed_at = VALUES(computed_at)").setParameter(1, quarter.code())
                    .setParameter(2, parts[0]).setParameter(3, parts[1]).setParameter(4, point.value())
                    .setParameter(5, point.basis()).setParameter(6, now).executeUpdate();
        });
    }

    /** Replaces the quiet givers kept for the quarter: {resident id, quarters given} each. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void keepQuiet(Quarter quarter, List<long[]> residents) {
        em.createNativeQuery("DELETE FROM vitality_quiet_giver WHERE quarter = ?1").setParameter(1, quarter.code())
                .executeUpdate();
        for (var r : residents) {
            em.createNativeQuery("INSERT IGNORE INTO vitality_quiet_giver (quarter, resident_id, quarters) "
                    + "VALUES (?1, ?2, ?3)").setParameter(1, quarter.code()).setParameter(2, r[0])
                    .setParameter(3, r[1]).executeUpdate();
        }
    }
}
