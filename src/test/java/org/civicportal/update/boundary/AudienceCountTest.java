package org.civicportal.update.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The edit page and its sending panel ask for the audience count up to five times a render: one count. */
class AudienceCountTest {

    @Test
    void oneRequestCountsEachUpdatesAudienceOnce() {
        Map<Object, Object> request = new HashMap<>();
        var counted = new AtomicInteger();
        for (int asked = 0; asked < 5; asked++) {
            assertEquals(42, AudienceCount.of(request, 7, () -> {
                counted.incrementAndGet();
                return 42;
            }));
        }
        assertEquals(1, counted.get(), "the editor's figure, then the panel's four reads of it");
        assertEquals(3, AudienceCount.of(request, 8, () -> {
            counted.incrementAndGet();
            return 3;
        }), "another update has its own count");
        assertEquals(2, counted.get());
        Map<Object, Object> nextRequest = new HashMap<>();
        AudienceCount.of(nextRequest, 7, () -> {
            counted.incrementAndGet();
            return 43;
        });
        assertEquals(3, counted.get(), "the next request counts again");
    }
}
