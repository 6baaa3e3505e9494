package org.civicportal.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.civicportal.account.control.AccountService;
import org.civicportal.platform.security.AttemptLimiter;
import org.civicportal.platform.security.ClientAddress;
import org.civicportal.account.control.AccountAttemptRule;
import org.civicportal.account.control.UnseenWork;
import org.civicportal.account.entity.Account;
import org.civicportal.platform.web.PageMessages;
import org.civicportal.platform.web.Waits;


/** /forgot-password: asks for a reset link. The answer is the same whether or not the email has an account. */
@Named
@RequestScoped
public class ForgottenPassword {

    @Inject
    AccountService accounts;

    @Inject
    UnseenWork unseen;

    @Inject
    AttemptLimiter limiter;

    @Inject
    PageMessages messages;

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddress clientAddress;

    @NotBlank(message = "{account.email.required}")
    @Email(message = "{account.email.invalid}", regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
    private String email;

    private boolean sent;

    public void submit() {
        var normalised = Account.normaliseEmail(email);
        var address = clientAddress.of(request);
        var wait = limiter.attempt(AccountAttemptRule.RESET_ADDRESS, address);
        if (wait.isPresent()) {
            messages.error("limit.tryAgainAt", Waits.minutesUntil(wait.get()));
            return;
        }
        // Over the per-email limit the request is dropped silently: the answer must not differ. Whether the
        // email has an account is looked up after the page answered, so the answer takes as long either way.
        if (limiter.attempt(AccountAttemptRule.RESET_EMAIL, normalised).isEmpty()) {
            var service = accounts;
            unseen.soon(() -> service.requestPasswordReset(normalised), "a password reset request");
        }
        sent = true;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
