package org.civicportal.volunteer.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.civicportal.decision.control.DecisionService;
import org.civicportal.decision.entity.Decision;
import org.civicportal.platform.security.Role;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.volunteer.control.TaskCatalog;
import org.civicportal.volunteer.control.TaskSummary;

/** /admin/tasks: every task, newest shift first, and where to start a new one. */
@Named
@RequestScoped
public class TasksAdmin {

    private static final int SHOWN = 100;

    @Inject
    TaskCatalog catalog;

    @Inject
    DecisionService decisions;

    @Inject
    CurrentUser currentUser;

    private List<TaskSummary> rows;

    /** A decision a new task can serve. */
    public record DecisionOption(long id, String title) {
    }

    public List<TaskSummary> getRows() {
        currentUser.require(Role.OFFICIAL);
        if (rows == null) {
            rows = catalog.all(0, SHOWN);
        }
        return rows;
    }

    public List<DecisionOption> getOpenDecisions() {
        return decisions.beingCarriedOut(SHOWN).stream().map(d -> new DecisionOption(d.getId(), d.getTitle())).toList();
    }
}
