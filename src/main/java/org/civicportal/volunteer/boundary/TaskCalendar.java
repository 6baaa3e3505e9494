package org.civicportal.volunteer.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.civicportal.platform.config.PortalSettings;
import org.civicportal.volunteer.control.TaskCatalog;
import org.civicportal.volunteer.control.VolunteerService;
import org.civicportal.volunteer.entity.Task;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * iCalendar files written by ical4j: /tasks.ics (every upcoming shift, to subscribe to) and
 * /tasks/{id}.ics (one shift, reached through CleanUrlFilter as /task-calendar?id=).
 */
@WebServlet({"/tasks.ics", "/task-calendar"})
public class TaskCalendar extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int ALL_LIMIT = 500;
    private static final Parser MARKDOWN = Parser.builder().build();
    /** Calendar programs show DESCRIPTION as plain text: the Markdown's words, without its asterisks. */
    private static final TextContentRenderer PLAIN_TEXT = TextContentRenderer.builder().build();

    @Inject
    TaskCatalog catalog;

    @Inject
    VolunteerService volunteers;

    @Inject
    PortalSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<Task> tasks;
        String fileName;
        if (request.getServletPath().equals("/tasks.ics")) {
            tasks = catalog.upcomingTasks(ALL_LIMIT);
            fileName = "tasks.ics";
        } else {
            var task = parse(request.getParameter("id")).flatMap(volunteers::find);
            if (task.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            tasks = List.of(task.get());
            fileName = "task-" + task.get().getId() + ".ics";
        }
        var calendar = new Calendar();
        calendar.add(new ProdId("-//Civic Portal//Volunteer shifts//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        var stamp = Instant.now();
        tasks.forEach(task -> calendar.add(event(task, stamp)));
        response.setContentType("text/calendar;charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "public, max-age=300");
        try {
            new CalendarOutputter().output(calendar, response.getWriter());
        } catch (net.fortuna.ical4j.validate.ValidationException invalid) {
            throw new IOException("Could not write the calendar of tasks " + tasks.stream().map(Task::getId).toList(),
                    invalid);
        }
    }

    private VEvent event(Task task, Instant stamp) {
        var link = settings.baseUrl() + "/tasks/" + task.getId();
        var event = new VEvent(task.getStartsAt(), task.getEndsAt(), task.getTitle());
        event.add(new Uid("task-" + task.getId() + "@" + URI.create(settings.baseUrl()).getHost()));
        // ical4j's VEvent constructor already stamps the event; RFC 5545 allows one DTSTAMP, so replace it
        // with the file's single stamp instead of adding a second one.
        event.replace(new DtStamp(stamp));
        event.add(new Location(task.getPlace()));
        event.add(new Description(plainText(task.getDescription()) + "\n\n" + link));
        event.add(new Url(URI.create(link)));
        if (task.isCancelled()) {
            event.add(ImmutableStatus.VEVENT_CANCELLED);
        }
        return event;
    }

    static String plainText(String markdown) {
        return markdown == null ? "" : PLAIN_TEXT.render(MARKDOWN.parse(markdown)).strip();
    }

    private static java.util.Optional<Long> parse(String id) {
        try {
            return java.util.Optional.of(Long.parseLong(id));
        } catch (NumberFormatException | NullPointerException unreadable) {
            return java.util.Optional.empty();
        }
    }
}
