package org.civicportal.forum.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicportal.account.control.PrivacyEvents.AccountErased;

/**
 * An erased account's rows in the forum feature. RSVPs and attendance stay as anonymous rows (the quarter's
 * figures count them). Written answers stay too, detached from the account: they were always published
 * without a name, as "a resident of &lt;district&gt;", as the quarter's public record of the three questions,
 * and moderation still applies to them; a person who wants one gone asks staff to hide it. The reports the
 * person made go (report_count keeps counting them).
 */
@ApplicationScoped
public class ForumErasure {

    @PersistenceContext
    EntityManager em;

    void erase(@Observes AccountErased event) {
        long id = event.accountId();
        for (var table : new String[] {"forum_rsvp", "forum_attendance", "forum_answer"}) {
            em.createNativeQuery("UPDATE " + table + " SET account_id = NULL WHERE account_id = ?1")
                    .setParameter(1, id).executeUpdate();
        }
        em.createNativeQuery("DELETE FROM forum_answer_report WHERE account_id = ?1").setParameter(1, id)
                .executeUpdate();
    }
}
