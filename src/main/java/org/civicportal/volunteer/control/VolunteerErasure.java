package org.civicportal.volunteer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicportal.account.control.PrivacyEvents.AccountErased;

/**
 * An erased account's sign-ups stay as anonymous rows (account NULL): the places they hold, the waitlist's
 * order, the attendance and the hours are the task's history and the ledger's source, so confirmed_count and
 * every figure stay. The thanks an official wrote to the volunteer goes (it is addressed to them and often
 * names them); that they were thanked (thanked_at, thanked_by) stays, so the recognition still counts.
 * <p>
 * A place on a shift that has not started is withdrawn first, as the person would: nobody will come, and the
 * waitlist's next person is promoted and told. Anonymous sign-ups are no one's to record or thank: the roster
 * lists each as a "former resident", with the attendance and hours it had (no name, no email), so the list
 * agrees with the counts that still include the places they held.
 */
@ApplicationScoped
public class VolunteerErasure {

    @PersistenceContext
    EntityManager em;

    @Inject
    VolunteerService volunteers;

    void erase(@Observes AccountErased event) {
        @SuppressWarnings("unchecked")
        java.util.List<Number> upcoming = em.createNativeQuery("SELECT s.task_id FROM signup s JOIN task t ON t.id = "
                + "s.task_id WHERE s.account_id = ?1 AND s.status IN ('CONFIRMED', 'WAITLISTED') "
                + "AND t.starts_at > UTC_TIMESTAMP(6)").setParameter(1, event.accountId()).getResultList();
        for (var task : upcoming) {
            volunteers.withdraw(task.longValue(), event.accountId());
        }
        em.createNativeQuery("UPDATE signup SET account_id = NULL, thanks = NULL, thanks_public = FALSE "
                + "WHERE account_id = ?1").setParameter(1, event.accountId()).executeUpdate();
    }
}
