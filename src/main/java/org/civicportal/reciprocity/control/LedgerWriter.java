package org.civicportal.reciprocity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.civicportal.platform.persistence.UtcInstantConverter;
import org.civicportal.platform.time.CityTime;
import org.civicportal.platform.time.Quarter;
import org.civicportal.reciprocity.entity.LedgerKind;

/**
 * The only code that writes ledger rows. Called by the ledger's observers inside the transaction of the
 * event (MANDATORY: a row without its event's transaction would survive a rollback), so the row and the
 * record it is about commit or roll back together.
 */
@ApplicationScoped
public class LedgerWriter {

    @PersistenceContext
    EntityManager em;

    @Inject
    CityTime city;

    /**
     * Writes the row, or replaces the one with the same kind and source key: replaying an event never counts
     * twice, and a correction (new hours) leaves the row equal to what is recorded now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(LedgerEntry entry) {
        em.createNativeQuery("INSERT INTO ledger_entry (kind, source_key, resident_id, official_id, amount, "
                + "district_id, topic_id, happened_at, quarter, waited_seconds) "
                + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON DUPLICATE KEY UPDATE "
                + "resident_id = VALUES(resident_id), official_id = VALUES(official_id), amount = VALUES(amount), "
                + "district_id = VALUES(district_id), topic_id = VALUES(topic_id), "
                + "happened_at = VALUES(happened_at), quarter = VALUES(quarter), "
                + "waited_seconds = VALUES(waited_seconds)")
                .setParameter(1, entry.kind().name()).setParameter(2, entry.sourceKey())
                .setParameter(3, entry.residentId()).setParameter(4, entry.officialId())
                .setParameter(5, entry.amount()).setParameter(6, entry.districtId())
                .setParameter(7, entry.topicId()).setParameter(8, UtcInstantConverter.utc(entry.at()))
                .setParameter(9, Quarter.of(entry.at(), city.zone()).code())
                .setParameter(10, entry.waitedSeconds()).executeUpdate();
    }

    /**
     * Records again, set-based, every row a source's expected-rows SELECT yields (narrowed to what an event
     * changed, its positional parameters ?1… given here, its columns named as ledger_entry's): an upsert by kind and
     * source key, so the rows equal what a rebuild would derive from the source records now. The quarter is
     * computed in the city's zone, as {@link #record} does, from the bounds of the quarters the rows span. Returns
     * how many rows were there to record.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recordAll(String expectedRows, Object... parameters) {
        em.flush(); // the change the event is about, made on entities, must be what the SELECT reads
        var span = (Object[]) bind(em.createNativeQuery("SELECT COUNT(*), MIN(x.happened_at), MAX(x.happened_at) "
                + "FROM (" + expectedRows + ") x"), parameters).getSingleResult();
        int rows = ((Number) span[0]).intValue();
        if (rows == 0) {
            return 0;
        }
        var first = UtcInstantConverter.fromColumn(span[1]);
        var last = UtcInstantConverter.fromColumn(span[2]);
        String quarter = LedgerRebuild.quarterOf("x.happened_at", first, last, city.zone());
        bind(em.createNativeQuery("INSERT INTO ledger_entry (kind, source_key, resident_id, official_id, amount, "
                + "district_id, topic_id, happened_at, quarter, waited_seconds) SELECT x.kind, x.source_key, "
                + "x.resident_id, x.official_id, x.amount, x.district_id, x.topic_id, x.happened_at, " + quarter
                + ", x.waited_seconds FROM (" + expectedRows + ") x ON DUPLICATE KEY UPDATE "
                + "resident_id = VALUES(resident_id), official_id = VALUES(official_id), amount = VALUES(amount), "
                + "district_id = VALUES(district_id), topic_id = VALUES(topic_id), "
                + "happened_at = VALUES(happened_at), quarter = VALUES(quarter), "
                + "waited_seconds = VALUES(waited_seconds)"), parameters).executeUpdate();
        return rows;
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query query, Object... parameters) {
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    /** Removes the row of a giving that no longer stands (hours corrected to none). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(LedgerKind kind, String sourceKey) {
        em.createNativeQuery("DELETE FROM ledger_entry WHERE kind = ?1 AND source_key = ?2")
                .setParameter(1, kind.name()).setParameter(2, sourceKey).executeUpdate();
    }
}
