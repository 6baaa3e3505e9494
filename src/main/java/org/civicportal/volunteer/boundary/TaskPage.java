package org.civicportal.volunteer.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civicportal.platform.security.Role;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.PageMessages;
import org.civicportal.volunteer.control.ReminderJob;
import org.civicportal.volunteer.control.VolunteerService;
import org.civicportal.volunteer.entity.Signup;
import org.civicportal.volunteer.entity.SignupStatus;
import org.civicportal.volunteer.entity.Task;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * /tasks/{id}: a shift, the chain it serves and its places; residents sign up, join the waitlist or withdraw.
 *
 * <p>Request-scoped, not view-scoped: visitors read this page without an HTTP session (a view scope lives in
 * one). Its actions post back to the same address, carry the id again and end in a redirect, so nothing has to
 * outlive the request.
 */
@Named
@RequestScoped
public class TaskPage {

    @Inject
    VolunteerService volunteers;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    @Param(name = "id")
    Long id;

    private Task task;
    private Signup mine;
    private boolean mineRead;

    /** Before rendering: an unknown id is a 404, with the friendly page. */
    public void requireTask() {
        if (getTask() == null) {
            Faces.responseSendError(404, "No such task");
        }
    }

    public Task getTask() {
        if (task == null && id != null) {
            task = volunteers.find(id).orElse(null);
        }
        return task;
    }

    /** My sign-up, if I am taking part. */
    public Signup getMine() {
        if (!mineRead) {
            mine = currentUser.accountId().flatMap(me -> volunteers.signupOf(id, me))
                    .filter(s -> s.getStatus().isActive()).orElse(null);
            mineRead = true;
        }
        return mine;
    }

    public long getWaitlistPosition() {
        return getMine() == null || getMine().getStatus() != SignupStatus.WAITLISTED ? 0
                : volunteers.waitlistPosition(getMine());
    }

    public boolean isOpen() {
        return !getTask().isCancelled() && !getTask().hasStarted(volunteers.now());
    }

    /**
     * What my confirmed place's reminder will do, as the reminder job really sends it: one email from
     * {@link ReminderJob#AHEAD} before the shift, so a shift closer than that gets its reminder right away.
     */
    public String getReminderKey() {
        var signup = getMine();
        if (signup == null || signup.getStatus() != SignupStatus.CONFIRMED) {
            return null;
        }
        if (signup.getReminderSentAt() != null) {
            return "task.reminder.sent";
        }
        var remindFrom = getTask().getStartsAt().minus(ReminderJob.AHEAD);
        return remindFrom.isAfter(volunteers.now()) ? "task.reminder.dayBefore" : "task.reminder.soon";
    }

    public void signUp() {
        currentUser.require(Role.RESIDENT);
        var outcome = volunteers.signUp(id, currentUser.requireAccountId());
        if (outcome.isPresent()) {
            // The page after the redirect says where I stand ("You are signed up …", "number 2 on the
            // waitlist …"); a second, near-identical message above it would only repeat it.
            Faces.redirect("tasks/" + id);
        } else {
            back("task.closed");
        }
    }

    public void withdraw() {
        currentUser.require(Role.RESIDENT);
        back(volunteers.withdraw(id, currentUser.requireAccountId()) ? "task.withdrawn" : "task.closed");
    }

    private void back(String key) {
        messages.infoAfterRedirect(key);
        Faces.redirect("tasks/" + id);
    }
}
