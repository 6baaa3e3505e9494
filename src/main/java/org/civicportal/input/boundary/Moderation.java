package org.civicportal.input.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicportal.input.control.InputService;
import org.civicportal.input.control.InputSummary;
import org.civicportal.platform.security.Role;
import org.civicportal.platform.text.PlainText;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.FormFields;
import org.civicportal.platform.web.PageMessages;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

/** /admin/moderation: staff review reported inputs and hide them with a public reason, or restore them. */
@Named
@ViewScoped
public class Moderation implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_REASON = 300;

    public int getMaxReason() {
        return MAX_REASON;
    }

    @Inject
    InputService inputs;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private static final String DRAFTS = "moderation.reasons";

    private final Map<Long, String> reasons = new HashMap<>();

    /** Kept for the life of the view, so a postback finds the same input at the same row. */
    private List<InputSummary> reported;

    /** The page's own check, besides RoleFilter's. */
    @PostConstruct
    void requireRole() {
        currentUser.require(Role.STAFF);
        FormFields.restoreDrafts(DRAFTS, reasons);
    }

    public List<InputSummary> getReported() {
        if (reported == null) {
            reported = inputs.reported(0, 100);
        }
        return reported;
    }

    public void hide(long inputId) {
        currentUser.require(Role.STAFF);
        var reason = FormFields.rowText(messages, "reason", reasons, inputId, PlainText.Lines.ONE, MAX_REASON,
                "moderation.reason.required");
        if (reason.isEmpty()) {
            return;
        }
        inputs.hide(inputId, currentUser.requireAccountId(), reason.get());
        done(inputId, "moderation.hidden");
    }

    public void restore(long inputId) {
        currentUser.require(Role.STAFF);
        inputs.restore(inputId, currentUser.requireAccountId());
        done(inputId, "moderation.restored");
    }


    private void done(long inputId, String key) {
        messages.infoAfterRedirect(key);
        FormFields.keepDrafts(DRAFTS, reasons, inputId);
        Faces.redirect("admin/moderation");
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
