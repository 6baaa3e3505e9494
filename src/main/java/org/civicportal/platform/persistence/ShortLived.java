package org.civicportal.platform.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Figures a list shows beside its page (how many rows match, execution by district) kept on this node for a few
 * seconds: each costs a read of thousands of index entries, and a surge asks for the same few again and again.
 * The feature that changes them forgets them when it does ({@link #forget}); another node's change shows
 * within {@link #TTL}. A request that asks for a fresh copy ({@code Cache-Control: no-cache}) reads anew.
 */
public final class ShortLived<K, V> {

    public static final Duration TTL = Duration.ofSeconds(10);
    /** Filters people combine are few, but a date filter is free text: past this, start over. */
    private static final int MOST = 2_000;

    private record Kept<V>(V value, Instant until) {
    }

    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();
    /** Counts the forgettings: a figure read while one happened may be from before the change, and is not kept. */
    private final AtomicLong generation = new AtomicLong();
    private final Clock clock;

    public ShortLived(Clock clock) {
        this.clock = clock;
    }

    /** The kept figure, unless the request being served asks for a fresh copy (outside a request: always fresh). */
    public V get(K key, FreshRead request, Supplier<V> read) {
        boolean fresh;
        try {
            fresh = request.wanted();
        } catch (jakarta.enterprise.context.ContextNotActiveException noRequest) {
            fresh = true;
        }
        return get(key, fresh, read);
    }

    public V get(K key, boolean fresh, Supplier<V> read) {
        var now = clock.instant();
        var hit = fresh ? null : kept.get(key);
        if (hit != null && now.isBefore(hit.until())) {
            return hit.value();
        }
        long seen = generation.get();
        var value = read.get();
        if (kept.size() >= MOST) {
            kept.clear();
        }
        if (generation.get() == seen) {
            kept.put(key, new Kept<>(value, now.plus(TTL)));
        }
        return value;
    }

    /**
     * Forgets everything now and again once the change being made commits: a page read in between may have kept
     * the figures from before it.
     */
    public void forget(jakarta.transaction.TransactionSynchronizationRegistry transactions) {
        forgetNow();
        transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                forgetNow();
            }
        });
    }

    private void forgetNow() {
        generation.incrementAndGet();
        kept.clear();
    }
}
