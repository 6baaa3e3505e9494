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
import org.civicportal.platform.api.ListRequest;
import org.civicportal.platform.persistence.Keyset;
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
     * A page of tasks; a page past the last one (however large its number) is empty. Counting and numbered pages
     * stop at 10,000 tasks: past that, total is 10000 and totalIsMinimum true. next, when more tasks follow, is
     * the cursor to send as ?after= for the following page, soonest first: by cursor a client walks every
     * upcoming task. page is left out of an answer read by cursor, next of the last page.
     */
    public record Page(List<Item> items, Integer page, int size, long total, boolean totalIsMinimum, String next) {
    }

    /** An upcoming shift; decisionId links it to its chain (/api/v1/decisions/{id}). */
    public record Item(long id, String title, String place, Instant startsAt, Instant endsAt, int capacity,
            int placesLeft, List<String> skills, long decisionId, String district) {
    }

    @GET
    public Page list(@QueryParam("district") Long district, @QueryParam("skill") String skill,
            @QueryParam("placesLeft") @DefaultValue("false") boolean placesLeft,
            @QueryParam("page") Integer page, @QueryParam("after") String after,
            @QueryParam("size") @DefaultValue("20") int size) {
        var filter = new TaskFilter(district, skill(skill), null, placesLeft);
        var request = ListRequest.of("tasks", page, after, size);
        var slice = request.slice(request.shown() == 0 ? List.<TaskSummary>of()
                : catalog.upcoming(filter, request.after(), request.first(), request.limit()),
                t -> new Keyset(t.startsAt(), t.id()));
        var total = catalog.countUpcoming(filter);
        return new Page(slice.rows().stream().map(TasksResource::item).toList(), request.page(), request.size(),
                total.value(), !total.exact(), slice.next());
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
