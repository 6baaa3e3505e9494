package org.civicportal.account.control;

import java.time.Duration;
import org.civicportal.platform.security.AttemptRule;

/** The limits that protect sign-in, registration and password reset. */
public final class AccountAttemptRule {

    /**
     * Sign-ins for one email from one client address: the sixth within 15 minutes waits. Only that pair
     * waits, so a stranger guessing someone's password cannot lock its owner out; a success clears it.
     */
    public static final AttemptRule SIGN_IN_PAIR = new AttemptRule("SIGN_IN_EMAIL_ADDRESS", 5, Duration.ofMinutes(15));

    /** The key {@link #SIGN_IN_PAIR} counts under. */
    public static String pair(String normalisedEmail, String address) {
        return normalisedEmail + " " + address;
    }

    /** Failed sign-ins from one address, whatever the email: slows down guessing across accounts. */
    public static final AttemptRule SIGN_IN_ADDRESS = new AttemptRule("SIGN_IN_ADDRESS", 30, Duration.ofMinutes(15));
    /**
     * Failed sign-ins for one email from anywhere (guessing spread over many addresses): after ten within an
     * hour each further try waits a growing delay (see SIGN_IN_EMAIL_FIRST_DELAY), never a lock; the emailed
     * sign-in link works regardless.
     */
    public static final AttemptRule SIGN_IN_EMAIL = new AttemptRule("SIGN_IN_EMAIL", 10, Duration.ofHours(1));
    public static final Duration SIGN_IN_EMAIL_FIRST_DELAY = Duration.ofSeconds(2);
    public static final Duration SIGN_IN_EMAIL_LONGEST_DELAY = Duration.ofMinutes(5);
    /** Sign-in links for one email, so nobody can flood someone's inbox (links sent before keep working). */
    public static final AttemptRule SIGN_IN_LINK_EMAIL = new AttemptRule("SIGN_IN_LINK_EMAIL", 5, Duration.ofHours(1));
    public static final AttemptRule SIGN_IN_LINK_ADDRESS = new AttemptRule("SIGN_IN_LINK_ADDRESS", 10, Duration.ofHours(1));
    /**
     * Second-step codes for one account from one client address (after a right password or link): the sixth
     * within 15 minutes waits; a success clears it. Six digits are a million codes, three of which pass.
     */
    public static final AttemptRule TWO_FACTOR_PAIR = new AttemptRule("TWO_FACTOR_PAIR", 5, Duration.ofMinutes(15));
    /** Wrong second-step codes for one account from anywhere: after ten within an hour, a growing delay. */
    public static final AttemptRule TWO_FACTOR_ACCOUNT = new AttemptRule("TWO_FACTOR_ACCOUNT", 10, Duration.ofHours(1));
    /** Notices to an owner that someone tried to register with their email. */
    public static final AttemptRule REGISTER_EMAIL = new AttemptRule("REGISTER_EMAIL", 3, Duration.ofHours(1));
    public static final AttemptRule REGISTER_ADDRESS = new AttemptRule("REGISTER_ADDRESS", 20, Duration.ofHours(1));
    public static final AttemptRule RESET_ADDRESS = new AttemptRule("RESET_ADDRESS", 10, Duration.ofHours(1));
    /** Reset links for one email, so nobody can flood someone's inbox. */
    public static final AttemptRule RESET_EMAIL = new AttemptRule("RESET_EMAIL", 3, Duration.ofHours(1));

    private AccountAttemptRule() {
    }
}
