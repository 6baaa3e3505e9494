package org.civicportal.input.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicportal.input.control.InputService;
import org.civicportal.input.entity.InputStatus;
import org.civicportal.platform.i18n.LocaleSelection;
import org.civicportal.platform.reference.boundary.ReferenceLists;
import org.civicportal.platform.security.Role;
import org.civicportal.platform.text.PlainText;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.FormFields;
import org.civicportal.platform.web.PageMessages;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

/** /admin/inputs: officials take inputs under review and answer or decline them, in public. */
@Named
@ViewScoped
public class InputQueue implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The longest answer or reason, as the input's answer column and InputService take it. */
    static final int MAX_ANSWER = 5000;

    @Inject
    InputService inputs;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    InputList list;

    @Inject
    LocaleSelection locale;

    @Inject
    ReferenceLists references;

    private static final String DRAFTS = "inputQueue.answers";

    private final Map<Long, String> answers = new HashMap<>();

    /**
     * The rows as first shown, kept for the life of the view: the list is one form, and a postback must
     * find the same input at the same row even if the list changed meanwhile.
     */
    private List<QueueRow> rows;

    /** The page's own check, besides RoleFilter's. */
    @PostConstruct
    void requireRole() {
        currentUser.require(Role.OFFICIAL);
        FormFields.restoreDrafts(DRAFTS, answers);
    }

    public List<QueueRow> getRows() {
        if (rows == null) {
            rows = QueueRow.of(list.getQueue(), Faces.getRequestContextPath(), locale.language(), references,
                    messages);
        }
        return rows;
    }

    public void review(long inputId) {
        currentUser.require(Role.OFFICIAL);
        if (inputs.markUnderReview(inputId, currentUser.requireAccountId())) {
            done(inputId, "queue.reviewing");
        } else {
            // Someone else was quicker: show the list as it is now.
            messages.errorAfterRedirect("queue.alreadyMoved");
            reload();
        }
    }

    public void answer(long inputId) {
        respond(inputId, InputStatus.ANSWERED, "queue.answered");
    }

    public void decline(long inputId) {
        respond(inputId, InputStatus.DECLINED, "queue.declined");
    }

    private void respond(long inputId, InputStatus outcome, String doneKey) {
        currentUser.require(Role.OFFICIAL);
        var checked = FormFields.rowText(messages, "text", answers, inputId, PlainText.Lines.MANY, MAX_ANSWER,
                outcome == InputStatus.DECLINED ? "queue.reason.required" : "queue.answer.required");
        if (checked.isEmpty()) {
            return;
        }
        if (inputs.answer(inputId, currentUser.requireAccountId(), outcome, checked.get())) {
            done(inputId, doneKey);
        } else {
            // Someone else was quicker: show the list as it is now.
            messages.errorAfterRedirect("queue.alreadyMoved");
            reload();
        }
    }


    private void done(long inputId, String key) {
        messages.infoAfterRedirect(key);
        FormFields.keepDrafts(DRAFTS, answers, inputId);
        reload();
    }

    /** Back to the queue as filtered. Not Faces.redirect: it formats the URL, and a search may carry a % of its own. */
    private void reload() {
        try {
            Faces.getExternalContext().redirect(Faces.getRequestURIWithQueryString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public int getMaxAnswer() {
        return MAX_ANSWER;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }
}
