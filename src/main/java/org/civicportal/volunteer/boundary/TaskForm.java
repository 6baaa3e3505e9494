package org.civicportal.volunteer.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.civicportal.volunteer.entity.Skill;
import org.civicportal.volunteer.entity.Task;
import org.civicportal.volunteer.entity.TaskContent;

/** What the task editor's fields hold. Day and times are the city's local time. */
public class TaskForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{task.title.required}")
    @Size(max = 160, message = "{task.title.long}")
    private String title;

    @NotBlank(message = "{task.description.required}")
    @Size(max = 5000, message = "{task.description.long}")
    private String description;

    @NotBlank(message = "{task.place.required}")
    @Size(max = 200, message = "{task.place.long}")
    private String place;

    @NotNull(message = "{task.day.required}")
    private LocalDate day;

    @NotNull(message = "{task.start.required}")
    private LocalTime start;

    @NotNull(message = "{task.end.required}")
    private LocalTime end;

    @NotNull(message = "{task.capacity.range}")
    @Min(value = 1, message = "{task.capacity.range}")
    @Max(value = 500, message = "{task.capacity.range}")
    private Integer capacity;

    @NotBlank(message = "{task.contact.required}")
    @Size(max = 200, message = "{task.contact.long}")
    private String contact;

    private List<Skill> skills = new ArrayList<>();

    static TaskForm of(Task task) {
        var form = new TaskForm();
        var zone = ZoneId.systemDefault();
        form.title = task.getTitle();
        form.description = task.getDescription();
        form.place = task.getPlace();
        form.day = task.getStartsAt().atZone(zone).toLocalDate();
        form.start = task.getStartsAt().atZone(zone).toLocalTime();
        form.end = task.getEndsAt().atZone(zone).toLocalTime();
        form.capacity = task.getCapacity();
        form.contact = task.getContact();
        form.skills = new ArrayList<>(task.getSkills());
        return form;
    }

    /** A shift ends after it starts, on the same day. */
    boolean endsBeforeStart() {
        return start != null && end != null && !end.isAfter(start);
    }

    /** When the shift starts, or null while the day or the start is missing. */
    java.time.Instant startsAt() {
        return day == null || start == null ? null : day.atTime(start).atZone(ZoneId.systemDefault()).toInstant();
    }

    TaskContent content() {
        var zone = ZoneId.systemDefault();
        return new TaskContent(title, description, place, day.atTime(start).atZone(zone).toInstant(),
                day.atTime(end).atZone(zone).toInstant(), capacity, contact,
                skills.isEmpty() ? EnumSet.noneOf(Skill.class) : EnumSet.copyOf(skills));
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public List<Skill> getSkills() {
        return skills;
    }

    public void setSkills(List<Skill> skills) {
        this.skills = skills;
    }
}
