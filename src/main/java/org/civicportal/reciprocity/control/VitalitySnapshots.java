package org.civicportal.reciprocity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicportal.platform.persistence.UtcInstantConverter;
import org.civicportal.platform.time.Quarter;

/**
 * The signals of quarters that can no longer change, kept in vitality_snapshot so each is aggregated over the
 * ledger once. Keyed "measure/series" per quarter.
 */
@ApplicationScoped
public class VitalitySnapshots {

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** The stored points of these quarters; a quarter missing from the map has not been kept yet. */
    @SuppressWarnings("unchecked")
    public Map<Quarter, Map<String, VitalityPoint>> read(List<Quarter> quarters) {
        var kept = new HashMap<Quarter, Map<String, VitalityPoint>>();
        if (quarters.isEmpty()) {
            return kept;
        }
        List<Object[]> rows = em.createNativeQuery("SELECT quarter, measure, series, value, basis FROM vitality_snapshot "
                + "WHERE quarter IN (" + String.join(", ", quarters.stream().map(q -> String.valueOf(q.code())).toList())
                + ")").getResultList();
        for (var r : rows) {
            var quarter = Quarter.ofCode(((Number) r[0]).intValue());
            kept.computeIfAbsent(quarter, q -> new HashMap<>()).put(r[1] + "/" + r[2],
                    new VitalityPoint(quarter, r[3] == null ? null : ((Number) r[3]).doubleValue(),
                            ((Number) r[4]).longValue()));
        }
        return kept;
    }

    /** Keeps the points of a final quarter; a concurrent keeper's rows win (they hold the same figures). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void keep(Quarter quarter, Map<String, VitalityPoint> points) {
        var now = UtcInstantConverter.utc(clock.instant());
        points.forEach((key, point) -> {
            var parts = key.split("/", 2);
            em.createNativeQuery("INSERT IGNORE INTO vitality_snapshot (quarter, measure, series, value, basis, "
                    + "computed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, quarter.code())
                    .setParameter(2, parts[0]).setParameter(3, parts[1]).setParameter(4, point.value())
                    .setParameter(5, point.basis()).setParameter(6, now).executeUpdate();
        });
    }

    /** Forgets every kept quarter: for the ledger rebuild, after it repaired rows the figures were made of. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget() {
        em.createNativeQuery("DELETE FROM vitality_snapshot").executeUpdate();
    }
}
