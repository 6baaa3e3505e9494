package org.civicportal.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.civicportal.decision.control.DecisionEvents.DecisionEdited;
import org.civicportal.decision.control.DecisionEvents.DecisionPublished;
import org.civicportal.decision.control.DecisionEvents.ImplementationUpdated;
import org.civicportal.decision.control.DecisionEvents.InputCredited;
import org.civicportal.input.control.InputEvents.InputAnswered;
import org.civicportal.input.control.InputEvents.InputModerated;
import org.civicportal.input.entity.InputStatus;
import org.civicportal.audit.control.AuditLog.Details;
import org.civicportal.volunteer.control.VolunteerEvents.HoursRecorded;
import org.civicportal.volunteer.control.VolunteerEvents.TaskChanged;
import org.civicportal.volunteer.control.VolunteerEvents.TaskCreated;
import org.civicportal.volunteer.control.VolunteerEvents.VolunteerThanked;

/**
 * The officials' actions along the chain (input → decision → implementation → volunteering), each one entry.
 * Plain {@code @Observes}: in the firing transaction, so the entry commits or rolls back with the action.
 */
@ApplicationScoped
public class ChainAudit {

    @Inject
    AuditLog log;

    void answered(@Observes InputAnswered event) {
        // INCORPORATED is a credit's side effect: the credit's own entry records it.
        if (event.outcome() == InputStatus.INCORPORATED) {
            return;
        }
        log.record(event.officialId(), event.outcome() == InputStatus.DECLINED ? "input.decline" : "input.answer",
                "input", event.inputId(), Details.of().with("input", event.inputId()).with("author", event.authorId()));
    }

    void moderated(@Observes InputModerated event) {
        log.record(event.staffId(), event.hidden() ? "input.hide" : "input.restore", "input", event.inputId(),
                Details.of().with("input", event.inputId())
                        .with("reasonLength", AuditLog.length(event.reason())));
    }

    void published(@Observes DecisionPublished event) {
        log.record(event.officialId(), "decision.publish", "decision", event.decisionId(),
                Details.of().with("decision", event.decisionId()));
    }

    void edited(@Observes DecisionEdited event) {
        log.record(event.officialId(), "decision.edit", "decision", event.decisionId(),
                Details.of().with("decision", event.decisionId())
                        .with("creditedInputs", event.creditedInputs().isEmpty() ? null : event.creditedInputs())
                        .changes(event.changes()));
    }

    void credited(@Observes InputCredited event) {
        log.record(event.officialId(), "decision.credit", "input", event.inputId(),
                Details.of().with("decision", event.decisionId()).with("input", event.inputId()));
    }

    void implementationUpdated(@Observes ImplementationUpdated event) {
        log.record(event.officialId(), "implementation.update", "decision", event.decisionId(),
                Details.of().with("decision", event.decisionId()).with("update", event.updateId())
                        .changes(event.changes()));
    }

    void taskCreated(@Observes TaskCreated event) {
        log.record(event.officialId(), "task.create", "task", event.taskId(),
                Details.of().with("task", event.taskId()).with("decision", event.decisionId()));
    }

    void taskChanged(@Observes TaskChanged event) {
        log.record(event.officialId(), event.cancelled() ? "task.cancel" : "task.edit", "task", event.taskId(),
                Details.of().with("task", event.taskId()).changes(event.changes()));
    }

    void hours(@Observes HoursRecorded event) {
        log.record(event.officialId(), "volunteer.hours", "signup", event.signupId(),
                Details.of().with("signup", event.signupId()).with("task", event.taskId())
                        .with("volunteer", event.accountId()).with("hours", event.hours())
                        .changes(event.changes()));
    }

    void thanked(@Observes VolunteerThanked event) {
        log.record(event.officialId(), "volunteer.thanks", "signup", event.signupId(),
                Details.of().with("signup", event.signupId()).with("task", event.taskId())
                        .with("volunteer", event.accountId()));
    }
}
