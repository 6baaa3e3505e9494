package org.civicportal.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicportal.account.control.AccountService;
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

    private String token;

    @NewPassword
    private String password;

    public void submit() {
        if (accounts.resetPassword(token, password)) {
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
