package org.civicportal.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.civicportal.account.control.AccountEvents.RoleChanged;
import org.civicportal.account.control.AccountEvents.TwoFactorReset;
import org.civicportal.account.control.PrivacyEvents.AccountErased;
import org.civicportal.account.control.PrivacyEvents.DataExportRequested;
import org.civicportal.forum.control.CommitmentEvents.CommitmentChanged;
import org.civicportal.forum.control.CommitmentEvents.CommitmentMade;
import org.civicportal.forum.control.ForumEvents.AnswerModerated;
import org.civicportal.forum.control.ForumEvents.AttendanceRecorded;
import org.civicportal.forum.control.ForumEvents.AttendanceRemoved;
import org.civicportal.forum.control.ForumEvents.ForumScheduled;
import org.civicportal.audit.control.AuditLog.Details;
import org.civicportal.platform.outbox.OutboxEvents.MessageRetried;
import org.civicportal.platform.time.Quarter;
import org.civicportal.reciprocity.control.VitalityEvents.QuietGiverCheckedIn;
import org.civicportal.reciprocity.control.VitalityEvents.ResidentInvited;
import org.civicportal.update.control.UpdateDeliveryEvents.SendCancelled;
import org.civicportal.update.control.UpdateDeliveryEvents.SendPaused;
import org.civicportal.update.control.UpdateDeliveryEvents.SendResumed;
import org.civicportal.update.control.UpdateDeliveryEvents.SendStarted;

/**
 * Staff's actions (forums, commitments, moderation of forum answers, roles, the monthly update's sending, the
 * outbox, vitality prompts, two-factor resets) and the data rights a resident exercises (export, erasure), each one entry, in the
 * transaction of the action. What staff typed to or about a resident (a moderation reason, a check-in message)
 * is recorded by its length only: the log is append-only and outlives an erasure, so it holds no free text that
 * could name a person.
 */
@ApplicationScoped
public class StaffAudit {

    @Inject
    AuditLog log;

    void scheduled(@Observes ForumScheduled event) {
        log.record(event.staffId(), "forum.schedule", "forum", event.eventId(),
                Details.of().with("forum", event.eventId()).with("quarter", event.quarter()).changes(event.changes()));
    }

    void attended(@Observes AttendanceRecorded event) {
        log.record(event.officialId(), "forum.attendance", "forum", event.eventId(),
                Details.of().with("forum", event.eventId()).with("resident", event.accountId()));
    }

    void attendanceRemoved(@Observes AttendanceRemoved event) {
        log.record(event.staffId(), "forum.attendance.remove", "forum", event.eventId(),
                Details.of().with("forum", event.eventId()).with("resident", event.accountId()));
    }

    void answerModerated(@Observes AnswerModerated event) {
        log.record(event.staffId(), event.hidden() ? "forum.answer.hide" : "forum.answer.restore", "forum_answer",
                event.answerId(), Details.of().with("answer", event.answerId())
                        .with("reasonLength", AuditLog.length(event.reason())));
    }

    void commitmentMade(@Observes CommitmentMade event) {
        log.record(event.staffId(), "commitment.make", "commitment", event.commitmentId(),
                Details.of().with("commitment", event.commitmentId()).with("due", Quarter.ofCode(event.dueQuarter()).toString()));
    }

    void commitmentChanged(@Observes CommitmentChanged event) {
        log.record(event.staffId(), "commitment.change", "commitment", event.commitmentId(),
                Details.of().with("commitment", event.commitmentId()).with("status", event.status())
                        .changes(event.changes()));
    }

    void roleChanged(@Observes RoleChanged event) {
        log.record(event.staffId(), event.granted() ? "role.grant" : "role.revoke", "account", event.accountId(),
                Details.of().with("account", event.accountId()).with("role", event.role()));
    }

    void twoFactorReset(@Observes TwoFactorReset event) {
        log.record(event.staffId(), "twofactor.reset", "account", event.accountId(),
                Details.of().with("account", event.accountId()));
    }

    void sendStarted(@Observes SendStarted event) {
        log.record(event.staffId(), "update.send", "update", event.updateId(),
                Details.of().with("update", event.updateId()).with("recipients", event.recipients()));
    }

    void sendPaused(@Observes SendPaused event) {
        log.record(event.staffId(), "update.pause", "update", event.updateId(), Details.of().with("update", event.updateId()));
    }

    void sendResumed(@Observes SendResumed event) {
        log.record(event.staffId(), "update.resume", "update", event.updateId(), Details.of().with("update", event.updateId()));
    }

    void sendCancelled(@Observes SendCancelled event) {
        log.record(event.staffId(), "update.cancel", "update", event.updateId(), Details.of().with("update", event.updateId()));
    }

    void retried(@Observes MessageRetried event) {
        log.record(event.staffId(), "outbox.retry", "outbox_message", event.messageId(),
                Details.of().with("message", event.messageId()).with("state", event.state()));
    }

    void invited(@Observes ResidentInvited event) {
        log.record(event.staffId(), "vitality.invite", "account", event.residentId(),
                Details.of().with("resident", event.residentId()).with("decision", event.decisionId()));
    }

    void checkedIn(@Observes QuietGiverCheckedIn event) {
        log.record(event.staffId(), "vitality.checkin", "account", event.residentId(),
                Details.of().with("resident", event.residentId())
                        .with("messageLength", AuditLog.length(event.message())));
    }

    void exportRequested(@Observes DataExportRequested event) {
        log.record(event.accountId(), "privacy.export", "account", event.accountId(),
                Details.of().with("account", event.accountId()).with("export", event.exportId()));
    }

    void erased(@Observes AccountErased event) {
        log.record(event.accountId(), "privacy.erase", "account", event.accountId(),
                Details.of().with("account", event.accountId()).with("inputsRemoved", event.inputsRemoved()));
    }
}
