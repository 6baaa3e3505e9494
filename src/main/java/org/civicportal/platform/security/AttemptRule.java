package org.civicportal.platform.security;

import java.time.Duration;

/**
 * How many attempts of a kind one subject (an email, an address, an account) may make within a window.
 * Features declare their rules as constants; the name is stored in auth_attempt.kind (at most 24 characters).
 */
public record AttemptRule(String name, int limit, Duration window) {
}
