package org.civicportal.decision.entity;

/** Where carrying out a decision stands. DONE is the delivery residents were promised. */
public enum ImplementationStatus {
    PLANNED, IN_PROGRESS, DONE, CANCELLED
}
