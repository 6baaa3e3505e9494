package org.civicportal.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.civicportal.account.control.TwoFactorService;
import org.civicportal.account.control.TwoFactorService.Verdict;
import org.civicportal.platform.security.SecurityEvents;
import org.civicportal.platform.security.TwoStepSignIn;
import org.civicportal.platform.security.TwoStepSignIn.SecondFactorPassed;
import org.civicportal.platform.web.PageMessages;
import org.omnifaces.util.Faces;

/**
 * /sign-in/code, the second step of an official's or staff member's sign-in: a six-digit code from their app
 * or one of their recovery codes. Throttled like passwords, per account and client address (a success clears
 * it) and, with a growing delay, per account. Without a first step waiting in this session it sends the
 * person back to /sign-in.
 */
@Named
@RequestScoped
public class SignInCode {

    static final String CODE_FIELD = "second:code";

    @Inject
    HttpServletRequest request;

    @Inject
    CodeThrottle throttle;

    @Inject
    TwoFactorService twoFactor;

    @Inject
    PageMessages messages;

    @Inject
    SignIn signIn;

    @Inject
    SecurityEvents securityEvents;

    private String code;
    private TwoStepSignIn.Pending pending;

    @PostConstruct
    void init() {
        pending = TwoStepSignIn.pending(request).orElse(null);
    }

    /** f:viewAction: no first step waiting (expired, or never made) → back to the sign-in page. */
    public void check() {
        if (pending == null) {
            Faces.redirect("sign-in");
        } else if (!twoFactor.isEnrolled(pending.accountId())) {
            Faces.redirect("sign-in/enrol");
        }
    }

    public void submit() {
        if (pending == null) {
            messages.errorAfterRedirect("twoFactor.expired");
            Faces.redirect("sign-in");
            return;
        }
        if (throttle.refused(pending.accountId(), CODE_FIELD)) {
            securityEvents.signInFailed(request, "code", "throttled", pending.accountId());
            return;
        }
        var verdict = twoFactor.verify(pending.accountId(), code);
        switch (verdict) {
            case ACCEPTED, RECOVERY_CODE_ACCEPTED -> {
                throttle.passed(pending.accountId());
                TwoStepSignIn.codeChecked(request, pending.accountId());
                if (verdict == Verdict.RECOVERY_CODE_ACCEPTED) {
                    messages.infoAfterRedirect("twoFactor.code.recoveryUsed");
                }
                var method = verdict == Verdict.RECOVERY_CODE_ACCEPTED ? "recovery-code" : "code";
                if (!signIn.signIn(new SecondFactorPassed(pending.accountId(), pending.credentialsGeneration()), method)) {
                    securityEvents.signInFailed(request, method, "password-changed", pending.accountId());
                    // The password was changed since the first step.
                    TwoStepSignIn.abandon(request);
                    messages.errorAfterRedirect("twoFactor.expired");
                    Faces.redirect("sign-in");
                }
            }
            case NOT_ENROLLED -> Faces.redirect("sign-in/enrol");
            default -> {
                throttle.failed(pending.accountId());
                if (verdict == Verdict.ALREADY_USED) {
                    // The owner is mailed too (TwoFactorService, AccountMails): 2.8.5.
                    securityEvents.codeReused(request, pending.accountId());
                } else {
                    securityEvents.signInFailed(request, "code", "wrong-code", pending.accountId());
                }
                messages.fieldError(CODE_FIELD, verdict == Verdict.ALREADY_USED ? "twoFactor.code.used"
                        : "twoFactor.code.wrong");
            }
        }
    }

    /** "Start again": forget the first step and go back to the sign-in page. */
    public void startAgain() {
        TwoStepSignIn.abandon(request);
        Faces.redirect("sign-in");
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNext() {
        return signIn.getNext();
    }

    public void setNext(String next) {
        signIn.setNext(next);
    }
}
