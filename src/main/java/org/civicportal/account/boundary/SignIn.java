package org.civicportal.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import org.civicportal.account.control.AccountService;
import org.civicportal.platform.security.AttemptLimiter;
import org.civicportal.account.control.AccountAttemptRule;
import org.civicportal.account.control.SignInOutcome;
import org.civicportal.account.entity.Account;
import org.civicportal.platform.i18n.LocaleSelection;
import org.civicportal.platform.web.PageMessages;
import org.civicportal.platform.web.Waits;
import org.omnifaces.util.Faces;

/**
 * /sign-in. Throttles before checking the password, answers unknown and known emails alike, and gives the
 * session a new id so an id planted before sign-in is worthless afterwards.
 */
@Named
@RequestScoped
public class SignIn {

    @Inject
    SecurityContext security;

    @Inject
    AttemptLimiter limiter;

    @Inject
    SignInOutcome outcome;

    @Inject
    AccountService accounts;

    @Inject
    LocaleSelection locale;

    @Inject
    PageMessages messages;

    @Inject
    HttpServletRequest request;

    @NotBlank(message = "{account.email.required}")
    private String email;

    @NotBlank(message = "{account.password.required}")
    private String password;

    public void submit() {
        var normalised = Account.normaliseEmail(email);
        var address = request.getRemoteAddr();
        // The email's attempt is counted before the password is checked, so parallel guesses count too;
        // a successful sign-in clears it. Failures from the address are counted after the fact.
        var wait = limiter.attempt(AccountAttemptRule.SIGN_IN_EMAIL, normalised)
                .or(() -> limiter.blockedUntil(AccountAttemptRule.SIGN_IN_ADDRESS, address));
        if (wait.isPresent()) {
            messages.error("signIn.throttled", Waits.minutesUntil(wait.get()));
            return;
        }
        request.getSession(true);
        request.changeSessionId();
        var status = security.authenticate(request, (HttpServletResponse) Faces.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(normalised, password))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
            limiter.clear(AccountAttemptRule.SIGN_IN_EMAIL, normalised);
            outcome.accountLanguage().ifPresent(locale::use);
            if (status == AuthenticationStatus.SUCCESS) {
                Faces.redirect("me");
            } else {
                Faces.responseComplete();
            }
            return;
        }
        if (outcome.unverifiedAccount().isPresent()) {
            accounts.resendVerification(outcome.unverifiedAccount().get());
            messages.error("signIn.unverified");
            return;
        }
        limiter.record(AccountAttemptRule.SIGN_IN_ADDRESS, address);
        messages.error("signIn.failed");
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
}
