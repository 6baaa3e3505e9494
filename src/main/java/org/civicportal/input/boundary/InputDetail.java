package org.civicportal.input.boundary;

import jakarta.annotation.PostConstruct;
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
    transient InputService inputs;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient PageMessages messages;

    @Inject
    @Param(name = "id")
    Long id;

    private transient Input input;
    private transient List<InputStatusChange> history;
    private ReportReason reportReason = ReportReason.SPAM;

    @PostConstruct
    void load() {
        input = id == null ? null : inputs.find(id).orElse(null);
    }

    /** Before rendering: an unknown id is a 404, with the friendly page. */
    public void requireInput() {
        if (input == null) {
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

    public boolean isSupported() {
        return currentUser.accountId().map(me -> inputs.supports(id, me)).orElse(false);
    }

    public boolean isOwn() {
        return currentUser.accountId().map(me -> me.equals(getInput().getAuthor().getId())).orElse(false);
    }

    public void support() {
        currentUser.require(Role.RESIDENT);
        inputs.support(id, currentUser.requireAccountId());
        back("input.supported");
    }

    public void withdraw() {
        currentUser.require(Role.RESIDENT);
        inputs.withdrawSupport(id, currentUser.requireAccountId());
        back("input.withdrawn");
    }

    public void report() {
        currentUser.require(Role.RESIDENT);
        inputs.report(id, currentUser.requireAccountId(), reportReason);
        back("input.reported");
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
