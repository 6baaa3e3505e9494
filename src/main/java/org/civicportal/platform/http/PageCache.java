package org.civicportal.platform.http;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rendered visitor responses kept on this node for PORTAL_PAGE_CACHE_SECONDS (0 = off), so a surge of visitors
 * reading the same page costs one render per few seconds. One render per key at a time: the others wait for it
 * (at most {@link #WAIT_SECONDS}, then render themselves). Bounded in entries and bytes; a page that does not fit
 * is answered but not kept.
 * <p>Every event a feature fires about what it changed (the records in the features' {@code …Events} classes:
 * InputSubmitted, InputAnswered, InputCredited, ImplementationDelivered, ImplementationMoved, HoursRecorded,
 * VolunteerThanked, SignupPromoted, TaskChanged, …) empties the cache once its transaction committed, so a rolled
 * back change empties nothing. The cache learns of them by their shape, not their types: the platform does not
 * depend on the features. A render that began before such an event is answered but not kept.
 */
@ApplicationScoped
public class PageCache {

    static final int MAX_ENTRIES = 2_000;
    static final long MAX_BYTES = 64L * 1024 * 1024;
    static final int MAX_PAGE_BYTES = 1024 * 1024;
    static final int WAIT_SECONDS = 10;

    private static final Logger LOG = Logger.getLogger(PageCache.class.getName());

    @Inject
    @ConfigProperty(name = "PORTAL_PAGE_CACHE_SECONDS", defaultValue = "5")
    int seconds;

    private final ConcurrentHashMap<String, CompletableFuture<Page>> pages = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    /** A render of this request, into its own response; null when it answered directly and must not be kept. */
    @FunctionalInterface
    interface Render {
        Page render() throws IOException, ServletException;
    }

    @PostConstruct
    void announce() {
        LOG.info(() -> seconds > 0 ? "Visitor pages are kept " + seconds + " s on this node (PORTAL_PAGE_CACHE_SECONDS)"
                : "The node's page cache is off (PORTAL_PAGE_CACHE_SECONDS=0)");
    }

    public int seconds() {
        return Math.max(seconds, 0);
    }

    /**
     * The page to answer this request with: a kept copy younger than the configured seconds, or this request's
     * own render (kept for the next ones when it may be). fresh (the client sent Cache-Control: no-cache) always
     * renders.
     */
    Page get(String key, boolean fresh, Render render) throws IOException, ServletException {
        if (seconds <= 0) {
            return render.render();
        }
        while (true) {
            var current = pages.get(key);
            if (current != null && !fresh) {
                if (!current.isDone()) {
                    var waited = await(current);
                    return waited != null ? waited : render.render();
                }
                var kept = current.getNow(null);
                if (kept != null && young(kept)) {
                    return kept;
                }
            }
            var mine = new CompletableFuture<Page>();
            boolean claimed = current == null ? pages.putIfAbsent(key, mine) == null : pages.replace(key, current, mine);
            if (claimed) {
                release(current);
                return renderInto(key, mine, render);
            }
        }
    }

    private Page renderInto(String key, CompletableFuture<Page> mine, Render render)
            throws IOException, ServletException {
        long startedIn = generation.get();
        Page page = null;
        try {
            page = render.render();
            return page;
        } finally {
            if (page != null && generation.get() == startedIn && admit(page)) {
                mine.complete(page);
                // Emptied meanwhile (invalidate() released it if it saw it), or replaced by a fresh render
                // while this one ran (the replacer could not count a render that had not finished).
                if (generation.get() != startedIn ? pages.remove(key, mine) : pages.get(key) != mine) {
                    bytes.addAndGet(-page.size());
                }
            } else {
                pages.remove(key, mine);
                mine.complete(page);
            }
        }
    }

    private boolean young(Page page) {
        return System.currentTimeMillis() - page.storedAt() < seconds * 1000L;
    }

    private static Page await(CompletableFuture<Page> rendering) {
        try {
            return rendering.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private boolean admit(Page page) {
        int size = page.size();
        if (size > MAX_PAGE_BYTES) {
            return false;
        }
        if (pages.size() > MAX_ENTRIES || bytes.get() + size > MAX_BYTES) {
            pages.forEach((key, kept) -> {
                var p = kept.getNow(null);
                if (kept.isDone() && (p == null || !young(p)) && pages.remove(key, kept)) {
                    release(kept);
                }
            });
            if (pages.size() > MAX_ENTRIES || bytes.get() + size > MAX_BYTES) {
                return false;
            }
        }
        bytes.addAndGet(size);
        return true;
    }

    private void release(CompletableFuture<Page> gone) {
        if (gone != null && gone.isDone()) {
            var p = gone.getNow(null);
            if (p != null) {
                bytes.addAndGet(-p.size());
            }
        }
    }

    /** Everything kept is forgotten: what visitors see has changed. */
    public void invalidate() {
        generation.incrementAndGet();
        pages.keySet().forEach(key -> {
            var gone = pages.remove(key);
            release(gone);
        });
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Object event) {
        if (changesWhatVisitorsSee(event)) {
            invalidate();
        }
    }

    /** A record declared in a feature's {@code …Events} class (InputEvents.InputSubmitted, …). */
    static boolean changesWhatVisitorsSee(Object event) {
        var type = event.getClass();
        var holder = type.getEnclosingClass();
        return type.isRecord() && holder != null && holder.getName().startsWith("org.civicportal.")
                && holder.getSimpleName().endsWith("Events");
    }

    int size() {
        return pages.size();
    }

    long bytes() {
        return bytes.get();
    }
}
