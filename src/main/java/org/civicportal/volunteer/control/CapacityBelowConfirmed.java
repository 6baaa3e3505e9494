package org.civicportal.volunteer.control;

/** Capacity cannot drop below the volunteers already confirmed: nobody loses a place they were given. */
public class CapacityBelowConfirmed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int confirmed;

    public CapacityBelowConfirmed(int confirmed) {
        super("Capacity below the " + confirmed + " confirmed volunteers");
        this.confirmed = confirmed;
    }

    public int confirmed() {
        return confirmed;
    }
}
