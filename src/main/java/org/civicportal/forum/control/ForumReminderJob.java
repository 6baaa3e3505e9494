package org.civicportal.forum.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civicportal.account.entity.Account;
import org.civicportal.forum.entity.ForumEvent;
import org.civicportal.platform.outbox.DueReminders;
import org.civicportal.platform.persistence.UtcInstantConverter;

/**
 * The forum reminders the day before, for the portal's one reminder scheduler
 * ({@link org.civicportal.platform.outbox.Reminders}): RSVPs "going" to a forum that starts within a day and
 * were not reminded yet are queued in the outbox (key {@code reminder:forum:{eventId}:account:{accountId}},
 * with the start's epoch second when the forum was moved and its reminders made due again) and marked in
 * reminder_sent_at, which now means "queued".
 */
@ApplicationScoped
public class ForumReminderJob implements DueReminders {

    /** How long before a forum its reminder goes out (also what the forum page promises). */
    public static final Duration AHEAD = Duration.ofHours(24);

    @PersistenceContext
    EntityManager em;

    @Inject
    ForumMails mails;

    @Override
    public int queueDue(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.event_id, r.account_id FROM forum_rsvp r "
                + "JOIN forum_event e ON e.id = r.event_id WHERE r.going = TRUE AND r.reminder_sent_at IS NULL "
                + "AND e.starts_at > ?1 AND e.starts_at <= ?2 ORDER BY r.event_id, r.account_id LIMIT " + limit
                + " FOR UPDATE SKIP LOCKED").setParameter(1, UtcInstantConverter.utc(now))
                .setParameter(2, UtcInstantConverter.utc(now.plus(AHEAD))).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        // The batch's events and accounts in one query each, not two lookups per RSVP.
        var eventIds = rows.stream().map(r -> ((Number) r[0]).longValue()).distinct().toList();
        var accountIds = rows.stream().map(r -> ((Number) r[1]).longValue()).distinct().toList();
        var events = em.createQuery("SELECT e FROM ForumEvent e WHERE e.id IN :ids", ForumEvent.class)
                .setParameter("ids", eventIds).getResultStream()
                .collect(Collectors.toMap(ForumEvent::getId, Function.identity()));
        var accounts = em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class)
                .setParameter("ids", accountIds).getResultStream()
                .collect(Collectors.toMap(Account::getId, Function.identity()));
        var marked = new StringJoiner(", ");
        for (var r : rows) {
            var eventId = ((Number) r[0]).longValue();
            var accountId = ((Number) r[1]).longValue();
            mails.queueReminder(events.get(eventId), accounts.get(accountId));
            marked.add("(" + eventId + ", " + accountId + ")");
        }
        // Ids are numbers, never text; one statement marks the batch.
        em.createNativeQuery("UPDATE forum_rsvp SET reminder_sent_at = ?1 WHERE (event_id, account_id) IN (" + marked
                + ")").setParameter(1, UtcInstantConverter.utc(now)).executeUpdate();
        return rows.size();
    }
}
