package org.civicportal.update.control;

/**
 * A delivery command refused because of the update's state (someone else paused, cancelled or sent it first,
 * or it is unknown): the message key to show, with the state found.
 */
public class DeliveryRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final String state;

    public DeliveryRefused(String key, String state) {
        super(key + " (state " + state + ")");
        this.key = key;
        this.state = state;
    }

    public String key() {
        return key;
    }

    /** The state the update was in, or null when there is no such update. */
    public String state() {
        return state;
    }
}
