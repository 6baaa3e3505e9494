package org.civicportal.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.OptionalInt;

/**
 * Which password a signed-in session was opened with. Each account has a credentials generation that a
 * password change or reset moves on; the session keeps the generation it signed in under. The account's is
 * read from the database on every signed-in request, so a change on one node ends the other sessions on
 * every node (the session attribute travels with the session, the generation lives in one place).
 */
@ApplicationScoped
public class CredentialsGeneration {

    static final String ATTRIBUTE = "org.civicportal.credentialsGeneration";

    @PersistenceContext
    EntityManager em;

    /** Called at sign-in, and by the session that changed the password so that it stays signed in. */
    public static void remember(HttpSession session, int generation) {
        session.setAttribute(ATTRIBUTE, generation);
    }

    /** The account's generation now; empty when the account no longer exists. */
    public OptionalInt current(long accountId) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("SELECT credentials_generation FROM account WHERE id = ?1")
                .setParameter(1, accountId).getResultList();
        return rows.isEmpty() ? OptionalInt.empty() : OptionalInt.of(rows.get(0).intValue());
    }

    /**
     * True when the session signed in under the account's current generation. A session without one (which
     * no sign-in of this portal leaves) counts as outdated.
     */
    public boolean isCurrent(HttpSession session, long accountId) {
        var remembered = session.getAttribute(ATTRIBUTE);
        var now = current(accountId);
        return remembered instanceof Integer generation && now.isPresent() && now.getAsInt() == generation;
    }
}
