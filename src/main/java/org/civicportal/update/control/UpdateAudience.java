package org.civicportal.update.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The one definition of who receives an update, used both for the count staff see before sending and for the
 * chunks a send queues: residents who opted in to the monthly update and confirmed their address, whose address
 * is not suppressed (a hard bounce), and — for a district audience — who live there, or — for a topic audience —
 * who wrote or supported an input on that topic. Chunks walk accounts in id order after a cursor, so a resumed
 * send neither skips nor repeats anyone.
 */
@ApplicationScoped
public class UpdateAudience {

    private static final String FROM = " FROM account a WHERE a.monthly_update_opt_in = TRUE "
            + "AND a.email_verified_at IS NOT NULL "
            + "AND NOT EXISTS (SELECT 1 FROM mail_suppression s WHERE s.email = a.email) ";

    /** One recipient of a chunk. */
    public record Recipient(long accountId, String email, String language) {
    }

    @PersistenceContext
    EntityManager em;

    public long count(Audience audience) {
        var query = em.createNativeQuery("SELECT COUNT(*)" + FROM + filter(audience));
        bind(query, audience);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** Up to {@code limit} recipients with an account id above {@code after}, in id order. */
    public List<Recipient> chunk(Audience audience, long after, int limit) {
        var query = em.createNativeQuery("SELECT a.id, a.email, a.language" + FROM + filter(audience)
                + "AND a.id > ?2 ORDER BY a.id LIMIT " + Math.max(1, limit)).setParameter(2, after);
        bind(query, audience);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Recipient(((Number) r[0]).longValue(), (String) r[1], (String) r[2]))
                .toList();
    }

    private static String filter(Audience audience) {
        return switch (audience.kind()) {
            case ALL -> "";
            case DISTRICT -> "AND a.district_id = ?1 ";
            case TOPIC -> "AND (EXISTS (SELECT 1 FROM input i WHERE i.author_id = a.id AND i.topic_id = ?1) "
                    + "OR EXISTS (SELECT 1 FROM input_support su JOIN input i ON i.id = su.input_id "
                    + "WHERE su.account_id = a.id AND i.topic_id = ?1)) ";
        };
    }

    private static void bind(jakarta.persistence.Query query, Audience audience) {
        if (audience.id() != null) {
            query.setParameter(1, audience.id());
        }
    }
}
