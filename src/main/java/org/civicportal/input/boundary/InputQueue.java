package org.civicportal.input.boundary;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.civicportal.input.control.InputService;
import org.civicportal.input.entity.InputStatus;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.PageMessages;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

/** /admin/inputs: officials take inputs under review and answer or decline them, in public. */
@Named
@ViewScoped
public class InputQueue implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InputService inputs;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient PageMessages messages;

    private final Map<Long, String> answers = new HashMap<>();

    public void review(long inputId) {
        requireOfficial();
        if (inputs.markUnderReview(inputId, currentUser.requireAccountId())) {
            done("queue.reviewing");
        } else {
            messages.error("queue.alreadyMoved");
        }
    }

    /** @param fieldId the client id of the answer's text area, for a message next to it */
    public void answer(long inputId, String fieldId) {
        respond(inputId, fieldId, InputStatus.ANSWERED, "queue.answered");
    }

    public void decline(long inputId, String fieldId) {
        respond(inputId, fieldId, InputStatus.DECLINED, "queue.declined");
    }

    private void respond(long inputId, String fieldId, InputStatus outcome, String doneKey) {
        requireOfficial();
        var text = answers.get(inputId);
        if (text == null || text.isBlank()) {
            messages.fieldError(fieldId, outcome == InputStatus.DECLINED ? "queue.reason.required" : "queue.answer.required");
            return;
        }
        if (text.length() > 5000) {
            messages.fieldError(fieldId, "queue.answer.long");
            return;
        }
        if (inputs.answer(inputId, currentUser.requireAccountId(), outcome, text)) {
            answers.remove(inputId);
            done(doneKey);
        } else {
            messages.error("queue.alreadyMoved");
        }
    }

    private void requireOfficial() {
        if (!currentUser.isOfficial()) {
            Faces.responseSendError(403, "Only officials answer inputs");
            throw new SecurityException("Only officials answer inputs");
        }
    }

    private void done(String key) {
        messages.infoAfterRedirect(key);
        Faces.redirect(Faces.getRequestURIWithQueryString().substring(Faces.getRequestContextPath().length() + 1));
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }
}
