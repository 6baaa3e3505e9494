package org.civicportal.update.control;

/**
 * What the rest of the portal learns about monthly updates, fired inside the transaction that made the change;
 * the page cache empties after any of them commits, so /updates and the feed show a sent update at once.
 */
public final class UpdateEvents {

    private UpdateEvents() {
    }

    /** Staff drafted the month's update. */
    public record UpdateDrafted(long updateId, String month) {
    }

    /** Staff changed a draft (introduction, items, audience). */
    public record UpdateEdited(long updateId) {
    }

    /** An update moved to another state (sending, paused, sent, cancelled): fired by whoever moved it. */
    public record UpdateStateChanged(long updateId, String month, String state) {
    }
}
