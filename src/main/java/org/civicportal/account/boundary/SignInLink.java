package org.civicportal.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.civicportal.account.control.AccountAttemptRule;
import org.civicportal.account.control.AccountService;
import org.civicportal.account.control.ReturnPath;
import org.civicportal.account.control.SignInLinkCredential;
import org.civicportal.account.control.UnseenWork;
import org.civicportal.account.entity.Account;
import org.civicportal.platform.security.AttemptLimiter;
import org.civicportal.platform.security.ClientAddress;
import org.civicportal.platform.security.SecurityEvents;
import org.civicportal.platform.web.PageMessages;
import org.civicportal.platform.web.Waits;

/**
 * "Email me a sign-in link" on /sign-in, and /sign-in?token=… where that link leads. Opening the link only
 * shows a button; pressing it signs in, so a mail scanner that opens every link uses nothing up. The link
 * works even while password sign-ins must wait: that is what keeps a stranger from locking anyone out.
 */
@Named
@RequestScoped
public class SignInLink {

    @Inject
    AccountService accounts;

    @Inject
    AttemptLimiter limiter;

    @Inject
    PageMessages messages;

    @Inject
    HttpServletRequest request;

    @Inject
    ClientAddress clientAddress;

    @Inject
    SignIn signIn;

    @Inject
    SecurityEvents securityEvents;

    @Inject
    UnseenWork unseen;

    @NotBlank(message = "{account.email.required}")
    @Email(message = "{account.email.invalid}", regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
    private String email;

    private String token;
    private Boolean usable;
    private String opens;
    private boolean sent;

    /**
     * The token is read straight from the request (the link's ?token=, or the form's hidden copy on
     * postback) because whether the "Continue" form exists depends on it before Faces sets any values.
     */
    @PostConstruct
    void init() {
        token = request.getParameter("token");
        if (token == null) {
            token = request.getParameter("signinlink-use:token");
        }
    }

    public void send() {
        var normalised = Account.normaliseEmail(email);
        var wait = limiter.attempt(AccountAttemptRule.SIGN_IN_LINK_ADDRESS, clientAddress.of(request));
        if (wait.isPresent()) {
            messages.error("limit.tryAgainAt", Waits.minutesUntil(wait.get()));
            return;
        }
        // Over the per-email limit nothing is sent, silently: the answer must not differ. Links sent before
        // keep working, so the owner always has one.
        if (limiter.attempt(AccountAttemptRule.SIGN_IN_LINK_EMAIL, normalised).isEmpty()) {
            var next = ReturnPath.of(signIn.getNext()).orElse(null);
            var service = accounts;
            // Looked up after the page answered, so known and unknown emails take as long.
            unseen.soon(() -> service.requestSignInLink(normalised, next), "a sign-in link request");
        }
        sent = true;
    }

    public void use() {
        if (!signIn.signIn(new SignInLinkCredential(token))) {
            // Whose link it was is not known (or no longer: used, expired), and the token itself is never logged.
            securityEvents.signInFailed(request, "link", "invalid-link", null);
            // The page then says so once, in place of the button.
            usable = false;
        }
    }

    /** Whether the page was opened from a link (?token=…). */
    public boolean isFromLink() {
        return token != null && !token.isBlank();
    }

    public boolean isUsable() {
        if (usable == null) {
            opens = isFromLink() ? accounts.signInLinkEmail(token).orElse(null) : null;
            usable = opens != null;
        }
        return usable;
    }

    /** The email of the account the link opens, shown before the person presses the button. */
    public String getOpens() {
        return isUsable() ? opens : null;
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
