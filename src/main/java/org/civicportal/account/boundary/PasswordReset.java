package org.civicportal.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicportal.account.control.AccountAttemptRule;
import org.civicportal.account.control.AccountService;
import org.civicportal.platform.security.AttemptLimiter;
import org.civicportal.account.control.NewPassword;
import org.civicportal.platform.web.PageMessages;
import org.omnifaces.util.Faces;

/** /reset-password?token=…: choose a new password from the emailed link. */
@Named
@RequestScoped
public class PasswordReset {

    @Inject
    AccountService accounts;

    @Inject
    PageMessages messages;

    @Inject
    AttemptLimiter limiter;

    private String token;

    @NewPassword
    private String password;

    public void submit() {
        var email = accounts.resetPassword(token, password);
        if (email.isPresent()) {
            // Whoever holds the mailbox holds the account: a throttled sign-in is lifted.
            limiter.clear(AccountAttemptRule.SIGN_IN_EMAIL, email.get());
            messages.infoAfterRedirect("reset.done");
            Faces.redirect("sign-in");
        } else {
            messages.error("reset.invalidLink");
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
