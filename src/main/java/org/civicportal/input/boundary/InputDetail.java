package org.civicportal.input.boundary;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.civicportal.input.control.InputService;
import org.civicportal.input.entity.Input;
import org.civicportal.input.entity.InputStatusChange;
import org.civicportal.input.entity.ReportReason;
import org.civicportal.platform.security.Role;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.PageMessages;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

/** /inputs/{id}: the input, its supports, its history and its answer; residents support or report it. */
@Named
@ViewScoped
public class InputDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InputService inputs;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    @Param(name = "id")
    Long id;

    private transient Input input;
    private transient List<InputStatusChange> history;
    private ReportReason reportReason = ReportReason.SPAM;
    private transient Boolean supported;

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
        return currentUser.accountId().map(me -> me.equals(getInput().getAuthor().getId())).orElse(false);
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
