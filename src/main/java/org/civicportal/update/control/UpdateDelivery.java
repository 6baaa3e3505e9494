package org.civicportal.update.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.civicportal.platform.i18n.Language;
import org.civicportal.platform.outbox.Envelope;
import org.civicportal.platform.outbox.MailStream;
import org.civicportal.platform.outbox.Outbox;
import org.civicportal.platform.persistence.UtcInstantConverter;

/**
 * Sends an update: staff start, pause, resume or cancel it; recipients are queued in the outbox in chunks, each
 * chunk one transaction that advances the update's cursor (queued_through, the last account id queued), so an
 * interrupted send resumes after the last chunk that committed and never skips or repeats anyone. The chunk
 * locks the update's row (SKIP LOCKED: another node busy with it is left alone) and moves the cursor with a
 * conditional UPDATE; the outbox's unique key (update + resident) is the second guard. {@link UpdateDeliveryJob}
 * keeps queuing and marks an update SENT when nothing is left, on every node, after a crash or restart too.
 * <p>Writes the update's delivery columns with native SQL (the update feature's entity owns the rest) and bumps
 * its version, so an editor holding the draft sees a conflict instead of overwriting a send. The callers check
 * the STAFF role.
 */
@ApplicationScoped
public class UpdateDelivery {

    private static final Logger LOG = Logger.getLogger(UpdateDelivery.class.getName());
    /** Recipients queued per transaction: a few hundred milliseconds of inserts, a lock held briefly. */
    static final int CHUNK = 1_000;
    /** How long the staff member's own request queues before the job takes over the rest. */
    static final Duration REQUEST_BUDGET = Duration.ofSeconds(2);
    public static final String TEMPLATE = "update/monthly";
    public static final String COMPOSER = "update";

    /** What one chunk transaction did. */
    public enum Chunk {
        /** Recipients were queued and more may follow. */
        QUEUED,
        /** The audience is exhausted: queued_at is written. */
        COMPLETE,
        /** Not sending (paused, cancelled, unknown) or already queued: nothing to do. */
        IDLE,
        /** Another transaction holds the update: it is queuing, or changing its state. */
        BUSY
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    UpdateAudience audience;

    @Inject
    Event<Object> events;

    @Inject
    UpdateDelivery self;

    Clock clock = Clock.systemUTC();

    public static String campaign(long updateId) {
        return "update:" + updateId;
    }

    public static String key(long updateId, long accountId) {
        return "update:" + updateId + ":account:" + accountId;
    }

    /**
     * Starts sending a draft (or resumes a paused send), then queues its first chunks in this request for up to
     * {@link #REQUEST_BUDGET}; {@link UpdateDeliveryJob} queues the rest. Returns the recipients counted.
     */
    public long send(long updateId, long staffId) {
        long recipients = self.start(updateId, staffId);
        try {
            queueFor(updateId, REQUEST_BUDGET);
        } catch (RuntimeException e) {
            // The send is started and committed: the job queues what this request could not.
            LOG.log(Level.WARNING, e, () -> "Queuing update " + updateId + " stopped in the request; the job goes on");
        }
        return recipients;
    }

    /**
     * Puts a draft in SENDING (or resumes a paused send): counts the audience and records who sent it and when,
     * in one transaction. Queuing follows in chunks of their own transactions ({@link #queueFor}).
     */
    @Transactional
    public long start(long updateId, long staffId) {
        var row = lock(updateId);
        if ("PAUSED".equals(row.state())) {
            resumeLocked(updateId, staffId);
            return row.recipients() == null ? 0 : row.recipients();
        }
        DeliveryCommand.SEND.apply(row.state());
        long recipients = audience.count(row.audience());
        em.createNativeQuery("UPDATE monthly_update SET state = 'SENDING', sent_by = ?2, send_started_at = ?3, "
                + "recipients = ?4, queued_through = 0, queued_at = NULL, finished_at = NULL, updated_at = ?3, "
                + "version = version + 1 WHERE id = ?1").setParameter(1, updateId).setParameter(2, staffId)
                .setParameter(3, UtcInstantConverter.utc(clock.instant())).setParameter(4, recipients)
                .executeUpdate();
        events.fire(new UpdateDeliveryEvents.SendStarted(updateId, staffId, recipients));
        LOG.info(() -> "Update " + updateId + " is being sent to " + recipients + " residents by account " + staffId);
        return recipients;
    }

    /** Pauses a send: its unsent rows are held and no more recipients are queued until it is resumed. */
    @Transactional
    public void pause(long updateId, long staffId) {
        var row = lock(updateId);
        moveTo(updateId, DeliveryCommand.PAUSE.apply(row.state()));
        outbox.pause(campaign(updateId));
        events.fire(new UpdateDeliveryEvents.SendPaused(updateId, staffId));
    }

    @Transactional
    public void resume(long updateId, long staffId) {
        var row = lock(updateId);
        DeliveryCommand.RESUME.apply(row.state());
        resumeLocked(updateId, staffId);
    }

    /** Cancels what is not sent yet; what was sent stays sent, and is the record of who received the update. */
    @Transactional
    public void cancel(long updateId, long staffId) {
        var row = lock(updateId);
        moveTo(updateId, DeliveryCommand.CANCEL.apply(row.state()));
        outbox.cancel(campaign(updateId));
        events.fire(new UpdateDeliveryEvents.SendCancelled(updateId, staffId));
        LOG.info(() -> "Update " + updateId + " was cancelled by account " + staffId);
    }

    private void resumeLocked(long updateId, long staffId) {
        moveTo(updateId, DeliveryCommand.RESUME.to());
        outbox.resume(campaign(updateId));
        events.fire(new UpdateDeliveryEvents.SendResumed(updateId, staffId));
    }

    /**
     * Queues chunks of update updateId for up to {@code budget} (a staff member's request queues the first ones
     * at once; the job queues the rest), each in its own transaction. Returns the last chunk's outcome: QUEUED
     * when the budget ran out with recipients left.
     */
    public Chunk queueFor(long updateId, Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        while (true) {
            var done = self.queueChunk(updateId);
            if (done != Chunk.QUEUED || System.nanoTime() > deadline) {
                return done;
            }
        }
    }

    /**
     * One chunk: the next recipients after the cursor, queued, and the cursor moved past them, in one
     * transaction. A chunk shorter than {@link #CHUNK} exhausts the audience and records queued_at.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Chunk queueChunk(long updateId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT state, audience, audience_id, queued_through, "
                + "queued_at FROM monthly_update WHERE id = ?1 FOR UPDATE SKIP LOCKED").setParameter(1, updateId)
                .getResultList();
        if (rows.isEmpty()) {
            return exists(updateId) ? Chunk.BUSY : Chunk.IDLE;
        }
        var row = rows.get(0);
        if (!"SENDING".equals(row[0]) || row[4] != null) {
            return Chunk.IDLE;
        }
        var who = audienceOf((String) row[1], row[2]);
        long through = ((Number) row[3]).longValue();
        var recipients = audience.chunk(who, through, CHUNK);
        for (var recipient : recipients) {
            var language = Language.fromCode(recipient.language()).orElse(Language.EN);
            outbox.queueComposed(new Envelope(key(updateId, recipient.accountId()), MailStream.BULK,
                    campaign(updateId), recipient.accountId(), language, TEMPLATE), recipient.email(), COMPOSER,
                    String.valueOf(updateId));
        }
        var next = QueueCursor.after(through, recipients.stream().mapToLong(UpdateAudience.Recipient::accountId)
                .toArray(), CHUNK);
        int moved = em.createNativeQuery("UPDATE monthly_update SET queued_through = ?2, queued_at = ?3 "
                + "WHERE id = ?1 AND queued_through = ?4 AND state = 'SENDING' AND queued_at IS NULL")
                .setParameter(1, updateId).setParameter(2, next.through())
                .setParameter(3, next.exhausted() ? UtcInstantConverter.utc(clock.instant()) : null)
                .setParameter(4, through).executeUpdate();
        if (moved != 1) {
            // Cannot happen while the row is locked; if it does, queue nothing rather than twice.
            throw new IllegalStateException("The cursor of update " + updateId + " moved under a lock; chunk after "
                    + through + " rolled back");
        }
        return next.exhausted() ? Chunk.COMPLETE : Chunk.QUEUED;
    }

    /**
     * Marks a fully queued send SENT when none of its rows is left to send (pending, retrying or held).
     * Returns whether it did.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean finishIfDone(long updateId) {
        var left = outbox.progress(campaign(updateId));
        if (left.containsKey("PENDING") || left.containsKey("RETRYING") || left.containsKey("HELD")) {
            return false;
        }
        int finished = em.createNativeQuery("UPDATE monthly_update SET state = 'SENT', finished_at = ?2, "
                + "updated_at = ?2, version = version + 1 WHERE id = ?1 AND state = 'SENDING' "
                + "AND queued_at IS NOT NULL").setParameter(1, updateId)
                .setParameter(2, UtcInstantConverter.utc(clock.instant())).executeUpdate();
        if (finished == 1) {
            events.fire(new UpdateDeliveryEvents.UpdateSent(updateId));
            LOG.info(() -> "Update " + updateId + " is sent: " + left);
        }
        return finished == 1;
    }

    /** Updates being sent, oldest first: what the job works on (in a transaction: the job's thread has no other). */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Long> sending() {
        return ((List<Number>) em.createNativeQuery("SELECT id FROM monthly_update WHERE state = 'SENDING' "
                + "ORDER BY month").getResultList()).stream().map(Number::longValue).toList();
    }

    private record Locked(String state, Audience audience, Long recipients) {
    }

    private Locked lock(long updateId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT state, audience, audience_id, recipients FROM "
                + "monthly_update WHERE id = ?1 FOR UPDATE").setParameter(1, updateId).getResultList();
        var row = rows.stream().findFirst().orElseThrow(() -> new DeliveryRefused("sending.refused.unknown", null));
        return new Locked((String) row[0], audienceOf((String) row[1], row[2]),
                row[3] == null ? null : ((Number) row[3]).longValue());
    }

    private void moveTo(long updateId, String state) {
        em.createNativeQuery("UPDATE monthly_update SET state = ?2, updated_at = ?3, version = version + 1 "
                + "WHERE id = ?1").setParameter(1, updateId).setParameter(2, state)
                .setParameter(3, UtcInstantConverter.utc(clock.instant())).executeUpdate();
    }

    private boolean exists(long updateId) {
        return !em.createNativeQuery("SELECT 1 FROM monthly_update WHERE id = ?1").setParameter(1, updateId)
                .getResultList().isEmpty();
    }

    static Audience audienceOf(String kind, Object id) {
        var parsed = Audience.Kind.valueOf(kind);
        return parsed == Audience.Kind.ALL ? Audience.all() : new Audience(parsed, ((Number) id).longValue());
    }
}
