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

    /** Removes the row of a giving that no longer stands (hours corrected to none). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(LedgerKind kind, String sourceKey) {
        em.createNativeQuery("DELETE FROM ledger_entry WHERE kind = ?1 AND source_key = ?2")
                .setParameter(1, kind.name()).setParameter(2, sourceKey).executeUpdate();
    }
}
