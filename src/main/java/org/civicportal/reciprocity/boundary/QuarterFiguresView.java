package org.civicportal.reciprocity.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.LongUnaryOperator;
import org.civicportal.platform.i18n.Language;
import org.civicportal.platform.i18n.Texts;
import org.civicportal.reciprocity.control.QuarterReport;
import org.civicportal.reciprocity.control.QuarterReport.Amounts;
import org.civicportal.reciprocity.control.QuarterReport.QuarterTotals;
import org.civicportal.reciprocity.entity.LedgerKind;

/**
 * A quarter's report as the fragment reads it: rows with names in the visitor's language, and each chart's
 * Chart.js configuration built from the same rows as the table beside it, so the two cannot disagree.
 */
public class QuarterFiguresView {

    /** Residents' side first, then the city's: the order of every table and chart. */
    public static final List<LedgerKind> RESIDENTS_GAVE = List.of(LedgerKind.INPUT, LedgerKind.VOLUNTEER_HOURS,
            LedgerKind.FORUM_PARTICIPATION);
    public static final List<LedgerKind> CITY_GAVE = List.of(LedgerKind.ANSWER, LedgerKind.CREDIT, LedgerKind.DELIVERY,
            LedgerKind.RECOGNITION);

    /** Colours with at least 3:1 contrast against white (WCAG 1.4.11, non-text contrast). */
    private static final String[] COLOURS = {"#1f5f99", "#b3541e", "#2e7d32", "#6a1b9a", "#ad1457", "#00695c",
        "#5d4037"};

    private final QuarterReport report;
    private final Language language;

    /** Rows of question 2, with the district's open tasks (counted by the volunteer feature). */
    public record InvitationRow(String district, long districtId, long deliveries, long volunteerShifts, long openTasks) {
    }

    public record UnansweredRow(String district, long districtId, String topic, long topicId, long inputs,
            String since) {
    }

    public record AreaRow(String name, long id, Amounts amounts) {
    }

    public record UnthankedRow(String district, long signups, BigDecimal hours) {
    }

    private final List<InvitationRow> invitations;

    QuarterFiguresView(QuarterReport report, Language language, LongUnaryOperator openTasks) {
        this.report = report;
        this.language = language;
        this.invitations = report.invitations().stream().map(i -> new InvitationRow(i.district().name(language),
                i.district().id(), i.deliveries(), i.volunteerShifts(), openTasks.applyAsLong(i.district().id()))).toList();
    }

    public QuarterReport getReport() {
        return report;
    }

    public QuarterTotals getCurrent() {
        return report.current();
    }

    public List<QuarterTotals> getQuarters() {
        return report.quarters();
    }

    public List<LedgerKind> getResidentKinds() {
        return RESIDENTS_GAVE;
    }

    public List<LedgerKind> getCityKinds() {
        return CITY_GAVE;
    }

    public List<AreaRow> getByDistrict() {
        return report.byDistrict().stream().map(a -> new AreaRow(a.area().name(language), a.area().id(), a.amounts()))
                .toList();
    }

    public List<AreaRow> getByTopic() {
        return report.byTopic().stream().map(a -> new AreaRow(topicName(a.area()), a.area().id(), a.amounts()))
                .toList();
    }

    public List<UnansweredRow> getUnanswered() {
        return report.unanswered().stream().map(u -> new UnansweredRow(u.district().name(language), u.district().id(),
                topicName(u.topic()), u.topic().id(), u.inputs(), u.since().toString())).toList();
    }

    public List<UnthankedRow> getUnthanked() {
        return report.unthanked().byDistrict().stream().map(u -> new UnthankedRow(u.district().name(language),
                u.signups(), u.hours())).toList();
    }

    public List<InvitationRow> getInvitations() {
        return invitations;
    }

    /** Both ways over the five quarters: what residents gave (counts and hours). */
    public String getResidentsChart() {
        return quartersChart(RESIDENTS_GAVE);
    }

    /** The city's side over the five quarters. */
    public String getCityChart() {
        return quartersChart(CITY_GAVE);
    }

    /** The quarter by district: acts given by residents (inputs, forum participation) and by the city. */
    public String getDistrictChart() {
        var labels = Json.createArrayBuilder();
        var residents = Json.createArrayBuilder();
        var city = Json.createArrayBuilder();
        for (var row : getByDistrict()) {
            labels.add(row.name());
            residents.add(row.amounts().residentActs());
            city.add(row.amounts().cityActs());
        }
        var datasets = Json.createArrayBuilder()
                .add(dataset(text("figures.chart.residentActs"), residents, 0))
                .add(dataset(text("figures.chart.cityActs"), city, 1));
        return config(labels, datasets);
    }

    private String quartersChart(List<LedgerKind> kinds) {
        var labels = Json.createArrayBuilder();
        report.quarters().forEach(q -> labels.add(q.quarter().toString()));
        var datasets = Json.createArrayBuilder();
        int colour = 0;
        for (var kind : kinds) {
            var data = Json.createArrayBuilder();
            report.quarters().forEach(q -> data.add(q.amounts().of(kind)));
            datasets.add(dataset(kindName(kind), data, colour++));
        }
        return config(labels, datasets);
    }

    public String kindName(LedgerKind kind) {
        return text("figures.kind." + kind.name());
    }

    private String topicName(QuarterReport.Area topic) {
        return topic.id() == 0 ? text("figures.noTopic") : topic.name(language);
    }

    private String text(String key) {
        return Texts.get(language, key);
    }

    private static jakarta.json.JsonObjectBuilder dataset(String label, JsonArrayBuilder data, int colour) {
        var color = COLOURS[colour % COLOURS.length];
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", color)
                .add("borderColor", color);
    }

    /**
     * A Chart.js bar chart. Text from the database (district names) is escaped for JSON by jakarta.json, and "<"
     * becomes \u003c so nothing in a name can end the script element PrimeFaces writes the configuration into.
     */
    private static String config(JsonArrayBuilder labels, JsonArrayBuilder datasets) {
        var json = Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
        return json.replace("<", "\\u003c");
    }
}
