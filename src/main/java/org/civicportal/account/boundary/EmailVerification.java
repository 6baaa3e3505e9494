package org.civicportal.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicportal.account.control.AccountService;

/** /verify?token=…: the link from the verification email. */
@Named
@RequestScoped
public class EmailVerification {

    @Inject
    AccountService accounts;

    private String token;
    private boolean verified;

    public void verify() {
        verified = accounts.verifyEmail(token);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isVerified() {
        return verified;
    }
}
