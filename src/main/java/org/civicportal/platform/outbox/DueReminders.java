package org.civicportal.platform.outbox;

import java.time.Instant;

/**
 * A feature's reminders that are due (a shift tomorrow, a forum tomorrow), found by {@link Reminders}: one
 * scheduler for all of them, and the outbox the one mechanism that claims and sends.
 */
public interface DueReminders {

    /**
     * In the caller's transaction: selects up to {@code limit} due reminders FOR UPDATE SKIP LOCKED (so two
     * nodes never take the same one), queues each in the outbox with a key naming the reminder and marks it
     * queued. Returns how many it queued; fewer than {@code limit} means none are left.
     */
    int queueDue(Instant now, int limit);
}
