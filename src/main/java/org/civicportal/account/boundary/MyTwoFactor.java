package org.civicportal.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.civicportal.account.control.TwoFactorService;
import org.civicportal.account.control.TwoFactorService.Status;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.PageMessages;

/**
 * The two-factor part of /me for officials and staff: since when it is on, how many recovery codes are left,
 * and new ones (shown once) for a code from the app, throttled like the second step of sign-in.
 */
@Named
@RequestScoped
public class MyTwoFactor {

    private static final String CODE_FIELD = "twofactor:code";

    @Inject
    TwoFactorService twoFactor;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    HttpServletRequest request;

    @Inject
    CodeThrottle throttle;

    private String code;
    private Optional<Status> status;
    private List<String> made = List.of();

    public Optional<Status> getStatus() {
        if (status == null) {
            // Only officials and staff have two-factor to show: a resident's /me reads nothing more for it.
            status = currentUser.isAdministrator() ? currentUser.accountId().flatMap(twoFactor::status)
                    : Optional.empty();
        }
        return status;
    }

    public boolean isShown() {
        return getStatus().isPresent();
    }

    public void newRecoveryCodes() {
        var account = currentUser.requireAccountId();
        if (throttle.refused(account, CODE_FIELD)) {
            return;
        }
        var codes = twoFactor.newRecoveryCodes(account, code);
        if (codes.isEmpty()) {
            throttle.failed(account);
            messages.fieldError(CODE_FIELD, "twoFactor.code.wrong");
            return;
        }
        throttle.passed(account);
        made = codes.get();
        FreshRecoveryCodes.keep(request.getSession(), account, made);
        status = null;
        code = null;
        messages.info("me.twoFactor.made");
    }

    /** The codes just made, shown on this answer only. */
    public List<String> getMade() {
        return made;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
