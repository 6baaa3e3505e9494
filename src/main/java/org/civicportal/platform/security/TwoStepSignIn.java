package org.civicportal.platform.security;

import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Sign-in in two steps for the roles that act in the city's name. A right password (or sign-in link) for an
 * account holding OFFICIAL or STAFF does not sign anyone in: {@link PortalAuthentication} keeps only a
 * {@link Pending} note in the session and the person is still a visitor, so no page or action of any role is
 * reachable until the second factor is checked. Only then does the account's page note {@link #codeChecked} and
 * make a {@link SecondFactorPassed} credential, which {@link PortalAuthentication} accepts only with that note
 * for the very first step waiting (see {@link #checkedFor}); the session is then marked {@link #passed}; {@link #elevated} lets
 * CurrentUser count the roles OFFICIAL and STAFF only in such a session, so a person granted one of them
 * while signed in must sign in again (and enrol) before using it.
 */
public final class TwoStepSignIn {

    static final String PENDING = "org.civicportal.twoFactor.pending";
    static final String PASSED = "org.civicportal.twoFactor.passed";
    /** The {@link Pending} first step whose second factor (a code, or an enrolment) was checked. */
    static final String CHECKED = "org.civicportal.twoFactor.checked";

    /** How long the second step may wait after the first. */
    static final Duration PENDING_FOR = Duration.ofMinutes(10);

    /** Who passed the first step, under which credentials generation, and when. */
    public record Pending(long accountId, int credentialsGeneration, Instant at) implements Serializable {
    }

    /**
     * Made only by the second step's page, after it checked the code: the identity store accepts it for that
     * account while the generation is still the account's (a password reset in between voids it).
     */
    public record SecondFactorPassed(long accountId, int credentialsGeneration) implements Credential {
    }

    private TwoStepSignIn() {
    }

    /** Whether holding these roles asks for a second factor. */
    public static boolean needsSecondStep(Set<Role> roles) {
        return roles.contains(Role.OFFICIAL) || roles.contains(Role.STAFF);
    }

    /** Whether a role counts in this session: OFFICIAL and STAFF only after a second factor. */
    public static boolean elevated(HttpServletRequest request) {
        var session = request.getSession(false);
        return session != null && Boolean.TRUE.equals(session.getAttribute(PASSED));
    }

    /**
     * Notes that a code for this account was just checked (TwoFactorService accepted it, or enrolled with it)
     * for the first step waiting in this session; nothing when no first step of that account waits.
     */
    public static void codeChecked(HttpServletRequest request, long accountId) {
        pending(request).filter(pending -> pending.accountId() == accountId)
                .ifPresent(pending -> request.getSession().setAttribute(CHECKED, pending));
    }

    /**
     * Whether this credential may sign in: a code was checked for the first step still waiting in this session,
     * of the same account and credentials generation. A page that merely makes the credential gets nothing.
     */
    static boolean checkedFor(HttpServletRequest request, SecondFactorPassed credential) {
        var pending = pending(request);
        return pending.isPresent() && pending.get().equals(request.getSession().getAttribute(CHECKED))
                && pending.get().accountId() == credential.accountId()
                && pending.get().credentialsGeneration() == credential.credentialsGeneration();
    }

    static void await(HttpSession session, long accountId, int generation) {
        session.removeAttribute(PASSED);
        session.removeAttribute(CHECKED);
        session.setAttribute(PENDING, new Pending(accountId, generation, Instant.now()));
    }

    static void passed(HttpSession session) {
        session.removeAttribute(PENDING);
        session.removeAttribute(CHECKED);
        session.setAttribute(PASSED, Boolean.TRUE);
    }

    /** Signed in with one factor (a resident): nothing elevated. */
    static void single(HttpSession session) {
        session.removeAttribute(PENDING);
        session.removeAttribute(CHECKED);
        session.removeAttribute(PASSED);
    }

    /** The sign-in waiting for its second step in this session, unless it is older than ten minutes. */
    public static Optional<Pending> pending(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
            return Optional.empty();
        }
        if (pending.at().plus(PENDING_FOR).isBefore(Instant.now())) {
            session.removeAttribute(PENDING);
            session.removeAttribute(CHECKED);
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    /** Forgets a waiting sign-in ("start again"). */
    public static void abandon(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PENDING);
            session.removeAttribute(CHECKED);
        }
    }
}
