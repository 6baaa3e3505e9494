package org.civicportal.platform.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every PORTAL_REMINDER_INTERVAL_SECONDS, asks each feature's {@link DueReminders} to queue what is due, one
 * transaction per batch, until nothing is left. The reminders then leave through the outbox like every other
 * message: there is no second claim or lease.
 */
@ApplicationScoped
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class.getName());
    static final int BATCH = 100;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Instance<DueReminders> features;

    @Inject
    Reminders self;

    @Inject
    @ConfigProperty(name = "PORTAL_REMINDER_INTERVAL_SECONDS", defaultValue = "60")
    int intervalSeconds;

    Clock clock = Clock.systemUTC();

    private ScheduledFuture<?> run;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        run = scheduler.scheduleWithFixedDelay(this::round, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (run != null) {
            run.cancel(false);
        }
    }

    void round() {
        for (var feature : features) {
            try {
                while (self.batch(feature) >= BATCH) {
                    // more are due: another batch, another transaction
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "Reminders of " + feature.getClass().getSimpleName()
                        + " could not be queued this round; the next round tries again");
            }
        }
    }

    @Transactional
    public int batch(DueReminders feature) {
        return feature.queueDue(clock.instant(), BATCH);
    }
}
