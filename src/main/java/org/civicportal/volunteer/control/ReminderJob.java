package org.civicportal.volunteer.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.civicportal.platform.mail.MailSender;
import org.civicportal.platform.persistence.UtcInstantConverter;
import org.civicportal.volunteer.entity.Signup;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reminds confirmed volunteers the day before their shift. Each run claims due sign-ups in the database
 * (FOR UPDATE SKIP LOCKED, and a claim time written in the same transaction), sends each reminder, then
 * marks it sent. Two nodes never claim the same sign-up; a claim whose node died before sending expires
 * after {@link #LEASE} and is taken again, so a restart does not lose a reminder. The one window left is a
 * crash between the mail server accepting a message and the sign-up being marked: that reminder would be
 * sent again.
 */
@ApplicationScoped
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());
    /** How long before a shift its reminder goes out (also what the task page promises). */
    public static final Duration AHEAD = Duration.ofHours(24);
    private static final int BATCH = 100;
    static final Duration LEASE = Duration.ofMinutes(10);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @PersistenceContext
    EntityManager em;

    @Inject
    VolunteerMails mails;

    @Inject
    MailSender sender;

    @Inject
    ReminderJob self;

    @Inject
    @ConfigProperty(name = "PORTAL_REMINDER_INTERVAL_SECONDS", defaultValue = "60")
    int intervalSeconds;

    Clock clock = Clock.systemUTC();

    private ScheduledFuture<?> run;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        run = scheduler.scheduleWithFixedDelay(this::sendDue, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (run != null) {
            run.cancel(false);
        }
    }

    void sendDue() {
        try {
            for (var signup : self.claimDue()) {
                send(signup);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Shift reminders failed this round; the next round tries again", e);
        }
    }

    private void send(Signup signup) {
        try {
            sender.send(mails.reminder(signup));
            self.markSent(signup.getId());
        } catch (jakarta.mail.MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Reminder for sign-up " + signup.getId() + " not sent; retried after the "
                    + "claim expires");
        }
    }

    /** Claims confirmed sign-ups whose shift starts within a day, not yet reminded nor claimed by a live node. */
    @Transactional
    public List<Signup> claimDue() {
        var now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT s.id FROM signup s JOIN task t ON t.id = s.task_id "
                + "WHERE s.status = 'CONFIRMED' AND s.reminder_sent_at IS NULL "
                + "AND (s.reminder_claimed_at IS NULL OR s.reminder_claimed_at < ?3) AND t.cancelled = FALSE "
                + "AND t.starts_at > ?1 AND t.starts_at <= ?2 ORDER BY s.id LIMIT " + BATCH
                + " FOR UPDATE SKIP LOCKED").setParameter(1, UtcInstantConverter.utc(now))
                .setParameter(2, UtcInstantConverter.utc(now.plus(AHEAD)))
                .setParameter(3, UtcInstantConverter.utc(now.minus(LEASE))).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        var claimed = ids.stream().map(Number::longValue).toList();
        em.createQuery("UPDATE Signup s SET s.reminderClaimedAt = :now WHERE s.id IN :ids").setParameter("now", now)
                .setParameter("ids", claimed).executeUpdate();
        return em.createQuery("SELECT s FROM Signup s JOIN FETCH s.account JOIN FETCH s.task WHERE s.id IN :ids",
                Signup.class).setParameter("ids", claimed).getResultList();
    }

    @Transactional
    public void markSent(long signupId) {
        em.createQuery("UPDATE Signup s SET s.reminderSentAt = :now WHERE s.id = :id")
                .setParameter("now", clock.instant()).setParameter("id", signupId).executeUpdate();
    }
}
