package org.civicportal.platform.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonString;
import jakarta.mail.Transport;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.civicportal.platform.mail.MailSender;
import org.civicportal.platform.mail.OutgoingMail;
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

    /**
     * How many SMTP connections this node sends over at once, each its own sender worker with its own batches
     * (docs/benchmarks.md, "The outbox dispatcher"); PORTAL_MAIL_RATE stays the node's. One with the embedded
     * mailbox.
     */
    @Inject
    @ConfigProperty(name = "PORTAL_MAIL_CONNECTIONS", defaultValue = "4")
    int connections;

    @Resource
    ManagedThreadFactory threads;

    final UrgentFirst urgentFirst = new UrgentFirst();
    private final String node = nodeId();
    private final AtomicInteger working = new AtomicInteger();
    private volatile boolean stopping;
    private ScheduledFuture<?> run;
    private ExecutorService workers;
    /**
     * The per-message watchdogs: a plain scheduler on a managed thread, not the managed scheduler, which
     * captures the container's context (a class loader resource scan) for every task scheduled.
     */
    private ScheduledThreadPoolExecutor watchdogs;
    private SendingRate pacing;
    private Backoff backoff;
    private volatile Map<String, OutboxComposer> byName;
    private volatile java.lang.reflect.Method lastResponse;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        pacing = new SendingRate(rate, System::nanoTime);
        backoff = new Backoff(Duration.ofSeconds(Math.max(1, retrySeconds)));
        if (connections < 1) {
            throw new IllegalArgumentException("PORTAL_MAIL_CONNECTIONS must be 1 or more: " + connections);
        }
        connections = sender.embedded() ? 1 : connections;
        workers = Executors.newFixedThreadPool(connections, threads);
        watchdogs = new ScheduledThreadPoolExecutor(1, threads);
        watchdogs.setRemoveOnCancelPolicy(true);
        nameStreamProvider();
        run = scheduler.scheduleWithFixedDelay(this::round, intervalMillis, Math.max(50, intervalMillis),
                TimeUnit.MILLISECONDS);
        LOG.info(() -> "Outbox dispatcher " + node + " started: every " + intervalMillis + " ms"
                + ", over up to " + connections + " SMTP connection" + (connections == 1 ? "" : "s")
                + (rate > 0 ? ", at most " + rate + " messages/s" : "")
                + (sender.embedded() ? ", into the embedded mailbox" : ""));
    }

    /**
     * Jakarta Mail finds its StreamProvider through the ServiceLoader, with the web application's class loader,
     * for every body part it creates (FactoryFinder): a scan of the application's jars per message, a tenth of
     * the dispatcher's time in the profile (docs/benchmarks.md). The system property FactoryFinder reads first
     * names the one provider there is, so it is loaded by name; left alone when set, or when the class is not
     * there.
     */
    private static void nameStreamProvider() {
        var property = "jakarta.mail.util.StreamProvider";
        var angus = "org.eclipse.angus.mail.util.MailStreamProvider";
        if (System.getProperty(property) != null) {
            return;
        }
        try {
            Class.forName(angus, false, Thread.currentThread().getContextClassLoader());
            System.setProperty(property, angus);
        } catch (ClassNotFoundException | LinkageError e) {
            LOG.fine(() -> "No " + angus + ": Jakarta Mail looks its stream provider up as it likes");
        }
    }

    /** Ends one message's connection when it took longer than {@link #MESSAGE_LIMIT}; cancel it once answered. */
    ScheduledFuture<?> watchdog(Runnable abort) {
        return watchdogs.schedule(abort, MESSAGE_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (run != null) {
            run.cancel(false);
        }
        if (workers != null) {
            // The workers see stopping before their next message and let go of what they did not send.
            workers.shutdown();
            try {
                workers.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (watchdogs != null) {
            watchdogs.shutdownNow();
        }
    }

    /** This node's name in claimed_by: host and process, and a random part so a restarted node is another. */
    static String nodeId() {
        var name = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 64 ? name.substring(name.length() - 64) : name;
    }

    /**
     * The dispatcher's tick: when none of this node's sender workers is working, one starts. A worker claims
     * batch after batch; each time it claims a full batch (more may wait) another worker joins, up to
     * PORTAL_MAIL_CONNECTIONS, each claiming its own batches (SKIP LOCKED and the lease keep them apart as they
     * keep nodes apart) and sending them over its own connection. An idle node claims once per tick.
     */
    void round() {
        if (!stopping) {
            join(true);
        }
    }

    /** Starts a worker: the first one ({@code first}, only if none works) or one more, up to the limit. */
    private void join(boolean first) {
        while (true) {
            var now = working.get();
            if (first ? now != 0 : now >= connections) {
                return;
            }
            if (working.compareAndSet(now, now + 1)) {
                break;
            }
        }
        try {
            workers.execute(this::work);
        } catch (RejectedExecutionException e) {
            working.decrementAndGet();
        }
    }

    /** One sender worker: claims and sends batches until the outbox has no more due, or the server is down. */
    private void work() {
        try {
            while (!stopping) {
                var lease = new Lease(LEASE, LEASE_MARGIN, RENEW_EVERY, System::nanoTime);
                var batch = rows.claim(node, BATCH, lease.begin());
                if (batch.isEmpty()) {
                    return;
                }
                if (batch.size() == BATCH) {
                    join(false);
                }
                if (!new OutboxBatch(this, batch, lease).send() || batch.size() < BATCH) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The outbox could not send this round; the next round tries again", e);
        } finally {
            working.decrementAndGet();
        }
    }

    String node() {
        return node;
    }

    boolean stopping() {
        return stopping;
    }

    SendingRate pacing() {
        return pacing;
    }

    Backoff backoff() {
        return backoff;
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

    /** The server's words for the accepted message (Angus Mail's SMTPTransport keeps them; found once). */
    String lastReply(Transport transport) {
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
}
