package org.civicportal.account.control;

import java.time.Duration;
import org.civicportal.platform.security.AttemptRule;

/** The limits that protect sign-in, registration and password reset. */
public enum AccountAttemptRule implements AttemptRule {
    /** Failed sign-ins for one email: the fifth within 15 minutes makes further tries wait. */
    SIGN_IN_EMAIL(5, Duration.ofMinutes(15)),
    /** Failed sign-ins from one address, whatever the email: slows down guessing across accounts. */
    SIGN_IN_ADDRESS(30, Duration.ofMinutes(15)),
    REGISTER_ADDRESS(20, Duration.ofHours(1)),
    RESET_ADDRESS(10, Duration.ofHours(1)),
    /** Reset links for one email, so nobody can flood someone's inbox. */
    RESET_EMAIL(3, Duration.ofHours(1));

    private final int limit;
    private final Duration window;

    AccountAttemptRule(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    @Override
    public int limit() {
        return limit;
    }

    @Override
    public Duration window() {
        return window;
    }
}
