package org.civicportal.volunteer.entity;

/** The arithmetic of places: who gets one, who waits. */
public final class Places {

    private Places() {
    }

    /** A new sign-up is confirmed while places are left, else it joins the waitlist. */
    public static SignupStatus forNewSignup(int confirmed, int capacity) {
        return confirmed < capacity ? SignupStatus.CONFIRMED : SignupStatus.WAITLISTED;
    }

    /** How many waitlisted people move up when places free (a withdrawal, a larger capacity). */
    public static int promotions(int confirmed, int capacity, int waitlisted) {
        return Math.max(0, Math.min(capacity - confirmed, waitlisted));
    }
}
