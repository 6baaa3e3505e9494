package org.civicportal.volunteer.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.civicportal.platform.persistence.InIdOrder;
import org.civicportal.platform.security.Role;
import org.civicportal.platform.text.PlainText;
import org.civicportal.platform.text.SafeCell;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.FormFields;
import org.civicportal.platform.web.PageMessages;
import org.civicportal.volunteer.control.VolunteerService;
import org.civicportal.volunteer.entity.Attendance;
import org.civicportal.volunteer.entity.Signup;
import org.civicportal.volunteer.entity.Task;
import org.omnifaces.cdi.Param;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

/**
 * /admin/roster?id=N: who signed up and who waits, as a page and as CSV; after the shift, attendance and
 * hours (the shift's length unless changed) and a thank-you for each volunteer.
 */
@Named
@ViewScoped
public class Roster implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_THANKS = 500;

    @Inject
    VolunteerService volunteers;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    @Param(name = "id")
    Long id;

    private static final String DRAFT_ATTENDANCE = "roster.attendance";
    private static final String DRAFT_HOURS = "roster.hours";
    private static final String DRAFT_THANKS = "roster.thanks";

    private transient Task task;
    /**
     * The rows as first shown: the list is one form, and a postback must find the same person at the same
     * row. Their ids are kept (serialisable, for another node); the entities are re-read in that order.
     */
    private List<Long> rowIds;
    private transient List<Signup> rows;
    private final Map<Long, Attendance> attendance = new HashMap<>();
    /** As typed: checked only for the row whose button is pressed, so another row's typing never blocks it. */
    private final Map<Long, String> hours = new HashMap<>();
    private final Map<Long, String> thanks = new HashMap<>();

    @PostConstruct
    void load() {
        currentUser.require(Role.OFFICIAL);
        task = id == null ? null : volunteers.find(id).orElse(null);
        if (task == null) {
            rowIds = List.of();
            return;
        }
        rows = volunteers.roster(id);
        rowIds = rows.stream().map(Signup::getId).toList();
        for (var row : rows) {
            attendance.put(row.getId(), row.getAttendance() == null ? Attendance.ATTENDED : row.getAttendance());
            hours.put(row.getId(), (row.getHours() == null ? task.shiftHours() : row.getHours()).toPlainString());
        }
        FormFields.restoreDrafts(DRAFT_ATTENDANCE, attendance);
        FormFields.restoreDrafts(DRAFT_HOURS, hours);
        FormFields.restoreDrafts(DRAFT_THANKS, thanks);
    }

    public Task getTask() {
        if (task == null && id != null) {
            task = volunteers.find(id).orElse(null);
        }
        return task;
    }

    /** Before rendering: an unknown task is a 404, with the friendly page. */
    public void requireTask() {
        if (getTask() == null) {
            Faces.responseSendError(404, "No such task");
        }
    }

    public List<Signup> getRows() {
        if (rows == null) {
            var current = volunteers.roster(id);
            rows = InIdOrder.sort(rowIds, current, Signup::getId);
        }
        return rows;
    }

    public void record(long signupId) {
        currentUser.require(Role.OFFICIAL);
        if (!isNamed(signupId)) {
            return;
        }
        if (!isStarted()) {
            messages.error("roster.notYet");
            return;
        }
        var given = parseHours(hours.get(signupId));
        if (attendance.get(signupId) == Attendance.ATTENDED
                && (given == null || given.signum() <= 0 || given.compareTo(BigDecimal.valueOf(24)) > 0)) {
            messages.fieldError(FormFields.besidePressed("hours"), "roster.hours.range");
            return;
        }
        volunteers.record(signupId, currentUser.requireAccountId(), attendance.get(signupId), given);
        done(signupId, "roster.recorded");
    }

    public void thank(long signupId) {
        currentUser.require(Role.OFFICIAL);
        if (!isNamed(signupId)) {
            return;
        }
        var text = FormFields.rowText(messages, "thanks", thanks, signupId, PlainText.Lines.MANY, MAX_THANKS,
                "roster.thanks.required");
        if (text.isEmpty()) {
            return;
        }
        if (!volunteers.thank(signupId, currentUser.requireAccountId(), text.get())) {
            messages.errorAfterRedirect("roster.alreadyThanked");
            done(signupId, null);
            return;
        }
        done(signupId, "roster.thanked");
    }

    /** The roster as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read accents right). */
    public void exportCsv() throws IOException {
        currentUser.require(Role.OFFICIAL);
        var out = new StringWriter();
        out.write('\uFEFF');
        // Every cell quoted: a spreadsheet that splits on another separator still sees one text cell.
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL).setHeader(messages.text("roster.csv.name"),
                messages.text("roster.csv.email"), messages.text("roster.csv.status"),
                messages.text("roster.csv.signedUp"), messages.text("roster.csv.attendance"),
                messages.text("roster.csv.hours")).get())) {
            for (var row : volunteers.roster(id)) {
                var account = row.getAccount();
                csv.printRecord(account == null ? messages.text("roster.formerResident") : SafeCell.of(account.getDisplayName()),
                        account == null ? "" : SafeCell.of(account.getEmail()),
                        messages.text("signup." + row.getStatus()), row.getCreatedAt(),
                        row.getAttendance() == null ? "" : messages.text("attendance." + row.getAttendance()),
                        row.getHours() == null ? "" : row.getHours().toPlainString());
            }
        }
        Faces.sendFile(out.toString().getBytes(StandardCharsets.UTF_8), "roster-task-" + id + ".csv", true);
    }

    /**
     * A row of this roster that still has its volunteer: an erased one's (a "former resident") keeps its
     * attendance and hours as they were, and is no one's to record or thank. Read afresh: the view's rows may
     * predate the erasure (a page left open, its form posted after).
     */
    private boolean isNamed(long signupId) {
        rows = null;
        return rowIds.contains(signupId)
                && getRows().stream().anyMatch(row -> row.getId() == signupId && row.getAccount() != null);
    }

    /** Attendance is recorded once the shift has started. */
    public boolean isStarted() {
        return getTask() != null && getTask().hasStarted(volunteers.now());
    }

    /** "1.5" or "1,5" (a Spanish keyboard); null when it is no number at all. */
    private static BigDecimal parseHours(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(typed.strip().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private void done(long signupId, String key) {
        if (key != null) {
            messages.infoAfterRedirect(key);
        }
        FormFields.keepDrafts(DRAFT_ATTENDANCE, attendance, signupId);
        FormFields.keepDrafts(DRAFT_HOURS, hours, signupId);
        FormFields.keepDrafts(DRAFT_THANKS, thanks, signupId);
        Faces.redirect("admin/roster?id=" + id);
    }

    public Attendance[] getAttendances() {
        return Attendance.values();
    }

    public Map<Long, Attendance> getAttendance() {
        return attendance;
    }

    public Map<Long, String> getHours() {
        return hours;
    }

    public int getMaxThanks() {
        return MAX_THANKS;
    }

    public Map<Long, String> getThanks() {
        return thanks;
    }
}
