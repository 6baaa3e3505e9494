package org.civicportal.platform.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.civicportal.account.control.PrivacyEvents;

/**
 * An erased account's exports go with it, in the erasing transaction: their rows (the database would cascade
 * them, but the files would then be left on disk with nothing pointing at them) and their files. A file is
 * deleted at once: should the erasure roll back, the person has lost only a copy they can ask for again. An
 * export being built at that moment finds its row gone and throws its file away (DataExportJob).
 */
@ApplicationScoped
public class DataExportErasure {

    private static final Logger LOG = Logger.getLogger(DataExportErasure.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ExportStore store;

    void erase(@Observes PrivacyEvents.AccountErased erased) {
        @SuppressWarnings("unchecked")
        List<String> files = em.createNativeQuery("SELECT file_name FROM data_export WHERE account_id = ?1 "
                + "AND file_name IS NOT NULL").setParameter(1, erased.accountId()).getResultList();
        em.createNativeQuery("DELETE FROM data_export WHERE account_id = ?1").setParameter(1, erased.accountId())
                .executeUpdate();
        for (var file : files) {
            try {
                store.delete(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, e, () -> "An export file of erased account " + erased.accountId()
                        + " could not be deleted");
            }
        }
    }
}
