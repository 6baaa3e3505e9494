package org.civicportal.volunteer.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.civicportal.decision.control.DecisionService;
import org.civicportal.decision.entity.Decision;
import org.civicportal.platform.security.Role;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.PageLink;
import org.civicportal.volunteer.control.TaskCatalog;
import org.civicportal.volunteer.control.TaskSummary;

/** /admin/tasks: every task, newest shift first (20 per page), and where to start a new one. */
@Named
@RequestScoped
public class TasksAdmin {

    private static final int PAGE_SIZE = 20;
    private static final int DECISIONS_OFFERED = 200;

    @Inject
    TaskCatalog catalog;

    @Inject
    DecisionService decisions;

    @Inject
    CurrentUser currentUser;

    private List<TaskSummary> rows;
    private long total = -1;
    private Integer page;

    /** A decision a new task can serve. */
    public record DecisionOption(long id, String title) {
    }

    public List<TaskSummary> getRows() {
        currentUser.require(Role.OFFICIAL);
        if (rows == null) {
            rows = catalog.all(PageLink.offset(getPage(), PAGE_SIZE), PAGE_SIZE);
        }
        return rows;
    }

    public long getTotal() {
        if (total < 0) {
            total = catalog.countAll();
        }
        return total;
    }

    public int getPages() {
        return PageLink.pages(getTotal(), PAGE_SIZE);
    }

    public String pageLink(int target) {
        return PageLink.keeping().toPage(target);
    }

    public Integer getPage() {
        return page == null ? 1 : Math.max(1, page);
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public List<DecisionOption> getOpenDecisions() {
        return decisions.beingCarriedOut(DECISIONS_OFFERED).stream().map(d -> new DecisionOption(d.getId(), d.getTitle())).toList();
    }
}
