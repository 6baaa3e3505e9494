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
 * and new ones (shown once) for a code from the app.
 */
@Named
@RequestScoped
public class MyTwoFactor {

    @Inject
    TwoFactorService twoFactor;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    HttpServletRequest request;

    private String code;
    private Optional<Status> status;
    private List<String> made = List.of();

    public Optional<Status> getStatus() {
        if (status == null) {
            status = currentUser.accountId().flatMap(twoFactor::status);
        }
        return status;
    }

    public boolean isShown() {
        return getStatus().isPresent();
    }

    public void newRecoveryCodes() {
        var account = currentUser.requireAccountId();
        var codes = twoFactor.newRecoveryCodes(account, code);
        if (codes.isEmpty()) {
            messages.fieldError("twofactor:code", "twoFactor.code.wrong");
            return;
        }
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
