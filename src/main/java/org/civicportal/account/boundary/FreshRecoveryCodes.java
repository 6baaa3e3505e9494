package org.civicportal.account.boundary;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Recovery codes just made, kept in the session so the page can show them and offer them as a text file: until
 * they are downloaded, the enrolment ends, or ten minutes pass; only their hashes are stored. They are never
 * shown again after that.
 */
record FreshRecoveryCodes(long accountId, List<String> codes, Instant madeAt) implements Serializable {

    private static final String ATTRIBUTE = "org.civicportal.twoFactor.freshRecoveryCodes";
    private static final Duration KEPT_FOR = Duration.ofMinutes(10);

    static void keep(HttpSession session, long accountId, List<String> codes) {
        session.setAttribute(ATTRIBUTE, new FreshRecoveryCodes(accountId, List.copyOf(codes), Instant.now()));
    }

    static Optional<List<String>> of(HttpSession session, long accountId) {
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof FreshRecoveryCodes fresh)) {
            return Optional.empty();
        }
        if (!fresh.madeAt().plus(KEPT_FOR).isAfter(Instant.now())) {
            // Expired: the plain codes do not stay in the session (nor in its replicas) any longer.
            forget(session);
            return Optional.empty();
        }
        return fresh.accountId() == accountId ? Optional.of(fresh.codes()) : Optional.empty();
    }

    static void forget(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }
}
