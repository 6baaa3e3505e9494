package org.civicportal.volunteer.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.civicportal.decision.control.DecisionService;
import org.civicportal.platform.security.Role;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.PageMessages;
import org.civicportal.volunteer.control.CapacityBelowConfirmed;
import org.civicportal.volunteer.control.TaskConflict;
import org.civicportal.volunteer.control.VolunteerService;
import org.civicportal.volunteer.entity.Skill;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

/**
 * /admin/task?decision=N (a new task for that decision's implementation) and /admin/task?id=M (edit or
 * cancel). Volunteers already signed up are told of every change by email.
 */
@Named
@ViewScoped
public class TaskEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VolunteerService volunteers;

    @Inject
    DecisionService decisions;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    @Param(name = "id")
    Long id;

    @Inject
    @Param(name = "decision")
    Long decisionId;

    private TaskForm form = new TaskForm();
    private int openedRevision;
    /** The start as opened: an edit that leaves a past shift's time alone (a typo in its place) is fine. */
    private java.time.Instant openedStart;
    private String decisionTitle;
    private boolean cancelled;
    private boolean found;

    @NotBlank(message = "{task.cancelReason.required}")
    @Size(max = 500, message = "{task.cancelReason.long}")
    private String cancelReason;

    @PostConstruct
    void load() {
        currentUser.require(Role.OFFICIAL);
        if (unreadable("id") || unreadable("decision")) {
            return;
        }
        if (id != null) {
            var task = volunteers.find(id).orElse(null);
            if (task == null) {
                return;
            }
            form = TaskForm.of(task);
            openedRevision = task.getRevision();
            openedStart = task.getStartsAt();
            decisionId = task.getDecision().getId();
            decisionTitle = task.getDecision().getTitle();
            cancelled = task.isCancelled();
        } else {
            var decision = decisionId == null ? null : decisions.find(decisionId).orElse(null);
            if (decision == null) {
                return;
            }
            decisionTitle = decision.getTitle();
        }
        found = true;
    }

    /** Before rendering: an unknown task or decision is a 404, with the friendly page. */
    public void requireFound() {
        if (!found) {
            Faces.responseSendError(404, "No such task or decision");
        }
    }

    /** ?id=abc is no task at all (a 404), not a new one. */
    private static boolean unreadable(String name) {
        var raw = Faces.getRequestParameter(name);
        return raw != null && !raw.isBlank() && !raw.strip().matches("\\d{1,18}");
    }

    public void save() {
        currentUser.require(Role.OFFICIAL);
        var valid = true;
        if (form.endsBeforeStart()) {
            messages.fieldError("task:end", "task.end.beforeStart");
            valid = false;
        }
        // Nobody can sign up for a shift that has already started: a past day is almost always a typo.
        var startsAt = form.startsAt();
        if (startsAt != null && startsAt.isBefore(volunteers.now()) && !startsAt.equals(openedStart)) {
            messages.fieldError("task:day", "task.day.past");
            valid = false;
        }
        if (!valid) {
            return;
        }
        try {
            var task = id == null ? volunteers.create(decisionId, currentUser.requireAccountId(), form.content())
                    : volunteers.update(id, openedRevision, currentUser.requireAccountId(), form.content());
            messages.infoAfterRedirect(id == null ? "task.created" : "task.saved");
            Faces.redirect("tasks/" + task.getId());
        } catch (CapacityBelowConfirmed below) {
            messages.fieldError("task:capacity", "task.capacity.belowConfirmed", below.confirmed());
        } catch (TaskConflict conflict) {
            messages.error("task.conflict");
        }
    }

    public void cancelTask() {
        currentUser.require(Role.OFFICIAL);
        volunteers.cancel(id, currentUser.requireAccountId(), cancelReason);
        messages.infoAfterRedirect("task.cancelledDone");
        Faces.redirect("tasks/" + id);
    }

    public Skill[] getAllSkills() {
        return Skill.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public String getDecisionTitle() {
        return decisionTitle;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public TaskForm getForm() {
        return form;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
