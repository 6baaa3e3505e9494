package org.civicportal.platform.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.civicportal.account.control.PrivacyEvents;

/**
 * An erased account's exports go with it: their rows in the erasing transaction (the database would cascade
 * them, but the files would then be left on disk with nothing pointing at them), their files once it has
 * committed. An erasure the database refuses rolls back with its rows, so a READY export still points at a file
 * that is still there. An export being built at that moment finds its row gone and throws its file away
 * (DataExportJob).
 */
@ApplicationScoped
public class DataExportErasure {

    private static final Logger LOG = Logger.getLogger(DataExportErasure.class.getName());

    /** The files of an erased account's exports, deleted only after the erasure committed. */
    record FilesOfErasedAccount(long accountId, List<String> files) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ExportStore store;

    @Inject
    Event<FilesOfErasedAccount> erasedFiles;

    void erase(@Observes PrivacyEvents.AccountErased erased) {
        @SuppressWarnings("unchecked")
        List<String> files = em.createNativeQuery("SELECT file_name FROM data_export WHERE account_id = ?1 "
                + "AND file_name IS NOT NULL").setParameter(1, erased.accountId()).getResultList();
        em.createNativeQuery("DELETE FROM data_export WHERE account_id = ?1").setParameter(1, erased.accountId())
                .executeUpdate();
        if (!files.isEmpty()) {
            erasedFiles.fire(new FilesOfErasedAccount(erased.accountId(), List.copyOf(files)));
        }
    }

    void deleteFiles(@Observes(during = TransactionPhase.AFTER_SUCCESS) FilesOfErasedAccount erased) {
        for (var file : erased.files()) {
            try {
                store.delete(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, e, () -> "An export file of erased account " + erased.accountId()
                        + " could not be deleted");
            }
        }
    }
}
