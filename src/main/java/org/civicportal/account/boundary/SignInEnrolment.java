package org.civicportal.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import org.civicportal.account.control.AccountService;
import org.civicportal.account.control.Totp;
import org.civicportal.account.control.TwoFactorSecrets;
import org.civicportal.account.control.TwoFactorService;
import org.civicportal.platform.security.TwoStepSignIn;
import org.civicportal.platform.security.TwoStepSignIn.SecondFactorPassed;
import org.civicportal.platform.web.PageMessages;
import org.omnifaces.util.Faces;

/**
 * /sign-in/enrol and /sign-in/recovery-codes: an official or staff member without two-factor sign-in, after
 * a right password or link, adds the portal to an authenticator app (QR code, or the secret typed in groups
 * of four), proves it with a code, and is shown their ten recovery codes once; only then are they signed in.
 * The secret stays in the session until the code proves the app has it.
 */
@Named
@RequestScoped
public class SignInEnrolment {

    static final String ISSUER = "Civic Portal";
    private static final String SECRET = "org.civicportal.twoFactor.enrolSecret";

    /** The secret offered to one account, kept while it enrols. */
    record Offered(long accountId, byte[] secret) implements Serializable {
    }

    @Inject
    HttpServletRequest request;

    @Inject
    CodeThrottle throttle;

    @Inject
    TwoFactorService twoFactor;

    @Inject
    TwoFactorSecrets secrets;

    @Inject
    AccountService accounts;

    @Inject
    PageMessages messages;

    @Inject
    SignIn signIn;

    private String code;
    private TwoStepSignIn.Pending pending;
    private byte[] secret;

    @PostConstruct
    void init() {
        pending = TwoStepSignIn.pending(request).orElse(null);
        if (pending != null) {
            var session = request.getSession();
            if (!(session.getAttribute(SECRET) instanceof Offered offered) || offered.accountId() != pending.accountId()) {
                session.setAttribute(SECRET, new Offered(pending.accountId(), secrets.newSecret()));
            }
            secret = ((Offered) session.getAttribute(SECRET)).secret();
        }
    }

    /** f:viewAction of /sign-in/enrol. */
    public void checkEnrolment() {
        if (pending == null) {
            Faces.redirect("sign-in");
        } else if (twoFactor.isEnrolled(pending.accountId())
                && FreshRecoveryCodes.of(request.getSession(), pending.accountId()).isEmpty()) {
            Faces.redirect("sign-in/code");
        }
    }

    /** f:viewAction of /sign-in/recovery-codes. */
    public void checkCodes() {
        if (pending == null || getRecoveryCodes().isEmpty()) {
            Faces.redirect("sign-in");
        }
    }

    public void confirm() {
        if (pending == null) {
            messages.errorAfterRedirect("twoFactor.expired");
            Faces.redirect("sign-in");
            return;
        }
        if (throttle.refused(pending.accountId(), "enrol:code")) {
            return;
        }
        var codes = twoFactor.enrol(pending.accountId(), secret, code);
        if (codes.isEmpty()) {
            messages.fieldError("enrol:code", twoFactor.isEnrolled(pending.accountId()) ? "twoFactor.enrol.already"
                    : "twoFactor.enrol.wrong");
            return;
        }
        throttle.passed(pending.accountId());
        TwoStepSignIn.codeChecked(request, pending.accountId());
        var session = request.getSession();
        session.removeAttribute(SECRET);
        FreshRecoveryCodes.keep(session, pending.accountId(), codes.get());
        Faces.redirect("sign-in/recovery-codes" + nextQuery());
    }

    /**
     * "I have kept them": the end of the enrolment, and of the sign-in, which the sign-in accepts only after
     * {@link #confirm} checked a code in this session (see TwoStepSignIn.codeChecked).
     */
    public void finish() {
        if (pending == null) {
            Faces.redirect("sign-in");
            return;
        }
        FreshRecoveryCodes.forget(request.getSession());
        if (!signIn.signIn(new SecondFactorPassed(pending.accountId(), pending.credentialsGeneration()), "enrolment")) {
            TwoStepSignIn.abandon(request);
            messages.errorAfterRedirect("twoFactor.expired");
            Faces.redirect("sign-in");
        }
    }

    private String nextQuery() {
        var next = signIn.getNext();
        return next == null || next.isBlank() ? ""
                : "?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The otpauth:// URI as a QR code in SVG, drawn here (no image service learns the secret). */
    public String getQrSvg() {
        var email = accounts.byId(pending.accountId()).map(a -> a.getEmail()).orElse("");
        return QrSvg.of(Totp.uri(ISSUER, email, secret));
    }

    public String getSecretGrouped() {
        return Totp.grouped(secret);
    }

    public List<String> getRecoveryCodes() {
        return pending == null ? List.of()
                : FreshRecoveryCodes.of(request.getSession(false), pending.accountId()).orElse(List.of());
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
