package org.civicportal.account.control;

import java.time.Duration;
import org.civicportal.platform.security.AttemptRule;

/** The limits that protect sign-in, registration and password reset. */
public final class AccountAttemptRule {

    /** Failed sign-ins for one email: the fifth within 15 minutes makes further tries wait. */
    public static final AttemptRule SIGN_IN_EMAIL = new AttemptRule("SIGN_IN_EMAIL", 5, Duration.ofMinutes(15));
    /** Failed sign-ins from one address, whatever the email: slows down guessing across accounts. */
    public static final AttemptRule SIGN_IN_ADDRESS = new AttemptRule("SIGN_IN_ADDRESS", 30, Duration.ofMinutes(15));
    public static final AttemptRule REGISTER_ADDRESS = new AttemptRule("REGISTER_ADDRESS", 20, Duration.ofHours(1));
    public static final AttemptRule RESET_ADDRESS = new AttemptRule("RESET_ADDRESS", 10, Duration.ofHours(1));
    /** Reset links for one email, so nobody can flood someone's inbox. */
    public static final AttemptRule RESET_EMAIL = new AttemptRule("RESET_EMAIL", 3, Duration.ofHours(1));

    private AccountAttemptRule() {
    }
}
