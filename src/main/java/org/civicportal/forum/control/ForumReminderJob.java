package org.civicportal.forum.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
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
import org.civicportal.platform.mail.OutgoingMail;
import org.civicportal.platform.persistence.UtcInstantConverter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reminds residents going to a forum the day before. Like the shift reminders (volunteer/control/ReminderJob):
 * each run claims due RSVPs in the database (FOR UPDATE SKIP LOCKED and a claim time written in the same
 * transaction), sends each reminder, then marks it sent, so two nodes never send the same one; a claim whose
 * node died before sending expires after {@link #LEASE} and is taken again.
 */
@ApplicationScoped
public class ForumReminderJob {

    private static final Logger LOG = Logger.getLogger(ForumReminderJob.class.getName());
    /** How long before a forum its reminder goes out (also what the forum page promises). */
    public static final Duration AHEAD = Duration.ofHours(24);
    private static final int BATCH = 100;
    static final Duration LEASE = Duration.ofMinutes(10);

    /** One claimed reminder: who, for which event, and the email prepared while claiming it. */
    public record Due(long eventId, long accountId, OutgoingMail mail) {
    }

    @Resource
    ManagedScheduledExecutorService scheduler;

    @PersistenceContext
    EntityManager em;

    @Inject
    ForumMails mails;

    @Inject
    MailSender sender;

    @Inject
    ForumReminderJob self;

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
            for (var due : self.claimDue()) {
                send(due);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Forum reminders failed this round; the next round tries again", e);
        }
    }

    private void send(Due due) {
        try {
            sender.send(due.mail());
            self.markSent(due);
        } catch (jakarta.mail.MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Forum reminder for event " + due.eventId() + " and account "
                    + due.accountId() + " not sent; retried after the claim expires");
        }
    }

    /**
     * Claims RSVPs "going" to a forum starting within a day, not yet reminded nor claimed by a live node, and
     * prepares their emails in the same transaction (the job's thread has no other persistence context).
     */
    @Transactional
    public List<Due> claimDue() {
        var now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.event_id, r.account_id FROM forum_rsvp r "
                + "JOIN forum_event e ON e.id = r.event_id WHERE r.going = TRUE AND r.reminder_sent_at IS NULL "
                + "AND (r.reminder_claimed_at IS NULL OR r.reminder_claimed_at < ?3) "
                + "AND e.starts_at > ?1 AND e.starts_at <= ?2 ORDER BY r.event_id, r.account_id LIMIT " + BATCH
                + " FOR UPDATE SKIP LOCKED").setParameter(1, UtcInstantConverter.utc(now))
                .setParameter(2, UtcInstantConverter.utc(now.plus(AHEAD)))
                .setParameter(3, UtcInstantConverter.utc(now.minus(LEASE))).getResultList();
        var claimed = rows.stream().map(r -> new Due(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                mails.reminder(((Number) r[0]).longValue(), ((Number) r[1]).longValue()))).toList();
        for (var due : claimed) {
            em.createNativeQuery("UPDATE forum_rsvp SET reminder_claimed_at = ?3 WHERE event_id = ?1 AND account_id = ?2")
                    .setParameter(1, due.eventId()).setParameter(2, due.accountId())
                    .setParameter(3, UtcInstantConverter.utc(now)).executeUpdate();
        }
        return claimed;
    }

    @Transactional
    public void markSent(Due due) {
        em.createNativeQuery("UPDATE forum_rsvp SET reminder_sent_at = ?3 WHERE event_id = ?1 AND account_id = ?2")
                .setParameter(1, due.eventId()).setParameter(2, due.accountId())
                .setParameter(3, UtcInstantConverter.utc(clock.instant())).executeUpdate();
    }
}
