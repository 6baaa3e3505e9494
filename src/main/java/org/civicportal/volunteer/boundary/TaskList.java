package org.civicportal.volunteer.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.civicportal.platform.persistence.BoundedCount;
import org.civicportal.platform.web.ListTotal;
import org.civicportal.platform.web.PageLink;
import org.civicportal.platform.web.PageMessages;
import org.civicportal.volunteer.control.TaskCatalog;
import org.civicportal.volunteer.control.TaskFilter;
import org.civicportal.volunteer.control.TaskSummary;
import org.civicportal.volunteer.entity.Skill;

/**
 * /tasks: upcoming volunteer shifts, soonest first, filtered by district, skill, first day and places
 * left from the query string, 20 per page read from the database. Counting and paging stop at
 * {@link BoundedCount#LIMIT} tasks ("more than 10,000"): the filters reach the rest.
 */
@Named
@RequestScoped
public class TaskList {

    static final int PAGE_SIZE = 20;

    @Inject
    TaskCatalog catalog;

    @Inject
    PageMessages messages;

    private Long district;
    private String skill;
    private String from;
    private Boolean places;
    private Integer page;

    private List<TaskSummary> rows;
    private BoundedCount total;

    private TaskFilter filter() {
        return new TaskFilter(district, skillValue(), fromValue(), Boolean.TRUE.equals(places));
    }

    public List<TaskSummary> getRows() {
        if (rows == null) {
            rows = catalog.upcoming(filter(), PageLink.offset(getPage(), PAGE_SIZE), PAGE_SIZE);
        }
        return rows;
    }

    /** The number of tasks for the pager: a number, or "more than 10,000" once the count stops. */
    public Object getTotal() {
        return ListTotal.shown(count(), messages);
    }

    private BoundedCount count() {
        if (total == null) {
            total = catalog.countUpcoming(filter());
        }
        return total;
    }

    public int getPages() {
        return PageLink.pages(count().value(), PAGE_SIZE);
    }

    public String pageLink(int target) {
        return PageLink.keeping().and("district", district).and("skill", skill).and("from", from)
                .and("places", Boolean.TRUE.equals(places) ? "true" : null).toPage(target);
    }

    public Skill[] getSkills() {
        return Skill.values();
    }

    private Skill skillValue() {
        try {
            return skill == null || skill.isBlank() ? null : Skill.valueOf(skill);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private java.time.Instant fromValue() {
        try {
            return from == null || from.isBlank() ? null
                    : LocalDate.parse(from).atStartOfDay(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    public Long getDistrict() {
        return district;
    }

    public void setDistrict(Long district) {
        this.district = district;
    }

    public String getSkill() {
        return skill;
    }

    public void setSkill(String skill) {
        this.skill = skill;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public Boolean getPlaces() {
        return places;
    }

    public void setPlaces(Boolean places) {
        this.places = places;
    }

    public Integer getPage() {
        return page == null ? 1 : Math.max(1, page);
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
