package org.civicportal.decision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicportal.account.control.PrivacyEvents.AccountErased;

/**
 * An erased account's rows in the decision feature: the chains it followed (its own choice, nothing public)
 * go. The credits of its inputs stay: they are the city's statement of how an input shaped a decision, and
 * the input stays as a former resident's.
 */
@ApplicationScoped
public class DecisionErasure {

    @PersistenceContext
    EntityManager em;

    void erase(@Observes AccountErased event) {
        em.createNativeQuery("DELETE FROM chain_follower WHERE account_id = ?1").setParameter(1, event.accountId())
                .executeUpdate();
    }
}
