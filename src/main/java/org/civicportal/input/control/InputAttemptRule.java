package org.civicportal.input.control;

import java.time.Duration;
import org.civicportal.platform.security.AttemptRule;

/** Limits that keep input useful: a person (or a bot with an account) cannot flood the list. */
public enum InputAttemptRule implements AttemptRule {
    /** Inputs per resident per hour. */
    SUBMIT_INPUT(5, Duration.ofHours(1));

    private final int limit;
    private final Duration window;

    InputAttemptRule(int limit, Duration window) {
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
