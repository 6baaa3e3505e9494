package org.civicportal.forum.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicportal.forum.control.ForumCatalog;
import org.civicportal.forum.control.ForumCatalog.AnswerRow;
import org.civicportal.forum.control.ForumReminderJob;
import org.civicportal.forum.control.ForumService;
import org.civicportal.forum.entity.ForumEvent;
import org.civicportal.input.entity.ReportReason;
import org.civicportal.platform.i18n.LocaleSelection;
import org.civicportal.platform.security.Role;
import org.civicportal.platform.time.CityTime;
import org.civicportal.platform.time.Quarter;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.PageMessages;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/**
 * /forums/{yyyy}-Q{n}: the quarter's forum (when, where, RSVPs, minutes), the figures' and commitments' slots,
 * and written participation. Request-scoped like the task page: visitors read it without a session; the
 * forms of signed-in residents post back to the same address and end in a redirect.
 */
@Named
@RequestScoped
public class ForumPage {

    /** The id of each answer's report button (and the end of the name it posts). */
    private static final String REPORT_BUTTON = "report-button";

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
    LocaleSelection locale;

    @Inject
    @Param(name = "quarter")
    String quarterText;

    private Quarter quarter;
    private Optional<ForumEvent> event;
    private Long going;
    private Optional<Boolean> myRsvp;
    private Optional<AnswerRow> mine;
    private List<AnswerRow> answers;
    private final AnswerForm form = new AnswerForm();
    private final Map<Long, ReportReason> reportReasons = new HashMap<>();

    @PostConstruct
    void load() {
        quarter = Quarter.parse(quarterText).filter(catalog::hasPage).orElse(null);
        if (quarter != null && !Faces.isPostback()) {
            getMine().ifPresent(m -> form.fill(m.unreturned(), m.unreciprocated(), m.rebalance()));
        }
    }

    /** Before rendering: a malformed quarter, or one outside first..current, is a 404 with the friendly page. */
    public void requireQuarter() {
        if (quarter == null) {
            Faces.responseSendError(404, "No forum page for this quarter");
        }
    }

    public Quarter getQuarter() {
        return quarter;
    }

    public ForumEvent getEvent() {
        if (event == null) {
            event = quarter == null ? Optional.empty() : forums.event(quarter);
        }
        return event.orElse(null);
    }

    public long getGoing() {
        if (going == null) {
            going = getEvent() == null ? 0 : catalog.summary(quarter).map(s -> s.going()).orElse(0L);
        }
        return going;
    }

    public boolean isHeld() {
        return getEvent() != null && getEvent().hasStarted(forums.now());
    }

    /** RSVPs are open until the forum starts. */
    public boolean isOpen() {
        return getEvent() != null && !isHeld();
    }

    /** Written participation is for the current quarter, before or after its forum. */
    public boolean isWritable() {
        return quarter != null && quarter.equals(city.currentQuarter());
    }

    /** My RSVP: true going, false not going, null when I have not said. */
    public Boolean getMyRsvp() {
        if (myRsvp == null) {
            myRsvp = getEvent() == null ? Optional.empty()
                    : currentUser.accountId().flatMap(me -> catalog.rsvpOf(getEvent().getId(), me));
        }
        return myRsvp.orElse(null);
    }

    /** What the reminder will do for me, as the reminder job really sends it. */
    public String getReminderKey() {
        if (!Boolean.TRUE.equals(getMyRsvp()) || !isOpen()) {
            return null;
        }
        var remindFrom = getEvent().getStartsAt().minus(ForumReminderJob.AHEAD);
        return remindFrom.isAfter(forums.now()) ? "forum.reminder.dayBefore" : "forum.reminder.soon";
    }

    public Optional<AnswerRow> getMine() {
        if (mine == null) {
            mine = quarter == null ? Optional.empty()
                    : currentUser.accountId().flatMap(me -> catalog.mine(quarter, me));
        }
        return mine;
    }

    public AnswerRow getMyAnswer() {
        return getMine().orElse(null);
    }

    /** Whether moderators took my answers off the public page. */
    public boolean isMyAnswerHidden() {
        return getMine().map(AnswerRow::hidden).orElse(false);
    }

    public List<AnswerRow> getAnswers() {
        if (answers == null) {
            answers = quarter == null ? List.of() : catalog.published(quarter, locale.language());
        }
        return answers;
    }

    public void goingYes() {
        rsvp(true);
    }

    public void goingNo() {
        rsvp(false);
    }

    private void rsvp(boolean yes) {
        currentUser.require(Role.RESIDENT);
        if (getEvent() == null || !forums.rsvp(getEvent().getId(), currentUser.requireAccountId(), yes)) {
            back("forum.rsvp.closed");
            return;
        }
        back(yes ? "forum.rsvp.going" : "forum.rsvp.notGoing");
    }

    public void saveAnswer() {
        currentUser.require(Role.RESIDENT);
        if (!isWritable()) {
            back("forum.answer.closed");
            return;
        }
        if (form.isEmpty()) {
            messages.fieldError("answer:unreturned", "forum.answer.empty");
            return;
        }
        boolean first = getMine().isEmpty();
        forums.write(quarter, currentUser.requireAccountId(), form.answer());
        back(first ? "forum.answer.published" : "forum.answer.saved");
    }

    /**
     * The report button of one answer. The answer is the one its row showed (the row's own hidden field), not the
     * row's index in the list read again now: an answer above may have been hidden meanwhile. The service checks
     * it is a published answer of this quarter.
     */
    public void report() {
        currentUser.require(Role.RESIDENT);
        var params = Faces.getRequestParameterMap();
        var row = params.keySet().stream().filter(name -> name.endsWith(":" + REPORT_BUTTON)).findFirst()
                .map(name -> name.substring(0, name.length() - REPORT_BUTTON.length()));
        var answerId = row.map(prefix -> params.get(prefix + "answer")).flatMap(ForumPage::parseId);
        var reason = row.map(prefix -> params.get(prefix + "reason")).flatMap(ForumPage::parseReason)
                .orElse(ReportReason.OFF_TOPIC);
        back(answerId.isPresent() && forums.report(quarter, answerId.get(), currentUser.requireAccountId(), reason)
                ? "forum.report.thanks" : "forum.report.already");
    }

    private static Optional<Long> parseId(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    private static Optional<ReportReason> parseReason(String text) {
        return java.util.Arrays.stream(ReportReason.values()).filter(r -> r.name().equals(text)).findFirst();
    }

    private void back(String key) {
        messages.infoAfterRedirect(key);
        Faces.redirect("forums/" + quarter);
    }

    public AnswerForm getForm() {
        return form;
    }

    public Map<Long, ReportReason> getReportReasons() {
        return reportReasons;
    }

    public ReportReason[] getAllReportReasons() {
        return ReportReason.values();
    }

    public boolean isMine(AnswerRow row) {
        return getMine().map(m -> m.id() == row.id()).orElse(false);
    }
}
