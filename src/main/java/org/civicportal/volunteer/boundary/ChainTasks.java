package org.civicportal.volunteer.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civicportal.volunteer.control.PublicThanks;
import org.civicportal.volunteer.control.TaskCatalog;
import org.civicportal.volunteer.control.TaskSummary;
import org.civicportal.volunteer.control.VolunteerSummary;

/**
 * The volunteering part of a chain page (#{chainTasks.of(id)}): the implementation's tasks and places
 * left, what residents gave, and the thanks they chose to share. Lives here so decisions need not know
 * volunteering exists.
 */
@Named
@RequestScoped
public class ChainTasks {

    /** Shown on a chain page: at most this many upcoming tasks, then this many past ones. */
    private static final int UPCOMING = 20;
    private static final int PAST = 10;

    @Inject
    TaskCatalog catalog;

    private final Map<Long, List<TaskSummary>> tasks = new HashMap<>();
    private final Map<Long, VolunteerSummary> given = new HashMap<>();
    private final Map<Long, List<PublicThanks>> thanks = new HashMap<>();

    public List<TaskSummary> of(long decisionId) {
        return tasks.computeIfAbsent(decisionId, id -> catalog.ofDecision(id, UPCOMING, PAST));
    }

    public VolunteerSummary given(long decisionId) {
        return given.computeIfAbsent(decisionId, catalog::given);
    }

    public List<PublicThanks> thanks(long decisionId) {
        return thanks.computeIfAbsent(decisionId, catalog::publicThanks);
    }
}
