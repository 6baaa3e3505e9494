package org.civicportal.decision.entity;

/** Followers hear when progress passes a quarter: often enough to see movement, rarely enough to read. */
public final class Milestones {

    private Milestones() {
    }

    /** The highest of 25, 50, 75 and 100 that the progress has reached, or 0. */
    public static int reached(int progress) {
        return Math.max(0, Math.min(progress, 100)) / 25 * 25;
    }
}
