package org.civicportal.volunteer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.civicportal.platform.outbox.DueReminders;
import org.civicportal.platform.persistence.UtcInstantConverter;
import org.civicportal.volunteer.entity.Signup;

/**
 * The shift reminders the day before, for the portal's one reminder scheduler
 * ({@link org.civicportal.platform.outbox.Reminders}): confirmed sign-ups whose shift starts within a day and
 * that were not reminded yet are queued in the outbox (key {@code reminder:signup:{id}:starts:{epoch second}},
 * so a moved shift, whose sign-ups are made due again, gets its own reminder) and marked in reminder_sent_at,
 * which now means "queued": the outbox sends it, retries it, and records it.
 */
@ApplicationScoped
public class ReminderJob implements DueReminders {

    /** How long before a shift its reminder goes out (also what the task page promises). */
    public static final Duration AHEAD = Duration.ofHours(24);

    @PersistenceContext
    EntityManager em;

    @Inject
    VolunteerMails mails;

    @Override
    public int queueDue(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT s.id FROM signup s JOIN task t ON t.id = s.task_id "
                + "WHERE s.status = 'CONFIRMED' AND s.reminder_sent_at IS NULL AND t.cancelled = FALSE "
                + "AND t.starts_at > ?1 AND t.starts_at <= ?2 ORDER BY s.id LIMIT " + limit
                + " FOR UPDATE SKIP LOCKED").setParameter(1, UtcInstantConverter.utc(now))
                .setParameter(2, UtcInstantConverter.utc(now.plus(AHEAD))).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        var due = ids.stream().map(Number::longValue).toList();
        em.createQuery("SELECT s FROM Signup s JOIN FETCH s.account JOIN FETCH s.task WHERE s.id IN :ids",
                Signup.class).setParameter("ids", due).getResultList().forEach(mails::queueReminder);
        em.createQuery("UPDATE Signup s SET s.reminderSentAt = :now WHERE s.id IN :ids").setParameter("now", now)
                .setParameter("ids", due).executeUpdate();
        return due.size();
    }
}
