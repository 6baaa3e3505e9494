package org.civicportal.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;

/**
 * A person asks for a copy of their data (/me/data). One export is prepared at a time per person: asking again
 * while one is queued or running returns that one (the database's unique key on data_export.preparing_for holds
 * it even when two requests race); asking while a copy is offered ends that offer (the job deletes its file) and
 * queues a fresh one. The job (platform/privacy/DataExportJob) builds it.
 */
@ApplicationScoped
public class DataExportService {

    private static final Logger LOG = Logger.getLogger(DataExportService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<PrivacyEvents.DataExportRequested> requested;

    /** The export being prepared for this person, queued now if none was; its id. */
    @Transactional
    public long request(long accountId) {
        var preparing = preparing(accountId);
        if (!preparing.isEmpty()) {
            return preparing.get(0);
        }
        em.createNativeQuery("UPDATE data_export SET expires_at = UTC_TIMESTAMP(6) WHERE account_id = ?1 "
                + "AND state = 'READY' AND expires_at > UTC_TIMESTAMP(6)").setParameter(1, accountId).executeUpdate();
        int inserted = em.createNativeQuery("INSERT IGNORE INTO data_export (account_id, state, language, requested_at) "
                + "SELECT id, 'QUEUED', language, UTC_TIMESTAMP(6) FROM account WHERE id = ?1")
                .setParameter(1, accountId).executeUpdate();
        long id = preparing(accountId).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("No account " + accountId));
        if (inserted == 1) {
            requested.fire(new PrivacyEvents.DataExportRequested(accountId, id));
            LOG.info(() -> "Data export " + id + " requested by account " + accountId);
        }
        return id;
    }

    private List<Long> preparing(long accountId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM data_export WHERE preparing_for = ?1")
                .setParameter(1, accountId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
