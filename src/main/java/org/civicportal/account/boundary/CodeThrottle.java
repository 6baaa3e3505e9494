package org.civicportal.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.civicportal.account.control.AccountAttemptRule;
import org.civicportal.platform.security.AttemptLimiter;
import org.civicportal.platform.security.ClientAddress;
import org.civicportal.platform.web.PageMessages;
import org.civicportal.platform.web.Waits;

/**
 * The throttle of every form where a code from the app is typed (the second step of sign-in, enrolment, new
 * recovery codes on /me): like passwords, per account and client address (a right code clears it) and, with a
 * growing delay, per account for the wrong codes recorded against it.
 */
@RequestScoped
class CodeThrottle {

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddress clientAddress;

    @Inject
    AttemptLimiter limiter;

    @Inject
    PageMessages messages;

    /** Counts this try; true (and a message next to the field) when it must not be checked at all. */
    boolean refused(long accountId, String field) {
        var wait = limiter.attempt(AccountAttemptRule.TWO_FACTOR_PAIR, pair(accountId));
        if (wait.isPresent()) {
            messages.fieldError(field, "twoFactor.code.throttled", Waits.minutesUntil(wait.get()));
            return true;
        }
        var delay = limiter.delayedUntil(AccountAttemptRule.TWO_FACTOR_ACCOUNT, String.valueOf(accountId),
                AccountAttemptRule.SIGN_IN_EMAIL_FIRST_DELAY, AccountAttemptRule.SIGN_IN_EMAIL_LONGEST_DELAY);
        if (delay.isPresent()) {
            messages.fieldError(field, "twoFactor.code.delayed", Waits.minutesUntil(delay.get()));
            return true;
        }
        return false;
    }

    /** A right code: this connection's tries for the account start again. */
    void passed(long accountId) {
        limiter.clear(AccountAttemptRule.TWO_FACTOR_PAIR, pair(accountId));
    }

    /** A wrong code, held against the account whatever the connection. */
    void failed(long accountId) {
        limiter.record(AccountAttemptRule.TWO_FACTOR_ACCOUNT, String.valueOf(accountId));
    }

    private String pair(long accountId) {
        return accountId + " " + clientAddress.of(request);
    }
}
