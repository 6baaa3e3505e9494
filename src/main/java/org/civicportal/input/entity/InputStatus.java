package org.civicportal.input.entity;

/**
 * SUBMITTED → UNDER_REVIEW → ANSWERED, then INCORPORATED when a decision credits it; DECLINED is an answer
 * too, with its reason.
 */
public enum InputStatus {
    SUBMITTED, UNDER_REVIEW, ANSWERED, INCORPORATED, DECLINED;

    /** Still owed an answer. */
    public boolean awaitsAnswer() {
        return this == SUBMITTED || this == UNDER_REVIEW;
    }

    public boolean canMoveTo(InputStatus next) {
        return switch (next) {
            case UNDER_REVIEW -> this == SUBMITTED;
            case ANSWERED, DECLINED -> awaitsAnswer();
            case INCORPORATED -> this != DECLINED && this != INCORPORATED;
            case SUBMITTED -> false;
        };
    }
}
