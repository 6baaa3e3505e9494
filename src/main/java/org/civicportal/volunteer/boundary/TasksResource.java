package org.civicportal.volunteer.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.civicportal.volunteer.control.TaskCatalog;
import org.civicportal.volunteer.control.TaskFilter;
import org.civicportal.volunteer.control.TaskSummary;
import org.civicportal.volunteer.entity.Skill;

/** GET /api/v1/tasks: upcoming volunteer shifts with their places, as on /tasks. No personal data. */
@Path("tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TasksResource {

    @Inject
    TaskCatalog catalog;

    /**
     * A page of tasks; a page past the last one (however large its number) is empty. Counting and paging stop
     * at 10,000 tasks: past that, total is 10000 and totalIsMinimum true (filters reach the rest).
     */
    public record Page(List<Item> items, int page, int size, long total, boolean totalIsMinimum) {
    }

    /** An upcoming shift; decisionId links it to its chain (/api/v1/decisions/{id}). */
    public record Item(long id, String title, String place, Instant startsAt, Instant endsAt, int capacity,
            int placesLeft, List<String> skills, long decisionId, String district) {
    }

    @GET
    public Page list(@QueryParam("district") Long district, @QueryParam("skill") String skill,
            @QueryParam("placesLeft") @DefaultValue("false") boolean placesLeft,
            @QueryParam("page") @DefaultValue("1") int page, @QueryParam("size") @DefaultValue("20") int size) {
        var filter = new TaskFilter(district, skill(skill), null, placesLeft);
        int pageSize = Math.max(1, Math.min(size, 100));
        int pageNumber = Math.max(1, page);
        var items = catalog.upcoming(filter, org.civicportal.platform.web.PageLink.offset(pageNumber, pageSize), pageSize)
                .stream().map(TasksResource::item).toList();
        var total = catalog.countUpcoming(filter);
        return new Page(items, pageNumber, pageSize, total.value(), !total.exact());
    }

    private static Item item(TaskSummary t) {
        return new Item(t.id(), t.title(), t.place(), t.startsAt(), t.endsAt(), t.capacity(), t.placesLeft(),
                t.skills().stream().map(Skill::name).toList(), t.decisionId(), t.district());
    }

    private static Skill skill(String value) {
        try {
            return value == null || value.isBlank() ? null : Skill.valueOf(value.strip().toUpperCase());
        } catch (IllegalArgumentException unknown) {
            throw new BadRequestException("Unknown skill " + value);
        }
    }
}
