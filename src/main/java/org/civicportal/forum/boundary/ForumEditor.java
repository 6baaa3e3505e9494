package org.civicportal.forum.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URI;
import java.util.List;
import org.civicportal.forum.control.ForumCatalog;
import org.civicportal.forum.control.ForumCatalog.Participant;
import org.civicportal.forum.control.ForumConflict;
import org.civicportal.forum.control.ForumService;
import org.civicportal.platform.persistence.InIdOrder;
import org.civicportal.platform.security.Role;
import org.civicportal.platform.time.CityTime;
import org.civicportal.platform.time.Quarter;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.PageMessages;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

/**
 * /admin/forum?quarter=2026-Q4: staff schedule the quarter's forum or change it, add its minutes once held,
 * and record who attended, from the RSVP list or by searching a resident.
 */
@Named
@ViewScoped
public class ForumEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ForumService forums;

    @Inject
    ForumCatalog catalog;

    @Inject
    CityTime city;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    @Param(name = "quarter")
    String quarterText;

    private Quarter quarter;
    private Long eventId;
    private int openedRevision = -1;
    private EventForm form = new EventForm();
    /** The rows as first shown (ids only), so a postback finds the same person at the same row. */
    private List<Long> participantIds = List.of();
    private transient List<Participant> participants;
    private String search;
    private List<Participant> found = List.of();

    @PostConstruct
    void load() {
        currentUser.require(Role.STAFF);
        quarter = Quarter.parse(quarterText).filter(catalog::hasPage).orElse(null);
        if (quarter == null) {
            return;
        }
        forums.event(quarter).ifPresent(event -> {
            eventId = event.getId();
            openedRevision = event.getRevision();
            form = EventForm.of(event, city.zone());
        });
        if (eventId != null) {
            participants = catalog.participants(eventId);
            participantIds = participants.stream().map(Participant::accountId).toList();
        }
    }

    /** Before rendering: a quarter without a page is a 404. */
    public void requireQuarter() {
        if (quarter == null) {
            Faces.responseSendError(404, "No forum page for this quarter");
        }
    }

    public void save() {
        currentUser.require(Role.STAFF);
        var zone = city.zone();
        var startsAt = form.startsAt(zone);
        boolean valid = true;
        if (startsAt != null && !quarter.contains(startsAt, zone)) {
            messages.fieldError("event:day", "forum.day.outside", quarter.toString());
            valid = false;
        }
        if (!form.hasWhere()) {
            messages.fieldError("event:place", "forum.where.required");
            valid = false;
        }
        if (form.getOnlineLink() != null && !form.getOnlineLink().isBlank() && !isWebLink(form.getOnlineLink())) {
            messages.fieldError("event:link", "forum.link.invalid");
            valid = false;
        }
        if (form.hasMinutes() && startsAt != null && startsAt.isAfter(forums.now())) {
            messages.fieldError("event:minutes", "forum.minutes.notYet");
            valid = false;
        }
        if (!valid) {
            return;
        }
        try {
            forums.schedule(quarter, openedRevision, currentUser.requireAccountId(), form.content(zone));
            messages.infoAfterRedirect(eventId == null ? "forum.scheduled" : "forum.saved");
            Faces.redirect("admin/forum?quarter=" + quarter);
        } catch (ForumConflict conflict) {
            messages.error("forum.conflict");
        }
    }

    private static boolean isWebLink(String text) {
        try {
            var uri = new URI(text.strip());
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException notALink) {
            return false;
        }
    }

    public List<Participant> getParticipants() {
        if (participants == null) {
            participants = eventId == null ? List.of()
                    : InIdOrder.sort(participantIds, catalog.participants(eventId), Participant::accountId);
        }
        return participants;
    }

    public void find() {
        currentUser.require(Role.STAFF);
        if (search == null || search.isBlank() || search.strip().length() < 2) {
            messages.fieldError("attendance:search", "forum.search.short");
            found = List.of();
            return;
        }
        found = catalog.searchResidents(eventId, search);
        if (found.isEmpty()) {
            messages.info("forum.search.none");
        }
    }

    public void attended(long accountId) {
        currentUser.require(Role.STAFF);
        if (!participantIds.contains(accountId) && found.stream().noneMatch(p -> p.accountId() == accountId)) {
            return;
        }
        if (!forums.recordAttendance(eventId, accountId, currentUser.requireAccountId())) {
            messages.error("forum.attendance.notYet");
            return;
        }
        messages.infoAfterRedirect("forum.attendance.recorded");
        Faces.redirect("admin/forum?quarter=" + quarter);
    }

    public void notAttended(long accountId) {
        currentUser.require(Role.STAFF);
        if (!participantIds.contains(accountId)) {
            return;
        }
        forums.removeAttendance(eventId, accountId, currentUser.requireAccountId());
        messages.infoAfterRedirect("forum.attendance.removed");
        Faces.redirect("admin/forum?quarter=" + quarter);
    }

    public boolean isHeld() {
        return eventId != null && form.startsAt(city.zone()) != null && !form.startsAt(city.zone()).isAfter(forums.now());
    }

    public Quarter getQuarter() {
        return quarter;
    }

    public boolean isNew() {
        return eventId == null;
    }

    public EventForm getForm() {
        return form;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<Participant> getFound() {
        return found;
    }
}
