package org.civicportal.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A list's figures are read once per few seconds, anew when asked, and again after a change commits. */
class ShortLivedTest {

    private Instant now = Instant.parse("2026-12-01T12:00:00Z");
    private final AtomicInteger reads = new AtomicInteger();
    private final ShortLived<String, Integer> figures = new ShortLived<>(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    private int read(String key, boolean fresh) {
        return figures.get(key, fresh, reads::incrementAndGet);
    }

    @Test
    void aFigureIsReadOnceWithinItsFewSecondsAndAgainAfter() {
        assertEquals(1, read("all", false));
        now = now.plus(ShortLived.TTL).minusMillis(1);
        assertEquals(1, read("all", false), "still kept");
        assertEquals(2, read("north", false), "each filter has its own figure");
        now = now.plusMillis(1);
        assertEquals(3, read("all", false), "read again once its time is up");
    }

    @Test
    void aRequestForAFreshCopyReadsAnew() {
        assertEquals(1, read("all", false));
        assertEquals(2, read("all", true));
        assertEquals(2, read("all", false), "and what it read is kept");
    }

    @Test
    void aChangeForgetsTheFiguresNowAndAgainWhenItCommits() {
        var synchronizations = new ArrayList<Synchronization>();
        assertEquals(1, read("all", false));
        figures.forget(registry(synchronizations));
        assertEquals(2, read("all", false), "forgotten at once");
        assertEquals(2, read("all", false), "a page read before the commit keeps the old figure");
        synchronizations.forEach(s -> s.afterCompletion(Status.STATUS_COMMITTED));
        assertEquals(3, read("all", false), "forgotten again once committed");
    }

    /** Only the call ShortLived makes; a transaction manager is not what this test is about. */
    private static TransactionSynchronizationRegistry registry(List<Synchronization> registered) {
        return (TransactionSynchronizationRegistry) java.lang.reflect.Proxy.newProxyInstance(
                ShortLivedTest.class.getClassLoader(), new Class<?>[] {TransactionSynchronizationRegistry.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("registerInterposedSynchronization")) {
                        registered.add((Synchronization) args[0]);
                    }
                    return null;
                });
    }
}
