package org.civicportal.platform.outbox;

/** What staff did to the outbox, fired inside the transaction that did it (the audit log observes it). */
public final class OutboxEvents {

    private OutboxEvents() {
    }

    /** Staff (staffId) retried failed message messageId: it is queued again (PENDING) or joins its paused campaign (HELD). */
    public record MessageRetried(long messageId, long staffId, String state) {
    }
}
