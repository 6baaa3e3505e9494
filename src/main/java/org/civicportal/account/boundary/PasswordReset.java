package org.civicportal.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.civicportal.account.control.AccountAttemptRule;
import org.civicportal.account.control.AccountService;
import org.civicportal.platform.security.AttemptLimiter;
import org.civicportal.platform.security.ClientAddress;
import org.civicportal.account.control.NewPassword;
import org.civicportal.platform.web.PageMessages;
import org.omnifaces.util.Faces;

/**
 * /reset-password?token=…: choose a new password from the emailed link. A link that no longer works says so
 * at once, before anyone types a new password. A reset ends every session of the account.
 */
@Named
@RequestScoped
public class PasswordReset {

    @Inject
    AccountService accounts;

    @Inject
    PageMessages messages;

    @Inject
    AttemptLimiter limiter;

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddress clientAddress;

    private String token;
    private Boolean linkUsable;

    @NewPassword
    private String password;

    /**
     * The token is read straight from the request (the link's ?token=, or the form's hidden copy on
     * postback): whether the form exists depends on it before Faces sets any values.
     */
    @PostConstruct
    void init() {
        token = request.getParameter("token");
        if (token == null) {
            token = request.getParameter("reset:token");
        }
    }

    /** False for a link that is unknown, used, expired or voided by a later password change. */
    public boolean isLinkUsable() {
        if (linkUsable == null) {
            linkUsable = accounts.isUsableResetLink(token);
        }
        return linkUsable;
    }

    public void submit() {
        var email = accounts.resetPassword(token, password);
        if (email.isPresent()) {
            // Whoever holds the mailbox holds the account: a throttled sign-in is lifted.
            limiter.clear(AccountAttemptRule.SIGN_IN_EMAIL, email.get());
            limiter.clear(AccountAttemptRule.SIGN_IN_PAIR, AccountAttemptRule.pair(email.get(), clientAddress.of(request)));
            messages.infoAfterRedirect("reset.done");
            Faces.redirect("sign-in");
        } else {
            linkUsable = false;
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
