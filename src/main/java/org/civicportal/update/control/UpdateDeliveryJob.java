package org.civicportal.update.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps every update in SENDING moving, on every node: queues the recipients not queued yet (after a crash or
 * a restart too, so a send resumes by itself; two nodes never queue the same chunk, see
 * {@link UpdateDelivery#queueChunk}) and marks an update SENT once nothing of it is left to send. The outbox's
 * dispatcher does the sending.
 */
@ApplicationScoped
public class UpdateDeliveryJob {

    private static final Logger LOG = Logger.getLogger(UpdateDeliveryJob.class.getName());
    static final Duration INTERVAL = Duration.ofSeconds(2);
    /** The first round waits for the node to finish starting (its connection pool is not ready at once). */
    static final Duration FIRST_ROUND = Duration.ofSeconds(10);
    /** Each round queues for at most this long, then lets the next update (and the next round) have a turn. */
    static final Duration ROUND_BUDGET = Duration.ofSeconds(30);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    UpdateDelivery delivery;

    private ScheduledFuture<?> run;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        run = scheduler.scheduleWithFixedDelay(this::round, FIRST_ROUND.toMillis(), INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (run != null) {
            run.cancel(false);
        }
    }

    void round() {
        try {
            for (long updateId : delivery.sending()) {
                var queued = delivery.queueFor(updateId, ROUND_BUDGET);
                if (queued == UpdateDelivery.Chunk.COMPLETE || queued == UpdateDelivery.Chunk.IDLE) {
                    delivery.finishIfDone(updateId);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending updates failed this round; the next round tries again", e);
        }
    }
}
