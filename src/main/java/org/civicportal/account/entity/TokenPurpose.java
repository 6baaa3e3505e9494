package org.civicportal.account.entity;

import java.time.Duration;

/** What a one-time emailed link is for, and how long it stays valid. */
public enum TokenPurpose {
    VERIFY_EMAIL(Duration.ofHours(24)),
    RESET_PASSWORD(Duration.ofHours(1)),
    /**
     * "Email me a sign-in link": works even while password sign-ins from a connection must wait. Ten minutes,
     * the longest ASVS 2.7.2 allows for an out-of-band code; the mail and the sign-in page say so.
     */
    SIGN_IN(Duration.ofMinutes(10));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
