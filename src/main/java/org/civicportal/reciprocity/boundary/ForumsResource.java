package org.civicportal.reciprocity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.civicportal.forum.control.CommitmentCatalog;
import org.civicportal.forum.control.CommitmentView;
import org.civicportal.forum.control.ForumCatalog;
import org.civicportal.platform.config.PortalSettings;
import org.civicportal.platform.time.CityTime;
import org.civicportal.platform.time.Quarter;
import org.civicportal.reciprocity.control.QuarterFigures;
import org.civicportal.reciprocity.control.QuarterReport;
import org.civicportal.reciprocity.control.QuarterReport.Amounts;
import org.civicportal.reciprocity.control.QuarterReport.AreaTotals;
import org.civicportal.reciprocity.entity.LedgerKind;
import org.civicportal.volunteer.control.TaskCatalog;
import org.civicportal.volunteer.control.TaskFilter;

/**
 * Open data of the quarterly forums: GET /api/v1/forums (every quarter with a page, newest first),
 * /api/v1/forums/{yyyy}-Q{n} (its figures both ways, rates, the three questions and the commitments, as JSON) and
 * /api/v1/forums/{yyyy}-Q{n}.csv (the same figures, one row per figure and district or topic, RFC 4180).
 * Aggregates only: no resident is named; commitments name a department or role. A malformed quarter is a 400,
 * a quarter without a page a 404 (problem details).
 */
@Path("forums")
@RequestScoped
public class ForumsResource {

    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    QuarterFigures figures;

    @Inject
    CommitmentCatalog commitments;

    @Inject
    ForumCatalog forums;

    @Inject
    CityTime cityTime;

    @Inject
    TaskCatalog tasks;

    @Inject
    PortalSettings settings;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject list() {
        var items = Json.createArrayBuilder();
        var quarters = quarters();
        for (int i = quarters.size() - 1; i >= 0; i--) {
            var q = quarters.get(i);
            items.add(Json.createObjectBuilder().add("quarter", q.toString()).add("url", pageUrl(q))
                    .add("apiUrl", apiUrl(q)).add("csvUrl", apiUrl(q) + ".csv"));
        }
        return Json.createObjectBuilder().add("items", items).build();
    }

    @GET
    @Path("{quarter: [^/.]+}")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject quarter(@PathParam("quarter") String text) {
        var quarter = known(text);
        var report = figures.report(quarter);
        var current = report.current();
        var json = Json.createObjectBuilder().add("quarter", quarter.toString()).add("url", pageUrl(quarter))
                .add("csvUrl", apiUrl(quarter) + ".csv")
                .add("residentsGave", side(report, QuarterFiguresView.RESIDENTS_GAVE))
                .add("cityGave", side(report, QuarterFiguresView.CITY_GAVE))
                .add("rates", rates(current))
                .add("comparison", comparison(report))
                .add("questions", Json.createObjectBuilder()
                        .add("givenWithoutReturn", givenWithoutReturn(report))
                        .add("receivedWithoutGivingBack", receivedWithoutGivingBack(report))
                        .add("rebalancing", commitments(quarter)));
        return json.build();
    }

    @GET
    @Path("{quarter: [^/.]+}.csv")
    @Produces(CSV)
    public Response csv(@PathParam("quarter") String text) {
        var quarter = known(text);
        var report = figures.report(quarter);
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("quarter", "section", "figure", "district", "topic", "value").get())) {
            String q = quarter.toString();
            for (var t : report.quarters()) {
                for (var kind : LedgerKind.values()) {
                    csv.printRecord(t.quarter(), section(kind), figure(kind), "", "", plain(t.amounts().of(kind)));
                }
                csv.printRecord(t.quarter(), "rates", "answerRatePercent", "", "", t.answerRate().map(String::valueOf).orElse(""));
                csv.printRecord(t.quarter(), "rates", "creditRatePercent", "", "", t.creditRate().map(String::valueOf).orElse(""));
                csv.printRecord(t.quarter(), "rates", "medianDaysToAnswer", "", "", t.medianDaysToAnswer().map(ForumsResource::plain).orElse(""));
                csv.printRecord(t.quarter(), "rates", "p90DaysToAnswer", "", "", t.p90DaysToAnswer().map(ForumsResource::plain).orElse(""));
            }
            for (var row : report.byDistrict()) {
                for (var kind : LedgerKind.values()) {
                    csv.printRecord(q, section(kind), figure(kind), row.area().code(), "", plain(row.amounts().of(kind)));
                }
            }
            for (var row : report.byTopic()) {
                for (var kind : LedgerKind.values()) {
                    csv.printRecord(q, section(kind), figure(kind), "", row.area().code(), plain(row.amounts().of(kind)));
                }
            }
            for (var u : report.unanswered()) {
                csv.printRecord(q, "givenWithoutReturn", "unansweredInputs", u.district().code(), u.topic().code(), u.inputs());
            }
            for (var u : report.unthanked().byDistrict()) {
                csv.printRecord(q, "givenWithoutReturn", "unthankedHours", u.district().code(), "", plain(u.hours()));
            }
            for (var i : report.invitations()) {
                csv.printRecord(q, "receivedWithoutGivingBack", "deliveries", i.district().code(), "", i.deliveries());
                csv.printRecord(q, "receivedWithoutGivingBack", "volunteerShifts", i.district().code(), "", i.volunteerShifts());
            }
            var shown = commitments.of(quarter);
            csv.printRecord(q, "rebalancing", "lastQuarterCommitments", "", "", shown.lastQuarters().size());
            csv.printRecord(q, "rebalancing", "overdueCommitments", "", "",
                    shown.overdue().size() + shown.lastQuarters().stream().filter(CommitmentView::overdue).count());
            csv.printRecord(q, "rebalancing", "thisQuarterCommitments", "", "", shown.thisQuarters().size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toString(), CSV)
                .header("Content-Disposition", "attachment; filename=\"civic-portal-forum-" + quarter + ".csv\"").build();
    }

    /** Every quarter with a page, oldest first: the same quarters as /forums. */
    List<Quarter> quarters() {
        return cityTime.currentQuarter().since(forums.firstQuarter());
    }

    private Quarter known(String text) {
        var quarter = Quarter.parse(text).orElseThrow(() -> new BadRequestException(
                "A quarter is written like 2026-Q4 (the year, -Q and the quarter's number, 1 to 4)."));
        var all = quarters();
        if (quarter.compareTo(all.get(0)) < 0 || quarter.compareTo(all.get(all.size() - 1)) > 0) {
            throw new NotFoundException("There is no forum page for " + quarter + ": the quarters run from "
                    + all.get(0) + " to " + all.get(all.size() - 1) + " (see /api/v1/forums).");
        }
        return quarter;
    }

    private static JsonObjectBuilder side(QuarterReport report, List<LedgerKind> kinds) {
        return Json.createObjectBuilder().add("total", amounts(report.current().amounts(), kinds))
                .add("byDistrict", areas(report.byDistrict(), kinds, "district"))
                .add("byTopic", areas(report.byTopic(), kinds, "topic"));
    }

    private static JsonArrayBuilder areas(List<AreaTotals> rows, List<LedgerKind> kinds, String name) {
        var array = Json.createArrayBuilder();
        for (var row : rows) {
            array.add(amounts(row.amounts(), kinds).add(name, row.area().code()).add("name", row.area().nameEn()));
        }
        return array;
    }

    private static JsonObjectBuilder amounts(Amounts amounts, List<LedgerKind> kinds) {
        var json = Json.createObjectBuilder();
        kinds.forEach(kind -> json.add(figure(kind), amounts.of(kind)));
        return json;
    }

    private static JsonObjectBuilder rates(QuarterReport.QuarterTotals totals) {
        var json = Json.createObjectBuilder();
        optional(json, "answerRatePercent", totals.answerRate().map(BigDecimal::valueOf));
        optional(json, "creditRatePercent", totals.creditRate().map(BigDecimal::valueOf));
        optional(json, "medianDaysToAnswer", totals.medianDaysToAnswer());
        optional(json, "p90DaysToAnswer", totals.p90DaysToAnswer());
        return json;
    }

    private static JsonArrayBuilder comparison(QuarterReport report) {
        var array = Json.createArrayBuilder();
        for (var t : report.quarters()) {
            array.add(Json.createObjectBuilder().add("quarter", t.quarter().toString())
                    .add("residentsGave", amounts(t.amounts(), QuarterFiguresView.RESIDENTS_GAVE))
                    .add("cityGave", amounts(t.amounts(), QuarterFiguresView.CITY_GAVE)).add("rates", rates(t)));
        }
        return array;
    }

    private static JsonObjectBuilder givenWithoutReturn(QuarterReport report) {
        var unanswered = Json.createArrayBuilder();
        report.unanswered().forEach(u -> unanswered.add(Json.createObjectBuilder().add("district", u.district().code())
                .add("topic", u.topic().code()).add("inputs", u.inputs()).add("oldestFrom", u.since().toString())));
        var unthanked = Json.createArrayBuilder();
        report.unthanked().byDistrict().forEach(u -> unthanked.add(Json.createObjectBuilder()
                .add("district", u.district().code()).add("signups", u.signups()).add("hours", u.hours())));
        return Json.createObjectBuilder().add("unansweredInputs", unanswered)
                .add("unthankedHours", Json.createObjectBuilder().add("signups", report.unthanked().signups())
                        .add("hours", report.unthanked().hours()).add("byDistrict", unthanked));
    }

    private JsonArrayBuilder receivedWithoutGivingBack(QuarterReport report) {
        var array = Json.createArrayBuilder();
        for (var i : report.invitations()) {
            array.add(Json.createObjectBuilder().add("district", i.district().code()).add("deliveries", i.deliveries())
                    .add("volunteerShifts", i.volunteerShifts()).add("openTasks",
                            tasks.countUpcoming(new TaskFilter(i.district().id(), null, null, true)).value())
                    .add("tasksUrl", root() + "tasks?district=" + i.district().id() + "&places=true"));
        }
        return array;
    }

    private JsonObjectBuilder commitments(Quarter quarter) {
        var shown = commitments.of(quarter);
        return Json.createObjectBuilder().add("lastQuarter", commitmentList(shown.lastQuarters()))
                .add("overdue", commitmentList(shown.overdue())).add("thisQuarter", commitmentList(shown.thisQuarters()));
    }

    private static JsonArrayBuilder commitmentList(List<CommitmentView> list) {
        var array = Json.createArrayBuilder();
        for (var c : list) {
            var json = Json.createObjectBuilder().add("id", c.id()).add("text", c.text()).add("owner", c.owner())
                    .add("madeIn", c.made().toString()).add("dueIn", c.due().toString())
                    .add("status", c.status().name()).add("overdue", c.overdue());
            if (c.outcome() != null) {
                json.add("outcome", c.outcome());
            }
            array.add(json);
        }
        return array;
    }

    private static void optional(JsonObjectBuilder json, String name, Optional<BigDecimal> value) {
        if (value.isPresent()) {
            json.add(name, value.get());
        } else {
            json.addNull(name);
        }
    }

    static String figure(LedgerKind kind) {
        return switch (kind) {
            case INPUT -> "inputs";
            case VOLUNTEER_HOURS -> "volunteerHours";
            case FORUM_PARTICIPATION -> "forumParticipation";
            case ANSWER -> "answers";
            case CREDIT -> "credits";
            case DELIVERY -> "deliveries";
            case RECOGNITION -> "recognitions";
        };
    }

    private static String section(LedgerKind kind) {
        return kind.toCity() ? "residentsGave" : "cityGave";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** The configured public address, never the request's Host header: answers are kept and shared by caches. */
    private String root() {
        return settings.baseUrl() + "/";
    }

    private String pageUrl(Quarter quarter) {
        return root() + "forums/" + quarter;
    }

    private String apiUrl(Quarter quarter) {
        return root() + "api/v1/forums/" + quarter;
    }
}
