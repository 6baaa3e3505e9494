package org.civicportal.forum.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.civicportal.forum.control.EventContent;
import org.civicportal.forum.entity.ForumEvent;

/** What the forum editor's fields hold. Day and time are the city's local time. */
public class EventForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{forum.day.required}")
    private LocalDate day;

    @NotNull(message = "{forum.time.required}")
    private LocalTime time;

    @Size(max = 200, message = "{forum.place.long}")
    private String place;

    @Size(max = 500, message = "{forum.link.long}")
    private String onlineLink;

    @Size(max = 20000, message = "{forum.minutes.long}")
    private String minutes;

    static EventForm of(ForumEvent event, ZoneId zone) {
        var form = new EventForm();
        var local = event.getStartsAt().atZone(zone);
        form.day = local.toLocalDate();
        form.time = local.toLocalTime();
        form.place = event.getPlace();
        form.onlineLink = event.getOnlineLink();
        form.minutes = event.getMinutes();
        return form;
    }

    Instant startsAt(ZoneId zone) {
        return day == null || time == null ? null : day.atTime(time).atZone(zone).toInstant();
    }

    EventContent content(ZoneId zone) {
        return new EventContent(startsAt(zone), place, onlineLink, minutes);
    }

    boolean hasWhere() {
        return !(place == null || place.isBlank()) || !(onlineLink == null || onlineLink.isBlank());
    }

    boolean hasMinutes() {
        return minutes != null && !minutes.isBlank();
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }
}
