package org.civicportal.input.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.civicportal.input.control.InputService;
import org.civicportal.input.entity.Input;
import org.civicportal.input.entity.InputStatusChange;
import org.civicportal.input.entity.ReportReason;
import org.civicportal.platform.security.Role;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.PageMessages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * /inputs/{id}: the input, its supports, its history and its answer; residents support or report it.
 *
 * <p>Request-scoped, not view-scoped: visitors read this page without an HTTP session (a view scope lives in
 * one). Its actions post back to the same address, carry the id again and end in a redirect, so nothing has to
 * outlive the request.
 */
@Named
@RequestScoped
public class InputDetail {

    @Inject
    InputService inputs;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    @Param(name = "id")
    Long id;

    private Input input;
    private List<InputStatusChange> history;
    private ReportReason reportReason = ReportReason.SPAM;
    private Boolean supported;

    /** Before rendering: an unknown id is a 404, with the friendly page. */
    public void requireInput() {
        if (getInput() == null) {
            Faces.responseSendError(404, "No such input");
        }
    }

    public Input getInput() {
        if (input == null && id != null) {
            input = inputs.find(id).orElse(null);
        }
        return input;
    }

    public List<InputStatusChange> getHistory() {
        if (history == null) {
            history = inputs.history(id);
        }
        return history;
    }

    public long getDaysWaiting() {
        return getInput().daysWaiting(inputs.now());
    }

    /** Asked by several parts of the page; read once per request. */
    public boolean isSupported() {
        if (supported == null) {
            supported = currentUser.accountId().map(me -> inputs.supports(id, me)).orElse(false);
        }
        return supported;
    }

    public boolean isOwn() {
        return currentUser.accountId().map(me -> me.equals(getInput().authorId())).orElse(false);
    }

    public void support() {
        currentUser.require(Role.RESIDENT);
        back(inputs.support(id, currentUser.requireAccountId()) ? "input.supported" : "input.notSupported");
    }

    public void withdraw() {
        currentUser.require(Role.RESIDENT);
        back(inputs.withdrawSupport(id, currentUser.requireAccountId()) ? "input.withdrawn" : "input.notSupported");
    }

    public void report() {
        currentUser.require(Role.RESIDENT);
        back(inputs.report(id, currentUser.requireAccountId(), reportReason) ? "input.reported" : "input.notReported");
    }


    private void back(String messageKey) {
        messages.infoAfterRedirect(messageKey);
        Faces.redirect("inputs/" + id);
    }

    public ReportReason[] getReportReasons() {
        return ReportReason.values();
    }

    public ReportReason getReportReason() {
        return reportReason;
    }

    public void setReportReason(ReportReason reportReason) {
        this.reportReason = reportReason;
    }
}
