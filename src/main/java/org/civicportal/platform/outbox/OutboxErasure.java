package org.civicportal.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicportal.account.control.PrivacyEvents.AccountErased;

/**
 * An erased account's email. Messages not yet sent (pending, retrying, held with a paused campaign) are
 * deleted: nothing more reaches the person. Messages already sent, failed or cancelled stay as the record that
 * a message with that key went out (so a replay still never sends it twice), without what identifies the
 * person: the address, the rendered subject and bodies, the headers (List-Unsubscribe names the account), the
 * composer's parameters and the server's answer (which often quotes the address). A suppression of the address
 * is deleted too rather than kept as a hash: it protects the address's reputation with the mail server, and
 * if the same address registers again and still bounces, the next hard bounce suppresses it again.
 */
@ApplicationScoped
public class OutboxErasure {

    static final String ERASED_RECIPIENT = "(erased)";

    @PersistenceContext
    EntityManager em;

    void erase(@Observes AccountErased event) {
        long id = event.accountId();
        var email = (String) em.createNativeQuery("SELECT email FROM account WHERE id = ?1").setParameter(1, id)
                .getSingleResult();
        // ix_outbox_account and ix_outbox_recipient: the account's rows, and those queued to its address alone.
        em.createNativeQuery("DELETE FROM outbox_message WHERE state IN ('PENDING', 'RETRYING', 'HELD') "
                + "AND (account_id = ?1 OR recipient = ?2)").setParameter(1, id).setParameter(2, email).executeUpdate();
        em.createNativeQuery("UPDATE outbox_message SET account_id = NULL, recipient = ?3, subject = NULL, "
                + "text_body = NULL, html_body = NULL, headers = NULL, params = NULL, last_answer = NULL "
                + "WHERE account_id = ?1 OR recipient = ?2").setParameter(1, id).setParameter(2, email)
                .setParameter(3, ERASED_RECIPIENT).executeUpdate();
        em.createNativeQuery("DELETE FROM mail_suppression WHERE email = ?1 OR account_id = ?2").setParameter(1, email)
                .setParameter(2, id).executeUpdate();
    }
}
