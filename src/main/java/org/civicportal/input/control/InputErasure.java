package org.civicportal.input.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.civicportal.account.control.PrivacyEvents.AccountErased;
import org.civicportal.input.control.InputEvents.InputRemoved;

/**
 * An erased account's rows in the input feature. Its inputs stay public as a former resident's (author NULL),
 * unless the person chose to remove those nobody supported and no decision credited: those go, with their
 * history and the reports about them ({@link InputRemoved} tells the ledger). Its supports stay as anonymous
 * rows, so every support_count still matches its rows; the reports it made go (report_count keeps counting
 * them: a report is a moderation signal, and three reports stay three people).
 */
@ApplicationScoped
public class InputErasure {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<InputRemoved> removed;

    void erase(@Observes AccountErased event) {
        long id = event.accountId();
        if (event.inputsRemoved()) {
            @SuppressWarnings("unchecked")
            List<Number> removable = em.createNativeQuery("SELECT i.id FROM input i WHERE i.author_id = ?1 "
                    + "AND i.support_count = 0 AND NOT EXISTS (SELECT 1 FROM input_support s WHERE s.input_id = i.id) "
                    + "AND NOT EXISTS (SELECT 1 FROM decision_credit c WHERE c.input_id = i.id) FOR UPDATE")
                    .setParameter(1, id).getResultList();
            for (var inputId : removable) {
                removed.fire(new InputRemoved(inputId.longValue()));
                em.createNativeQuery("DELETE FROM input WHERE id = ?1").setParameter(1, inputId).executeUpdate();
            }
        }
        em.createNativeQuery("UPDATE input SET author_id = NULL WHERE author_id = ?1").setParameter(1, id).executeUpdate();
        em.createNativeQuery("UPDATE input_support SET account_id = NULL WHERE account_id = ?1").setParameter(1, id)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM input_report WHERE account_id = ?1").setParameter(1, id).executeUpdate();
        // The status history keeps who changed what; a resident's own entry (SUBMITTED) no longer names them.
        em.createNativeQuery("UPDATE input_status_change SET changed_by = NULL WHERE changed_by = ?1")
                .setParameter(1, id).executeUpdate();
    }
}
