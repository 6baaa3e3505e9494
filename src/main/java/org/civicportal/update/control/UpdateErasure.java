package org.civicportal.update.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicportal.account.control.PrivacyEvents.AccountErased;

/**
 * An erased account and the monthly update. The opt-in and its time live on the account row, which goes. An
 * update's THANKS items froze the volunteer's name and the thanks written to them when drafted (so a sent
 * update does not change later): the items thanking this account's sign-ups are the one exception, and go.
 * Runs before the volunteer feature detaches the sign-ups (its priority), while they still name the account.
 */
@ApplicationScoped
public class UpdateErasure {

    @PersistenceContext
    EntityManager em;

    void erase(@Observes @jakarta.annotation.Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION - 100)
            AccountErased event) {
        em.createNativeQuery("DELETE it FROM monthly_update_item it JOIN signup s ON s.id = it.source_id "
                + "WHERE it.kind = 'THANKS' AND s.account_id = ?1")
                .setParameter(1, event.accountId()).executeUpdate();
    }
}
