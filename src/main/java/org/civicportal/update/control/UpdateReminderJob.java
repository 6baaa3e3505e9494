package org.civicportal.update.control;

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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.civicportal.platform.config.PortalSettings;
import org.civicportal.platform.i18n.Language;
import org.civicportal.platform.mail.MailTemplates;
import org.civicportal.platform.mail.OutgoingMail;
import org.civicportal.platform.outbox.Envelope;
import org.civicportal.platform.outbox.MailStream;
import org.civicportal.platform.outbox.Outbox;
import org.civicportal.platform.time.CityTime;

/**
 * On the first day of a month, each staff member gets one email when the month's update is not drafted yet
 * ({@link UpdateReminder}). Every node runs this every quarter of an hour; the outbox key
 * {@code update-reminder:{yyyy-mm}:account:{id}} is unique, so however many nodes and runs there are, each staff
 * member is queued the reminder once per month. Runs on other days read nothing.
 */
@ApplicationScoped
public class UpdateReminderJob {

    private static final Logger LOG = Logger.getLogger(UpdateReminderJob.class.getName());
    static final String TEMPLATE = "update-reminder/reminder";
    private static final long PERIOD_MINUTES = 15;

    /** One staff member the reminder is for. */
    record Recipient(long accountId, String email, String name, Language language) {
    }

    @Resource
    ManagedScheduledExecutorService scheduler;

    @PersistenceContext
    EntityManager em;

    @Inject
    UpdateReminder reminder;

    @Inject
    Outbox outbox;

    @Inject
    MailTemplates templates;

    @Inject
    PortalSettings settings;

    @Inject
    CityTime city;

    @Inject
    UpdateReminderJob self;

    Clock clock = Clock.systemUTC();

    private ScheduledFuture<?> run;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        run = scheduler.scheduleWithFixedDelay(this::remindNow, 1, PERIOD_MINUTES * 60, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (run != null) {
            run.cancel(false);
        }
    }

    void remindNow() {
        try {
            var today = LocalDate.ofInstant(clock.instant(), city.zone());
            if (today.getDayOfMonth() == 1) {
                int queued = self.remind(today);
                if (queued > 0) {
                    LOG.info(() -> "Queued the monthly update's reminder for " + queued + " staff member(s)");
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The monthly update's reminder failed this round; the next round tries again", e);
        }
    }

    /** Queues the reminder for every staff member not reminded yet, when {@code today} needs one: how many. */
    @Transactional
    public int remind(LocalDate today) {
        var month = reminder.missing(today);
        if (month.isEmpty()) {
            return 0;
        }
        var recipients = notRemindedStaff(month.get());
        for (var staff : recipients) {
            outbox.queue(Envelope.of(key(month.get(), staff.accountId()), MailStream.NOTICE, staff.accountId(),
                    staff.language(), TEMPLATE), mail(month.get(), staff));
        }
        return recipients.size();
    }

    static String key(YearMonth month, long accountId) {
        return "update-reminder:" + month + ":account:" + accountId;
    }

    /** Verified staff without this month's reminder in the outbox (a later run queues nothing twice anyway). */
    private List<Recipient> notRemindedStaff(YearMonth month) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT a.id, a.email, a.display_name, a.language "
                + "FROM account_role r JOIN account a ON a.id = r.account_id "
                + "LEFT JOIN outbox_message o ON o.message_key = CONCAT(?1, a.id) "
                + "WHERE r.role = 'STAFF' AND a.email_verified_at IS NOT NULL AND o.id IS NULL ORDER BY a.id")
                .setParameter(1, "update-reminder:" + month + ":account:").getResultList();
        return rows.stream().map(r -> new Recipient(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                Language.fromCode((String) r[3]).orElse(Language.EN))).toList();
    }

    private OutgoingMail mail(YearMonth month, Recipient staff) {
        var monthName = UpdateMonth.inSentence(month, staff.language());
        return templates.render(TEMPLATE, staff.language(), staff.email(), Map.of("name", staff.name(),
                "month", monthName, "link", settings.baseUrl() + "/admin/updates", "portalUrl", settings.baseUrl()),
                monthName);
    }

}
