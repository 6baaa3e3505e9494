package org.civicportal.platform.outbox;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.civicportal.platform.outbox.OutboxRows.Outcome;

/**
 * One claimed batch sent over one SMTP connection by one of the node's sender workers: every row leaves it
 * recorded, or released, or expiring. Before each message: marks that waited {@link OutboxDispatcher#MARK_WITHIN}
 * are written, BULK mail waits for the node's PORTAL_MAIL_RATE and for the node's ACCOUNT and NOTICE mail to
 * be sent ({@link UrgentFirst}), and the lease must have {@link OutboxDispatcher#LEASE_MARGIN} left (renewed
 * every {@link OutboxDispatcher#RENEW_EVERY}; a row no longer held is not sent). ACCOUNT and NOTICE messages
 * are marked one by one as soon as the server answered; BULK ones in groups of PORTAL_MAIL_MARK_GROUP.
 */
final class OutboxBatch {

    private static final Logger LOG = Logger.getLogger(OutboxBatch.class.getName());
    /** How long a BULK message waits for the gate before looking again (lease, marks, stopping). */
    private static final long GATE_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

    private final OutboxDispatcher node;
    private final OutboxRows rows;
    private final Lease lease;
    private final LinkedHashMap<Long, ClaimedMessage> pending = new LinkedHashMap<>();
    private final Set<String> suppressed;
    private final Marks marks = new Marks();
    private final jakarta.mail.Session session;
    private Transport transport;
    /** This batch's ACCOUNT and NOTICE rows counted in the node's {@link UrgentFirst} gate. */
    private int urgent;

    OutboxBatch(OutboxDispatcher node, List<ClaimedMessage> batch, Lease lease) {
        this.node = node;
        this.rows = node.rows;
        this.lease = lease;
        batch.forEach(m -> pending.put(m.id(), m));
        suppressed = new HashSet<>(rows.suppressed(batch.stream().filter(m -> !m.stream().reachesSuppressed())
                .map(ClaimedMessage::recipient).toList()));
        session = node.sender.session();
        // Last: from here on send() counts them out, whatever happens.
        urgent = (int) batch.stream().filter(m -> m.stream() != MailStream.BULK).count();
        node.urgentFirst.holding(urgent);
    }

    /**
     * Sends the batch. Returns false when the SMTP server could not be reached: the worker's round ends there
     * (one connection attempt per round and connection during an outage, not one per batch).
     */
    boolean send() {
        var paced = false;
        var reachable = true;
        try {
            while (!pending.isEmpty()) {
                // First, whatever else comes: marks waiting MARK_WITHIN are written before any wait or send.
                marks.flushIfDue();
                if (node.stopping()) {
                    marks.flush();
                    rows.release(node.node(), pending.keySet());
                    pending.clear();
                    return true;
                }
                var next = pending.values().iterator().next();
                if (next.stream() == MailStream.BULK) {
                    if (!paced) {
                        // PORTAL_MAIL_RATE paces bulk mail only, and before the lease check: the wait is counted
                        // against the lease like any other time spent.
                        pace();
                        paced = true;
                        continue;
                    }
                    if (!node.urgentFirst.open()) {
                        marks.flush();
                        LockSupport.parkNanos(GATE_WAIT_NANOS);
                        continue;
                    }
                }
                if (lease.dueForRenewal() || !lease.held()) {
                    marks.flush();
                    var held = rows.renew(node.node(), lease.begin(), pending.keySet());
                    pending.keySet().retainAll(held);
                    settleUrgent();
                    continue;
                }
                var message = pending.remove(next.id());
                paced = false;
                reachable = sendOne(message);
                if (message.stream() != MailStream.BULK || !reachable) {
                    marks.flush();
                    settleUrgent();
                }
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "An outbox batch stopped; its unsent rows are taken again when their "
                    + "lease ends");
        } finally {
            try {
                marks.flush();
            } finally {
                node.urgentFirst.done(urgent);
                urgent = 0;
                close();
            }
        }
        return reachable;
    }

    /** One message: its outcome is with the marks afterwards. False when the server could not be reached. */
    private boolean sendOne(ClaimedMessage message) throws MessagingException {
        if (!message.stream().reachesSuppressed() && suppressed.contains(message.recipient())) {
            marks.other(new Outcome(message.id(), "FAILED", OutboxDispatcher.SUPPRESSED, 0));
            return true;
        }
        MimeMessage mime;
        try {
            mime = node.sender.message(session, node.render(message), message.messageId());
        } catch (MessagingException | RuntimeException e) {
            var outcome = Failures.notPrepared(node.backoff(), message, e);
            LOG.log(Level.WARNING, e, () -> "Outbox message " + message.id() + " (" + message.template()
                    + ") could not be prepared; marked " + outcome.state());
            marks.other(outcome);
            return true;
        }
        if (node.sender.embedded()) {
            node.sender.deliverEmbedded(mime);
            marks.sent(message, "embedded mailbox");
            return true;
        }
        // Not transport.isConnected(): Angus Mail answers it with a NOOP round trip, once per message.
        if (transport == null) {
            try {
                transport = node.sender.connect(session);
            } catch (MessagingException e) {
                transport = null;
                var answer = SmtpAnswer.unreachable(e);
                LOG.log(Level.WARNING, () -> "The SMTP server could not be reached; " + (pending.size() + 1)
                        + " messages will be tried again: " + answer.text());
                // One attempt, for the message that was tried; the others wait as long, uncounted.
                var tried = Failures.refusedForNow(node.backoff(), message, answer);
                marks.other(tried);
                pending.values().forEach(m -> marks.other(Failures.notTried(m, answer, tried.retryInSeconds())));
                pending.clear();
                return false;
            }
        }
        marks.flushIfDue();
        var watchdog = node.watchdog(() -> node.sender.abort(session));
        try {
            transport.sendMessage(mime, mime.getAllRecipients());
            marks.sent(message, node.lastReply(transport));
        } catch (MessagingException e) {
            var answer = SmtpAnswer.of(e);
            if (answer.kind() == SmtpAnswer.Kind.PERMANENT) {
                marks.flush();
                rows.failAndSuppress(node.node(), message, answer.text());
                suppressed.add(message.recipient());
                LOG.info(() -> "Outbox message " + message.id() + " refused for good; its address is "
                        + "suppressed: " + answer.text());
            } else {
                marks.other(Failures.refusedForNow(node.backoff(), message, answer));
                if (answer.code() == 0 || answer.code() == 421) {
                    // The connection broke or the server is closing it: the next message connects again.
                    close();
                }
            }
        } finally {
            watchdog.cancel(false);
        }
        return true;
    }

    /** Counts out of the gate this batch's urgent rows that are no longer waiting (marked or let go). */
    private void settleUrgent() {
        var left = (int) pending.values().stream().filter(m -> m.stream() != MailStream.BULK).count();
        node.urgentFirst.done(urgent - left);
        urgent = left;
    }

    /** Waits for PORTAL_MAIL_RATE (the node's, shared by its connections); what was sent is marked first. */
    private void pace() {
        var wait = node.pacing().take();
        if (wait > 0) {
            marks.flush();
            LockSupport.parkNanos(wait);
        }
    }

    private void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the connection is gone either way
            }
            transport = null;
        }
    }

    /**
     * Outcomes waiting to be written: sent rows in groups of PORTAL_MAIL_MARK_GROUP (a crash loses at most one
     * group's marks, the duplicate window), anything else with the next write.
     */
    private final class Marks {
        private final List<Outcome> waiting = new ArrayList<>();
        private int sent;
        private long oldest;

        void sent(ClaimedMessage message, String answer) {
            add(new Outcome(message.id(), "SENT", answer, 0));
            sent++;
            if (sent >= node.markGroup) {
                flush();
            }
        }

        /** Writes a group whose first message was accepted {@link OutboxDispatcher#MARK_WITHIN} ago or more. */
        void flushIfDue() {
            if (!waiting.isEmpty() && System.nanoTime() - oldest >= OutboxDispatcher.MARK_WITHIN.toNanos()) {
                flush();
            }
        }

        void other(Outcome outcome) {
            add(outcome);
        }

        private void add(Outcome outcome) {
            if (waiting.isEmpty()) {
                oldest = System.nanoTime();
            }
            waiting.add(outcome);
        }

        void flush() {
            if (!waiting.isEmpty()) {
                rows.record(node.node(), List.copyOf(waiting));
                waiting.clear();
                sent = 0;
            }
        }
    }
}
