package org.civicportal.volunteer.entity;

/** CONFIRMED holds a place; WAITLISTED waits for one, first come first promoted. */
public enum SignupStatus {
    CONFIRMED, WAITLISTED, WITHDRAWN, CANCELLED;

    /** Still taking part: told about changes, shown as upcoming. */
    public boolean isActive() {
        return this == CONFIRMED || this == WAITLISTED;
    }
}
