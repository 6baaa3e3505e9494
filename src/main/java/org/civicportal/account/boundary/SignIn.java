package org.civicportal.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.civicportal.account.control.AccountAttemptRule;
import org.civicportal.account.control.AccountService;
import org.civicportal.account.control.ReturnPath;
import org.civicportal.account.control.SignInOutcome;
import org.civicportal.account.control.TwoFactorService;
import org.civicportal.account.entity.Account;
import org.civicportal.platform.i18n.LocaleSelection;
import org.civicportal.platform.security.AttemptLimiter;
import org.civicportal.platform.security.ClientAddress;
import org.civicportal.platform.security.CredentialsGeneration;
import org.civicportal.platform.security.OutdatedSessionFilter;
import org.civicportal.platform.security.SecureSessionCookie;
import org.civicportal.platform.security.SecurityEvents;
import org.civicportal.platform.security.TwoStepSignIn;
import org.civicportal.platform.web.PageMessages;
import org.civicportal.platform.web.Waits;
import org.omnifaces.util.Faces;

/**
 * /sign-in. Throttles before checking the password, answers unknown and known emails alike, and gives the
 * session a new id so an id planted before sign-in is worthless afterwards. Guessing is slowed per email and
 * client address, per address, and (with a growing delay, never a lock) per email; none of it can keep the
 * owner out, because an emailed sign-in link ({@link SignInLink}) always works. Afterwards the person goes
 * back to the page named by ?next= when it is a path on this portal, otherwise to /me.
 */
@Named
@RequestScoped
public class SignIn {

    /** Where Soteria (Payara's Jakarta Security) keeps the protected request it sent to sign in. */
    private static final String SAVED_REQUEST = "org.glassfish.soteria.original.request";

    @Inject
    SecurityContext security;

    @Inject
    AttemptLimiter limiter;

    @Inject
    SignInOutcome outcome;

    @Inject
    AccountService accounts;

    @Inject
    TwoFactorService twoFactor;

    @Inject
    LocaleSelection locale;

    @Inject
    PageMessages messages;

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddress clientAddress;

    @Inject
    SecurityEvents securityEvents;

    @NotBlank(message = "{account.email.required}")
    private String email;

    @NotBlank(message = "{account.password.required}")
    private String password;

    private String next;
    private Boolean endedByPasswordChange;

    public void submit() {
        var normalised = Account.normaliseEmail(email);
        // X-Forwarded-For only from a trusted proxy (ClientAddress): anyone can send it.
        var address = clientAddress.of(request);
        var pair = AccountAttemptRule.pair(normalised, address);
        // The pair's attempt is counted before the password is checked, so parallel guesses count too; a
        // successful sign-in clears it. Failures from the address and for the email are counted after the fact.
        var wait = limiter.attempt(AccountAttemptRule.SIGN_IN_PAIR, pair)
                .or(() -> limiter.blockedUntil(AccountAttemptRule.SIGN_IN_ADDRESS, address));
        if (wait.isPresent()) {
            failed("throttled", normalised);
            messages.error("signIn.throttled", Waits.minutesUntil(wait.get()));
            return;
        }
        var delay = limiter.delayedUntil(AccountAttemptRule.SIGN_IN_EMAIL, normalised,
                AccountAttemptRule.SIGN_IN_EMAIL_FIRST_DELAY, AccountAttemptRule.SIGN_IN_EMAIL_LONGEST_DELAY);
        if (delay.isPresent()) {
            failed("throttled", normalised);
            messages.error("signIn.delayed", Waits.minutesUntil(delay.get()));
            return;
        }
        if (signIn(new UsernamePasswordCredential(normalised, password))) {
            limiter.clear(AccountAttemptRule.SIGN_IN_PAIR, pair);
            limiter.clear(AccountAttemptRule.SIGN_IN_EMAIL, normalised);
            return;
        }
        if (outcome.unverifiedAccount().isPresent()) {
            securityEvents.signInFailed(request, "password", "unverified", outcome.unverifiedAccount().get());
            accounts.resendVerification(outcome.unverifiedAccount().get());
            messages.error("signIn.unverified");
            return;
        }
        limiter.record(AccountAttemptRule.SIGN_IN_ADDRESS, address);
        limiter.record(AccountAttemptRule.SIGN_IN_EMAIL, normalised);
        failed("wrong-password", normalised);
        messages.error("signIn.failed");
    }

    /** Logged with the account's id, or account=unknown: never the email typed (it may be a password). */
    private void failed(String reason, String normalisedEmail) {
        securityEvents.signInFailed(request, "password", reason,
                accounts.byEmail(normalisedEmail).map(Account::getId).orElse(null));
    }

    /**
     * Signs in with a password or an emailed link, then leaves the page: back to where the person was
     * going, or, for officials and staff, to the second step (see TwoStepSignIn), which comes back here with
     * a {@link TwoStepSignIn.SecondFactorPassed}. False when the credential was refused.
     */
    boolean signIn(Credential credential) {
        return signIn(credential, credential instanceof UsernamePasswordCredential ? "password"
                : credential instanceof TwoStepSignIn.SecondFactorPassed ? "second-step" : "link");
    }

    /** As {@link #signIn(Credential)}, the security event log naming the {@code method} (code, recovery-code…). */
    boolean signIn(Credential credential, String method) {
        var session = request.getSession(true);
        // A visitor sent here from a protected page (LoginToContinue) goes back to it, unless ?next= names a
        // page: a new authentication would make Jakarta Security forget the page it saved.
        var resume = ReturnPath.of(next).isEmpty() && request.getUserPrincipal() == null
                && session.getAttribute(SAVED_REQUEST) != null;
        request.changeSessionId();
        var response = (HttpServletResponse) Faces.getResponse();
        // The new id's cookie is Secure whenever the person came over https, also through a TLS proxy.
        SecureSessionCookie.mark(request, response, clientAddress);
        var status = security.authenticate(request, response,
                AuthenticationParameters.withParams().credential(credential).newAuthentication(!resume));
        SecureSessionCookie.mark(request, response, clientAddress);
        var pending = TwoStepSignIn.pending(request);
        if (pending.isPresent() && !(credential instanceof TwoStepSignIn.SecondFactorPassed)) {
            // An official or staff member: not signed in yet (the mechanism did nothing, which Jakarta Security
            // reports as SUCCESS), the second step asks for a code or enrols.
            securityEvents.firstStepPassed(request, method, pending.get().accountId());
            var step = twoFactor.isEnrolled(pending.get().accountId()) ? "/sign-in/code" : "/sign-in/enrol";
            redirect(step + ReturnPath.of(next).map(p -> "?next=" + URLEncoder.encode(p, StandardCharsets.UTF_8))
                    .orElse(""));
            return true;
        }
        if (status != AuthenticationStatus.SUCCESS && status != AuthenticationStatus.SEND_CONTINUE) {
            return false;
        }
        var principal = request.getUserPrincipal();
        if (principal != null) {
            securityEvents.signInSucceeded(request, method, Long.parseLong(principal.getName()));
        }
        request.getSession().removeAttribute(OutdatedSessionFilter.ENDED_BY_PASSWORD_CHANGE);
        request.getSession().removeAttribute(OutdatedSessionFilter.ENDED_BY_ACCOUNT_DELETION);
        outcome.accountLanguage().ifPresent(locale::use);
        outcome.credentialsGeneration().ifPresent(g -> CredentialsGeneration.remember(request.getSession(), g));
        if (status == AuthenticationStatus.SUCCESS) {
            // Not Faces.redirect: it formats the URL, and a path may carry a % of its own.
            redirect(ReturnPath.of(next).orElse("/me"));
        } else {
            // Jakarta Security already sent the person back to the protected page they first asked for.
            Faces.responseComplete();
        }
        return true;
    }

    private void redirect(String path) {
        try {
            Faces.getExternalContext().redirect(request.getContextPath() + path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Whether to say that the session ended because the password changed (until the person signs in again). */
    public boolean isEndedByPasswordChange() {
        if (endedByPasswordChange == null) {
            var session = request.getSession(false);
            endedByPasswordChange = !isEndedByAccountDeletion() && ("password".equals(request.getParameter("ended"))
                    || session != null && session.getAttribute(OutdatedSessionFilter.ENDED_BY_PASSWORD_CHANGE) != null);
        }
        return endedByPasswordChange;
    }

    /** Whether to say that the session ended because the account was deleted (on this or another device). */
    public boolean isEndedByAccountDeletion() {
        var session = request.getSession(false);
        return "deleted".equals(request.getParameter("ended"))
                || session != null && session.getAttribute(OutdatedSessionFilter.ENDED_BY_ACCOUNT_DELETION) != null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** Where to go after signing in; only a path on this portal is followed (see {@link ReturnPath}). */
    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
