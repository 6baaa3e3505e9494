package org.civicportal.update.control;

/**
 * What happened to an update's delivery, fired inside the transaction that changed its state (so the visitor
 * page cache empties once it committed: /updates lists an update as soon as it is sent).
 */
public final class UpdateDeliveryEvents {

    private UpdateDeliveryEvents() {
    }

    /** Staff started sending update updateId to recipients residents. */
    public record SendStarted(long updateId, long staffId, long recipients) {
    }

    public record SendPaused(long updateId, long staffId) {
    }

    public record SendResumed(long updateId, long staffId) {
    }

    /** Staff cancelled what was not sent yet; what was sent stays sent. */
    public record SendCancelled(long updateId, long staffId) {
    }

    /** Every recipient's message was queued and none is left to send: the update is SENT. */
    public record UpdateSent(long updateId) {
    }
}
