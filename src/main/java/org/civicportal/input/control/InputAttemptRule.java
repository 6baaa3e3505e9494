package org.civicportal.input.control;

import java.time.Duration;
import org.civicportal.platform.security.AttemptRule;

/** Limits that keep input useful: a person (or a bot with an account) cannot flood the list. */
public final class InputAttemptRule {

    /** Inputs per resident per hour. */
    public static final AttemptRule SUBMIT_INPUT = new AttemptRule("SUBMIT_INPUT", 5, Duration.ofHours(1));

    private InputAttemptRule() {
    }
}
