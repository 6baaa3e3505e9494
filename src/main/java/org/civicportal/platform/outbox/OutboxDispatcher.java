package org.civicportal.platform.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonString;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.civicportal.platform.mail.MailSender;
import org.civicportal.platform.mail.OutgoingMail;
import org.civicportal.platform.outbox.OutboxRows.Outcome;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends what the outbox holds: one dispatcher per node, run every PORTAL_MAIL_INTERVAL_MILLIS on a managed
 * thread. Each round claims batches of due rows (FOR UPDATE SKIP LOCKED, its node id and a lease written in the
 * claim's transaction, see {@link OutboxRows#claim}), sends each batch over one SMTP connection, renews the
 * lease while it works and sends nothing it no longer holds, and records each message's fate right after the
 * server answered it: SENT, RETRYING (4xx or no connection, {@link Backoff}) or FAILED (5xx, and the address
 * suppressed). The one window that can still duplicate a message is described in docs/operations.md.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    static final int BATCH = 100;
    static final Duration LEASE = Duration.ofSeconds(120);
    /**
     * A message is only begun with this much of the lease left: more than one message can take (10 s to
     * connect, then at most {@link #MESSAGE_LIMIT}), so none is still being sent when another node may take its
     * row.
     */
    static final Duration LEASE_MARGIN = Duration.ofSeconds(60);
    static final Duration RENEW_EVERY = Duration.ofSeconds(5);
    /** A group of sent rows not yet marked is written at the latest this long after its first message. */
    static final Duration MARK_WITHIN = Duration.ofMillis(250);
    /** One message that takes longer (a server that stopped reading) has its connection closed, and is retried. */
    static final Duration MESSAGE_LIMIT = Duration.ofSeconds(30);
    static final String SUPPRESSED = "suppressed: the address bounced for good (see /admin/outbox)";

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OutboxRows rows;

    @Inject
    MailSender sender;

    @Inject
    Instance<OutboxComposer> composers;

    @Inject
    @ConfigProperty(name = "PORTAL_MAIL_INTERVAL_MILLIS", defaultValue = "1000")
    long intervalMillis;

    @Inject
    @ConfigProperty(name = "PORTAL_MAIL_RATE", defaultValue = "0")
    double rate;

    @Inject
    @ConfigProperty(name = "PORTAL_MAIL_RETRY_SECONDS", defaultValue = "30")
    long retrySeconds;

    /**
     * How many sent messages are marked SENT in one transaction: 1 marks each right after the server accepted
     * it; more saves commits (docs/benchmarks.md) and widens the duplicate window to that many messages (or
     * {@link #MARK_WITHIN}, whichever comes first), see docs/operations.md.
     */
    @Inject
    @ConfigProperty(name = "PORTAL_MAIL_MARK_GROUP", defaultValue = "20")
    int markGroup;

    private final String node = nodeId();
    private volatile boolean stopping;
    private ScheduledFuture<?> run;
    private SendingRate pacing;
    private Backoff backoff;
    private Map<String, OutboxComposer> byName;
    private java.lang.reflect.Method lastResponse;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        pacing = new SendingRate(rate, System::nanoTime);
        backoff = new Backoff(Duration.ofSeconds(Math.max(1, retrySeconds)));
        run = scheduler.scheduleWithFixedDelay(this::round, intervalMillis, Math.max(50, intervalMillis),
                TimeUnit.MILLISECONDS);
        LOG.info(() -> "Outbox dispatcher " + node + " started: every " + intervalMillis + " ms"
                + (rate > 0 ? ", at most " + rate + " messages/s" : "")
                + (sender.embedded() ? ", into the embedded mailbox" : ""));
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (run != null) {
            run.cancel(false);
        }
    }

    /** This node's name in claimed_by: host and process, and a random part so a restarted node is another. */
    static String nodeId() {
        var name = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 64 ? name.substring(name.length() - 64) : name;
    }

    void round() {
        try {
            while (!stopping) {
                var lease = new Lease(LEASE, LEASE_MARGIN, RENEW_EVERY, System::nanoTime);
                var batch = rows.claim(node, BATCH, lease.begin());
                if (batch.isEmpty()) {
                    return;
                }
                if (!send(batch, lease) || batch.size() < BATCH) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The outbox could not send this round; the next round tries again", e);
        }
    }

    /**
     * Sends one claimed batch over one connection; every row leaves it recorded, or released, or expiring.
     * Returns false when the SMTP server could not be reached: the round ends there (one connection attempt
     * per round during an outage, not one per batch).
     */
    private boolean send(List<ClaimedMessage> batch, Lease lease) {
        var pending = new LinkedHashMap<Long, ClaimedMessage>();
        batch.forEach(m -> pending.put(m.id(), m));
        var suppressed = new HashSet<>(rows.suppressed(batch.stream().filter(m -> !m.stream().reachesSuppressed())
                .map(ClaimedMessage::recipient).toList()));
        var marks = new Marks();
        var session = sender.session();
        Transport transport = null;
        var paced = false;
        var reachable = true;
        try {
            while (!pending.isEmpty()) {
                // First, whatever else comes: marks waiting MARK_WITHIN are written before any wait or send.
                marks.flushIfDue();
                if (stopping) {
                    marks.flush();
                    rows.release(node, pending.keySet());
                    return true;
                }
                var next = pending.values().iterator().next();
                if (!paced && next.stream() == MailStream.BULK) {
                    // PORTAL_MAIL_RATE paces bulk mail only, and before the lease check: the wait is counted
                    // against the lease like any other time spent.
                    pace(marks);
                    paced = true;
                    continue;
                }
                if (lease.dueForRenewal() || !lease.held()) {
                    marks.flush();
                    var held = rows.renew(node, lease.begin(), pending.keySet());
                    pending.keySet().retainAll(held);
                    continue;
                }
                var message = pending.remove(next.id());
                paced = false;
                if (!message.stream().reachesSuppressed() && suppressed.contains(message.recipient())) {
                    marks.other(new Outcome(message.id(), "FAILED", SUPPRESSED, 0));
                    continue;
                }
                MimeMessage mime;
                try {
                    mime = sender.message(session, render(message), message.messageId());
                } catch (MessagingException | RuntimeException e) {
                    var outcome = Failures.notPrepared(backoff, message, e);
                    LOG.log(Level.WARNING, e, () -> "Outbox message " + message.id() + " (" + message.template()
                            + ") could not be prepared; marked " + outcome.state());
                    marks.other(outcome);
                    continue;
                }
                if (sender.embedded()) {
                    sender.deliverEmbedded(mime);
                    marks.sent(message, "embedded mailbox");
                    continue;
                }
                // Not transport.isConnected(): Angus Mail answers it with a NOOP round trip, once per message.
                if (transport == null) {
                    try {
                        transport = sender.connect(session);
                    } catch (MessagingException e) {
                        transport = null;
                        var answer = SmtpAnswer.unreachable(e);
                        LOG.log(Level.WARNING, () -> "The SMTP server could not be reached; " + (pending.size() + 1)
                                + " messages will be tried again: " + answer.text());
                        // One attempt, for the message that was tried; the others wait as long, uncounted.
                        var tried = Failures.refusedForNow(backoff, message, answer);
                        marks.other(tried);
                        pending.values().forEach(m -> marks.other(Failures.notTried(m, answer, tried.retryInSeconds())));
                        pending.clear();
                        reachable = false;
                        continue;
                    }
                }
                marks.flushIfDue();
                var watchdog = scheduler.schedule(() -> sender.abort(session), MESSAGE_LIMIT.toMillis(),
                        TimeUnit.MILLISECONDS);
                try {
                    transport.sendMessage(mime, mime.getAllRecipients());
                    marks.sent(message, lastReply(transport));
                } catch (MessagingException e) {
                    var answer = SmtpAnswer.of(e);
                    if (answer.kind() == SmtpAnswer.Kind.PERMANENT) {
                        marks.flush();
                        rows.failAndSuppress(node, message, answer.text());
                        suppressed.add(message.recipient());
                        LOG.info(() -> "Outbox message " + message.id() + " refused for good; its address is "
                                + "suppressed: " + answer.text());
                    } else {
                        marks.other(Failures.refusedForNow(backoff, message, answer));
                        if (answer.code() == 0 || answer.code() == 421) {
                            // The connection broke or the server is closing it: the next message connects again.
                            close(transport);
                            transport = null;
                        }
                    }
                } finally {
                    watchdog.cancel(false);
                }
            }
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "An outbox batch stopped; its unsent rows are taken again when their "
                    + "lease ends");
        } finally {
            marks.flush();
            close(transport);
        }
        return reachable;
    }

    /** The message a row holds, or the one its composer renders now. */
    OutgoingMail render(ClaimedMessage message) {
        if (!message.composed()) {
            return new OutgoingMail(message.recipient(), message.subject(), message.text(), message.html(),
                    headers(message.headers()));
        }
        var composer = composer(message.composer());
        if (composer == null) {
            throw new OutboxComposer.Missing(message.composer());
        }
        var mail = composer.compose(message.params(), message.accountId(), message.recipient(), message.language());
        return mail.to().equals(message.recipient()) ? mail
                : new OutgoingMail(message.recipient(), mail.subject(), mail.text(), mail.html(), mail.headers());
    }

    private OutboxComposer composer(String name) {
        if (byName == null) {
            var found = new java.util.HashMap<String, OutboxComposer>();
            composers.forEach(c -> found.put(c.name(), c));
            byName = found;
        }
        return byName.get(name);
    }

    static Map<String, String> headers(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            var headers = new LinkedHashMap<String, String>();
            reader.readObject().forEach((name, value) -> headers.put(name, ((JsonString) value).getString()));
            return headers;
        }
    }

    /** Waits for PORTAL_MAIL_RATE; what was sent is marked before waiting, not after. */
    private void pace(Marks marks) {
        var wait = pacing.take();
        if (wait > 0) {
            marks.flush();
            LockSupport.parkNanos(wait);
        }
    }

    /** The server's words for the accepted message (Angus Mail's SMTPTransport keeps them; found once). */
    private String lastReply(Transport transport) {
        try {
            if (lastResponse == null || lastResponse.getDeclaringClass() != transport.getClass()) {
                lastResponse = transport.getClass().getMethod("getLastServerResponse");
            }
            var reply = lastResponse.invoke(transport);
            return reply == null ? "250 accepted" : reply.toString();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "250 accepted";
        }
    }

    private static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the connection is gone either way
            }
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
            if (sent >= markGroup) {
                flush();
            }
        }

        /** Writes a group whose first message was accepted {@link #MARK_WITHIN} ago or more. */
        void flushIfDue() {
            if (!waiting.isEmpty() && System.nanoTime() - oldest >= MARK_WITHIN.toNanos()) {
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
                rows.record(node, List.copyOf(waiting));
                waiting.clear();
                sent = 0;
            }
        }
    }
}
