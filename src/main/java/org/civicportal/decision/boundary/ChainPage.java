package org.civicportal.decision.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.civicportal.decision.control.ChainEvent;
import org.civicportal.decision.control.ChainStory;
import org.civicportal.decision.control.ChainTimeline;
import org.civicportal.decision.control.CreditView;
import org.civicportal.decision.control.DecisionService;
import org.civicportal.decision.control.UpdateView;
import org.civicportal.decision.control.VersionRow;
import org.civicportal.decision.control.VersionView;
import org.civicportal.decision.entity.Decision;
import org.civicportal.platform.i18n.LocaleSelection;
import org.civicportal.platform.reference.control.ReferenceData;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.Dates;
import org.civicportal.platform.web.PageMessages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * /decisions/{id}, the chain page: the inputs that shaped a decision and how, the decision, its
 * implementation and updates, one chronological history and the public version history. Signed-in people
 * follow or unfollow the chain here.
 *
 * <p>Request-scoped, not view-scoped: visitors read this page without an HTTP session (a view scope lives in
 * one). Its actions post back to the same address, carry the id again and end in a redirect, so nothing has to
 * outlive the request.
 */
@Named
@RequestScoped
public class ChainPage {

    private static final int SHOWN_VALUE = 300;
    /** A chain page stays one page however long the chain runs. */
    private static final int SHOWN_UPDATES = 100;
    private static final int SHOWN_CHANGES = 300;

    @Inject
    DecisionService decisions;

    @Inject
    ReferenceData references;

    @Inject
    LocaleSelection locale;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    Dates dates;

    @Inject
    @Param(name = "id")
    Long id;

    /** What other features add to the whole story (volunteering: shifts held, hours, thanks). */
    @Inject
    @Any
    Instance<ChainStory> stories;

    private Decision decision;
    private List<CreditView> credits;
    private List<UpdateView> updates;
    private List<VersionRow> versionRows;
    private Boolean following;
    private List<ChainEvent> timeline;
    private List<VersionView> versions;
    private List<TimelineLine> timelineLines;
    private List<UpdateLine> updateLines;
    private List<VersionLine> versionLines;

    /*
     * The rows below are written out once, here, in the reader's language: the page then reads one property a
     * row instead of a message format, a date format and several lookups of other beans for each (where a
     * signed-in render's time went, docs/benchmarks.md).
     */

    /** One moment of the history as the page shows it: its kind (the row's class), when, and the sentence. */
    public record TimelineLine(String kind, String when, String sentence) {
    }

    /** An update with its byline ("date, official") and its reported progress, if any, as sentences. */
    public record UpdateLine(UpdateView update, String byline, String progress) {
    }

    /** A revision with its byline ("Revision n: date, official"). */
    public record VersionLine(VersionView version, String byline) {
    }

    /** Before rendering: an unknown id is a 404, with the friendly page. */
    public void requireDecision() {
        if (getDecision() == null) {
            Faces.responseSendError(404, "No such decision");
        }
    }

    public Decision getDecision() {
        if (decision == null && id != null) {
            decision = decisions.find(id).orElse(null);
        }
        return decision;
    }

    public List<CreditView> getCredits() {
        if (credits == null) {
            credits = decisions.credits(id);
        }
        return credits;
    }

    public List<UpdateView> getUpdates() {
        if (updates == null) {
            updates = decisions.updates(id, SHOWN_UPDATES);
        }
        return updates;
    }

    public List<ChainEvent> getTimeline() {
        if (timeline == null) {
            var contributed = stories.stream().flatMap(story -> story.eventsOf(id, locale.language()).stream()).toList();
            timeline = ChainTimeline.of(getDecision(), getCredits(), getUpdates(), versionRows(), contributed);
        }
        return timeline;
    }

    public List<TimelineLine> getTimelineLines() {
        if (timelineLines == null) {
            timelineLines = getTimeline().stream().map(event -> new TimelineLine(event.kind().name(),
                    event.dateOnly() ? dates.date(event.at()) : dates.dateTime(event.at()),
                    messages.text("chain.event." + event.kind().name(), subject(event)))).toList();
        }
        return timelineLines;
    }

    private String subject(ChainEvent event) {
        if (event.kind() == ChainEvent.Kind.STATUS) {
            return messages.text("implStatus." + event.subject());
        }
        return event.subject() == null || event.subject().isEmpty() ? messages.text("chain.event.hiddenInput")
                : event.subject();
    }

    public List<UpdateLine> getUpdateLines() {
        if (updateLines == null) {
            updateLines = getUpdates().stream().map(update -> new UpdateLine(update,
                    messages.text("chain.updates.byline", dates.dateTime(update.createdAt()), update.author()),
                    update.progress() == null ? null : messages.text("chain.updates.progress", update.progress())))
                    .toList();
        }
        return updateLines;
    }

    public List<VersionLine> getVersionLines() {
        if (versionLines == null) {
            versionLines = getVersions().stream().map(version -> new VersionLine(version,
                    messages.text("chain.versions.revision", version.revision(), dates.dateTime(version.at()),
                            version.by()))).toList();
        }
        return versionLines;
    }

    /** The public version history, newest revision first, with readable values. */
    public List<VersionView> getVersions() {
        if (versions != null) {
            return versions;
        }
        var byRevision = versionRows().stream().collect(Collectors.groupingBy(VersionRow::revision,
                LinkedHashMap::new, Collectors.toList()));
        var views = new ArrayList<VersionView>();
        byRevision.forEach((revision, rows) -> views.add(new VersionView(revision,
                rows.get(0).changedBy(), rows.get(0).changedAt(),
                rows.stream().map(r -> new VersionView.Change(r.field(), readable(r.field(), r.oldValue()),
                        readable(r.field(), r.newValue()))).toList())));
        versions = views;
        return versions;
    }

    private List<VersionRow> versionRows() {
        if (versionRows == null) {
            versionRows = decisions.versions(id, SHOWN_CHANGES);
        }
        return versionRows;
    }

    private String readable(String field, String value) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case "status" -> messages.text("implStatus." + value);
            case "topic" -> references.topics().stream().filter(t -> t.getCode().equals(value)).findFirst()
                    .map(t -> t.name(locale.language())).orElse(value);
            case "district" -> references.districts().stream().filter(d -> d.getCode().equals(value)).findFirst()
                    .map(d -> d.name(locale.language())).orElse(value);
            case "credit" -> creditedTitle(value);
            default -> value.length() <= SHOWN_VALUE ? value : value.substring(0, SHOWN_VALUE - 1) + "…";
        };
    }

    /** A credit names its input by title (already read for the page), not by its number. */
    private String creditedTitle(String inputId) {
        return getCredits().stream().filter(c -> String.valueOf(c.inputId()).equals(inputId)).findFirst()
                .map(c -> c.hidden() ? messages.text("chain.event.hiddenInput")
                        : messages.text("chain.version.creditTitle", c.title()))
                .orElseGet(() -> messages.text("chain.version.creditValue", inputId));
    }

    public boolean isFollowing() {
        if (following == null) {
            following = currentUser.accountId().map(me -> decisions.follows(id, me)).orElse(false);
        }
        return following;
    }

    public void follow() {
        setFollowing(true, "chain.followed");
    }

    public void unfollow() {
        setFollowing(false, "chain.unfollowed");
    }

    private void setFollowing(boolean follow, String messageKey) {
        decisions.follow(id, currentUser.requireAccountId(), follow);
        messages.infoAfterRedirect(messageKey);
        Faces.redirect("decisions/" + id);
    }
}
