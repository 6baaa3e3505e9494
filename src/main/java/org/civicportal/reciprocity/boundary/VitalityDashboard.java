package org.civicportal.reciprocity.boundary;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.io.Serializable;
import java.util.List;
import org.civicportal.platform.time.CityTime;
import org.civicportal.platform.time.Quarter;
import org.civicportal.platform.web.PageMessages;
import org.civicportal.reciprocity.control.LedgerQuarters;
import org.civicportal.reciprocity.control.VitalityMails;
import org.civicportal.reciprocity.control.VitalityMeasure;
import org.civicportal.reciprocity.control.VitalityMeasures;
import org.civicportal.reciprocity.control.VitalityPrompts;
import org.civicportal.reciprocity.control.VitalityService;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

/**
 * /admin/vitality (staff only): every sign of life and decay with its current value and six-quarter trend,
 * and the four prompts to act, each one click. ?quarter=2026-Q3 shows the signals as of an earlier quarter.
 */
@Named
@ViewScoped
public class VitalityDashboard implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] COLOURS = {"#1d4ed8", "#be123c"};

    @Inject
    VitalityMeasures measures;

    @Inject
    VitalityPrompts prompts;

    @Inject
    VitalityService service;

    @Inject
    VitalityMails mails;

    @Inject
    CityTime city;

    @Inject
    LedgerQuarters ledgerQuarters;

    @Inject
    PageMessages messages;

    private String quarterParam;
    private Quarter quarter;
    private transient List<VitalityMeasure> signals;
    private Long checkInFor;
    private String checkInName;
    private String message;

    /** The quarter asked for: a malformed one, one not begun yet or one before the ledger's first is a 404. */
    public void load() {
        var current = city.currentQuarter();
        if (quarterParam == null || quarterParam.isBlank()) {
            quarter = current;
            return;
        }
        var asked = Quarter.parse(quarterParam);
        if (asked.isEmpty() || asked.get().compareTo(current) > 0
                || asked.get().compareTo(ledgerQuarters.first().orElse(current)) < 0) {
            Faces.responseSendError(404, "No such quarter");
            Faces.responseComplete();
            quarter = current;
            return;
        }
        quarter = asked.get();
    }

    public Quarter getQuarter() {
        if (quarter == null) {
            load();
        }
        return quarter;
    }

    public List<Quarter> getQuarters() {
        return getQuarter().withPrevious(5);
    }

    public List<VitalityMeasure> getSignals() {
        if (signals == null) {
            signals = measures.of(getQuarters());
        }
        return signals;
    }

    /** Chart.js configuration for one signal: a line per series over the six quarters. */
    public String chart(VitalityMeasure measure) {
        var labels = Json.createArrayBuilder();
        getQuarters().forEach(q -> labels.add(q.toString()));
        var datasets = Json.createArrayBuilder();
        for (int i = 0; i < measure.series().size(); i++) {
            var series = measure.series().get(i);
            var data = Json.createArrayBuilder();
            series.points().forEach(p -> {
                if (p.value() == null) {
                    data.addNull();
                } else {
                    data.add(p.value());
                }
            });
            datasets.add(Json.createObjectBuilder()
                    .add("label", messages.text("vitality.series." + measure.key() + "." + series.key()))
                    .add("data", data).add("borderColor", COLOURS[i % COLOURS.length])
                    .add("backgroundColor", COLOURS[i % COLOURS.length]).add("spanGaps", true));
        }
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("min", 0))))
                .build().toString();
    }

    /** A figure in the page's language: whole counts without decimals, others with up to three. */
    public String show(Double value, String unit) {
        if (value == null) {
            return messages.text("vitality.noData");
        }
        var format = java.text.NumberFormat.getNumberInstance(Faces.getLocale());
        format.setMaximumFractionDigits("count".equals(unit) ? 0 : 3);
        return format.format(value) + messages.text("vitality.unit." + unit);
    }

    public boolean isCurrent() {
        return getQuarter().equals(city.currentQuarter());
    }

    public long getInputsWaiting() {
        return prompts.inputsWaiting();
    }

    // Kept in the view (not transient): a row's button must act on the row the staff member saw, also on
    // another node after a failover, not on whatever a fresh read puts at that index.
    private List<VitalityPrompts.UnthankedShift> unthanked;
    private List<VitalityPrompts.UninvitedResident> uninvited;
    private List<VitalityPrompts.QuietGiver> quietGivers;

    public List<VitalityPrompts.UnthankedShift> getUnthanked() {
        if (unthanked == null) {
            unthanked = prompts.unthanked();
        }
        return unthanked;
    }

    public List<VitalityPrompts.UninvitedResident> getUninvited() {
        if (uninvited == null) {
            uninvited = prompts.uninvited();
        }
        return uninvited;
    }

    public List<VitalityPrompts.QuietGiver> getQuietGivers() {
        if (quietGivers == null) {
            measures.of(city.currentQuarter().withPrevious(0)); // the current quarter's quiet givers are fresh
            quietGivers = prompts.quietGivers(city.currentQuarter());
        }
        return quietGivers;
    }

    public void invite(long residentId, long decisionId) {
        var sent = service.invite(residentId, decisionId);
        if (sent) {
            messages.infoAfterRedirect("vitality.invite.sent");
        } else {
            messages.errorAfterRedirect("vitality.invite.already");
        }
        Faces.redirect("admin/vitality");
    }

    /** Opens the check-in editor with the template's draft in the resident's language. */
    public void write(long residentId, String name) {
        checkInFor = residentId;
        checkInName = name;
        message = mails.draft(residentId);
    }

    public void send() {
        var text = message == null ? "" : message.strip();
        if (text.isEmpty()) {
            messages.fieldError("checkin:message", "vitality.checkIn.empty");
            return;
        }
        if (text.length() > VitalityService.CHECK_IN_MAX) {
            messages.fieldError("checkin:message", "vitality.checkIn.tooLong", VitalityService.CHECK_IN_MAX);
            return;
        }
        var sent = service.checkIn(checkInFor, text);
        if (sent) {
            messages.infoAfterRedirect("vitality.checkIn.sent", checkInName);
        } else {
            messages.errorAfterRedirect("vitality.checkIn.already");
        }
        Faces.redirect("admin/vitality");
    }

    public void cancel() {
        checkInFor = null;
        message = null;
    }

    public Long getCheckInFor() {
        return checkInFor;
    }

    public String getCheckInName() {
        return checkInName;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getQuarterParam() {
        return quarterParam;
    }

    public void setQuarterParam(String quarterParam) {
        this.quarterParam = quarterParam;
    }

    public int getCheckInMax() {
        return VitalityService.CHECK_IN_MAX;
    }
}
