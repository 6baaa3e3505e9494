package org.civicportal.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.civicportal.account.control.AccountService;
import org.civicportal.platform.security.AttemptLimiter;
import org.civicportal.platform.security.ClientAddress;
import org.civicportal.account.control.AccountAttemptRule;
import org.civicportal.account.control.NewAccount;
import org.civicportal.account.entity.Account;
import org.civicportal.platform.i18n.Language;
import org.civicportal.platform.i18n.LocaleSelection;
import org.civicportal.platform.web.PageMessages;
import org.civicportal.platform.web.Waits;
import org.omnifaces.cdi.ViewScoped;

/** /register: create an account, then wait for the verification email. */
@Named
@ViewScoped
public class Registration implements Serializable {

    private static final long serialVersionUID = 1L;

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
    LocaleSelection locale;

    private final RegistrationForm form = new RegistrationForm();
    private String sentTo;

    @PostConstruct
    void init() {
        form.setLanguage(locale.getCode());
    }

    /**
     * The same answer, "check your email", whether or not the email is taken: a new account gets the
     * verification email, the owner of a taken one a notice that someone tried (see AccountService.register).
     */
    public void submit() {
        var address = clientAddress.of(request);
        var wait = limiter.attempt(AccountAttemptRule.REGISTER_ADDRESS, address);
        if (wait.isPresent()) {
            messages.error("limit.tryAgainAt", Waits.minutesUntil(wait.get()));
            return;
        }
        var email = Account.normaliseEmail(form.getEmail());
        var noticeAllowed = limiter.attempt(AccountAttemptRule.REGISTER_EMAIL, email).isEmpty();
        accounts.register(new NewAccount(form.getDisplayName(), email, form.getPassword(), form.getDistrictId(),
                Language.fromCode(form.getLanguage()).orElse(locale.language()), form.isMonthlyUpdates()), noticeAllowed);
        sentTo = email;
    }

    public RegistrationForm getForm() {
        return form;
    }

    public String getSentTo() {
        return sentTo;
    }

    public boolean isDone() {
        return sentTo != null;
    }
}
