package org.civicportal.decision.control;

/** An input that cannot be credited (declined, hidden by moderators, or gone); nothing of the save is kept. */
public class CreditRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long inputId;

    public CreditRefused(long inputId) {
        super("Input " + inputId + " cannot be credited");
        this.inputId = inputId;
    }

    public long inputId() {
        return inputId;
    }
}
