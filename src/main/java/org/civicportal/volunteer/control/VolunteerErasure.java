package org.civicportal.volunteer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicportal.account.control.PrivacyEvents.AccountErased;

/**
 * An erased account's sign-ups stay as anonymous rows (account NULL): the places they hold, the waitlist's
 * order, the attendance and the hours are the task's history and the ledger's source, so confirmed_count and
 * every figure stay. The thanks an official wrote to the volunteer goes (it is addressed to them and often
 * names them); that they were thanked (thanked_at, thanked_by) stays, so the recognition still counts.
 */
@ApplicationScoped
public class VolunteerErasure {

    @PersistenceContext
    EntityManager em;

    void erase(@Observes AccountErased event) {
        em.createNativeQuery("UPDATE signup SET account_id = NULL, thanks = NULL, thanks_public = FALSE "
                + "WHERE account_id = ?1").setParameter(1, event.accountId()).executeUpdate();
    }
}
