package org.civicportal.update.control;

import java.util.Set;

/**
 * What staff can do to an update's delivery, from which states, and the state it leads to. Sending a paused
 * update is resuming it; a sent or cancelled update is never sent again (its outbox rows would be kept anyway:
 * their keys are unique per update and resident).
 */
public enum DeliveryCommand {
    SEND(Set.of("DRAFT", "PAUSED"), "SENDING"),
    PAUSE(Set.of("SENDING"), "PAUSED"),
    RESUME(Set.of("PAUSED"), "SENDING"),
    CANCEL(Set.of("SENDING", "PAUSED"), "CANCELLED");

    private final Set<String> from;
    private final String to;

    DeliveryCommand(Set<String> from, String to) {
        this.from = from;
        this.to = to;
    }

    public boolean allowedFrom(String state) {
        return from.contains(state);
    }

    public String to() {
        return to;
    }

    /** The state after this command in {@code state}, or a refusal staff can read. */
    public String apply(String state) {
        if (!allowedFrom(state)) {
            throw new DeliveryRefused("sending.refused." + name().toLowerCase(java.util.Locale.ROOT), state);
        }
        return to;
    }
}
