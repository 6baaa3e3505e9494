package org.civicportal.update.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.util.List;
import org.civicportal.account.control.PrivacyEvents.AccountErased;

/**
 * An erased account and the monthly update. The opt-in and its time live on the account row, which goes. An
 * update's THANKS items froze the volunteer's name (as it was when drafted) and the thanks written to them (so a
 * sent update does not change later). For the items thanking this account's sign-ups:
 * <ul>
 * <li>in a draft, the item goes (nothing was published; staff may assemble the month again);</li>
 * <li>in an update that was sent (or is being sent, paused or cancelled: fixed from SENDING on), the item is a
 * public record and stays, without the person: its title (the frozen name) and its thanks text are emptied
 * (always: a text may name them in any spelling, under any earlier name), and its facts say
 * {@code formerResident}, which {@link UpdateRendering} shows as "a former resident" in the reader's language,
 * with the task it thanked for.</li>
 * </ul>
 * Runs before the volunteer feature detaches the sign-ups (its priority), while they still name the account.
 */
@ApplicationScoped
public class UpdateErasure {

    @PersistenceContext
    EntityManager em;

    void erase(@Observes @jakarta.annotation.Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION - 100)
            AccountErased event) {
        em.createNativeQuery("DELETE it FROM monthly_update_item it JOIN monthly_update u ON u.id = it.update_id "
                + "JOIN signup s ON s.id = it.source_id WHERE it.kind = 'THANKS' AND s.account_id = ?1 "
                + "AND u.state = 'DRAFT'").setParameter(1, event.accountId()).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> kept = em.createNativeQuery("SELECT it.id, it.facts FROM monthly_update_item it "
                + "JOIN monthly_update u ON u.id = it.update_id JOIN signup s ON s.id = it.source_id "
                + "WHERE it.kind = 'THANKS' AND s.account_id = ?1 AND u.state <> 'DRAFT'")
                .setParameter(1, event.accountId()).getResultList();
        for (var row : kept) {
            em.createNativeQuery("UPDATE monthly_update_item SET title = '', body = '', facts = ?2 WHERE id = ?1")
                    .setParameter(1, row[0]).setParameter(2, formerResident((String) row[1])).executeUpdate();
        }
    }

    /** A kept item's facts once its volunteer is erased: what they were (the task), and {@code formerResident}. */
    static String formerResident(String facts) {
        var kept = facts == null ? Json.createObjectBuilder()
                : Json.createObjectBuilder(Json.createReader(new StringReader(facts)).readObject());
        return kept.add("formerResident", true).build().toString();
    }
}
