package org.civicportal.update.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.json.Json;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.util.List;
import java.util.regex.Pattern;
import org.civicportal.account.control.PrivacyEvents.AccountErased;

/**
 * An erased account and the monthly update. The opt-in and its time live on the account row, which goes. An
 * update's THANKS items froze the volunteer's name and the thanks written to them when drafted (so a sent
 * update does not change later). For the items thanking this account's sign-ups:
 * <ul>
 * <li>in a draft, the item goes (nothing was published; staff may assemble the month again);</li>
 * <li>in an update that was sent (or is being sent, paused or cancelled: fixed from SENDING on), the item is a
 * public record and stays, without the name: its title is emptied and its facts say {@code formerResident},
 * which {@link UpdateRendering} shows as "a former resident" in the reader's language. The thanks' text stays
 * too, unless it names the person (any word of three letters or more of their display name, whole-word and
 * case-insensitive); then it is emptied, and the item says only whom ("a former resident") and for which task.</li>
 * </ul>
 * Runs before the volunteer feature detaches the sign-ups (its priority), while they still name the account.
 */
@ApplicationScoped
public class UpdateErasure {

    private static final Pattern NAME_WORDS = Pattern.compile("[^\\p{L}\\p{M}'’-]+");

    @PersistenceContext
    EntityManager em;

    void erase(@Observes @jakarta.annotation.Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION - 100)
            AccountErased event) {
        em.createNativeQuery("DELETE it FROM monthly_update_item it JOIN monthly_update u ON u.id = it.update_id "
                + "JOIN signup s ON s.id = it.source_id WHERE it.kind = 'THANKS' AND s.account_id = ?1 "
                + "AND u.state = 'DRAFT'").setParameter(1, event.accountId()).executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> kept = em.createNativeQuery("SELECT it.id, it.body, a.display_name, it.facts FROM monthly_update_item it "
                + "JOIN monthly_update u ON u.id = it.update_id JOIN signup s ON s.id = it.source_id "
                + "JOIN account a ON a.id = s.account_id WHERE it.kind = 'THANKS' AND s.account_id = ?1 "
                + "AND u.state <> 'DRAFT'").setParameter(1, event.accountId()).getResultList();
        for (var row : kept) {
            var body = (String) row[1];
            var facts = row[3] == null ? Json.createObjectBuilder()
                    : Json.createObjectBuilder(Json.createReader(new StringReader((String) row[3])).readObject());
            em.createNativeQuery("UPDATE monthly_update_item SET title = '', body = ?2, facts = ?3 WHERE id = ?1")
                    .setParameter(1, row[0]).setParameter(2, names(body, (String) row[2]) ? "" : body)
                    .setParameter(3, facts.add("formerResident", true).build().toString()).executeUpdate();
        }
    }

    /** Whether the text names the person: a word of their display name (three letters or more) appears whole. */
    static boolean names(String text, String displayName) {
        if (text == null || text.isBlank() || displayName == null) {
            return false;
        }
        for (var word : NAME_WORDS.split(displayName.strip())) {
            if (word.codePointCount(0, word.length()) >= 3 && Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(word)
                    + "(?![\\p{L}\\p{M}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find()) {
                return true;
            }
        }
        return false;
    }
}
