package org.civicportal.reciprocity.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicportal.account.control.PrivacyEvents.AccountErased;
import org.civicportal.input.control.InputEvents.InputRemoved;

/**
 * An erased account in the reciprocity ledger. Its rows stay, anonymous (resident NULL), so every quarter's
 * figures stay as they were (the totals' triggers move a row's share from its old key to the same key). A
 * forum attendance's source key named the account: it is rewritten to the attendance row's own id, as the
 * rebuild (ForumLedger) derives it for an anonymous attendance, so a rebuild finds the same rows. Staff's
 * contacts with the person and the quiet-givers list go: they are about the person only. Runs before the
 * forum feature detaches the attendance rows (its priority), while they still name the account.
 * <p>
 * An input its author removed on erasure takes its INPUT and ANSWER rows with it: the rebuild derives them
 * from the input, which no longer exists.
 */
@ApplicationScoped
public class ReciprocityErasure {

    @PersistenceContext
    EntityManager em;

    void erase(@Observes @Priority(Interceptor.Priority.APPLICATION - 100) AccountErased event) {
        long id = event.accountId();
        em.createNativeQuery("UPDATE ledger_entry l JOIN forum_attendance fa ON l.kind = 'FORUM_PARTICIPATION' "
                + "AND l.source_key = CONCAT('forum-attendance:', fa.event_id, ':', fa.account_id) "
                + "SET l.source_key = " + ForumLedger.ANONYMOUS_ATTENDANCE_KEY + " WHERE fa.account_id = ?1")
                .setParameter(1, id).executeUpdate();
        em.createNativeQuery("UPDATE ledger_entry SET resident_id = NULL WHERE resident_id = ?1").setParameter(1, id)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM vitality_contact WHERE resident_id = ?1").setParameter(1, id).executeUpdate();
        em.createNativeQuery("DELETE FROM vitality_quiet_giver WHERE resident_id = ?1").setParameter(1, id)
                .executeUpdate();
    }

    void removed(@Observes InputRemoved event) {
        em.createNativeQuery("DELETE FROM ledger_entry WHERE kind IN ('INPUT', 'ANSWER') AND source_key = ?1")
                .setParameter(1, event.sourceKey()).executeUpdate();
    }
}
