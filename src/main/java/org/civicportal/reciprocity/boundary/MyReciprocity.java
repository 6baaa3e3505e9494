package org.civicportal.reciprocity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.civicportal.platform.persistence.Keyset;
import org.civicportal.platform.time.Quarter;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.PageMessages;
import org.civicportal.reciprocity.control.MyReciprocityTimeline;
import org.civicportal.reciprocity.entity.LedgerKind;
import org.omnifaces.util.Faces;

/**
 * /me/reciprocity: what I gave and what came back, as a timeline (newest first, a page at a time) and as
 * totals per quarter (a chart and the same figures as a table). Only ever the signed-in resident's rows.
 */
@Named
@RequestScoped
public class MyReciprocity {

    private static final String[] COLOURS = {"#1d4ed8", "#0f766e", "#7c3aed", "#b45309", "#be123c", "#15803d",
        "#334155"};

    @Inject
    MyReciprocityTimeline timeline;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private Keyset.Slice<MyReciprocityTimeline.Item> page;
    private List<QuarterRow> quarters;

    /** A quarter's totals, one figure per kind (hours for volunteering, a count otherwise). */
    public record QuarterRow(Quarter quarter, Map<LedgerKind, BigDecimal> figures) {

        public BigDecimal figure(String kind) {
            return figures.getOrDefault(LedgerKind.valueOf(kind), BigDecimal.ZERO);
        }
    }

    public Keyset.Slice<MyReciprocityTimeline.Item> getPage() {
        if (page == null) {
            try {
                page = timeline.page(currentUser.requireAccountId(), Faces.getRequestParameter("after"));
            } catch (IllegalArgumentException badCursor) {
                Faces.responseSendError(400, "This link to an older part of the timeline is not valid.");
                Faces.responseComplete();
                page = new Keyset.Slice<>(List.of(), null);
            }
        }
        return page;
    }

    public boolean isFirstPage() {
        var after = Faces.getRequestParameter("after");
        return after == null || after.isBlank();
    }

    /** Totals per quarter, newest first. */
    public List<QuarterRow> getQuarters() {
        if (quarters == null) {
            var byQuarter = new TreeMap<Quarter, Map<LedgerKind, BigDecimal>>(Comparator.reverseOrder());
            for (var total : timeline.totals(currentUser.requireAccountId())) {
                byQuarter.computeIfAbsent(total.quarter(), q -> new java.util.EnumMap<>(LedgerKind.class))
                        .put(total.kind(), total.kind() == LedgerKind.VOLUNTEER_HOURS ? total.amount()
                                : BigDecimal.valueOf(total.count()));
            }
            quarters = new ArrayList<>();
            byQuarter.forEach((q, figures) -> quarters.add(new QuarterRow(q, figures)));
        }
        return quarters;
    }

    public LedgerKind[] getKinds() {
        return LedgerKind.values();
    }

    /** Chart.js configuration for p:chart: a bar per kind and quarter, oldest quarter first. */
    public String getChart() {
        var rows = new ArrayList<>(getQuarters());
        java.util.Collections.reverse(rows);
        var labels = Json.createArrayBuilder();
        rows.forEach(r -> labels.add(r.quarter().toString()));
        var datasets = Json.createArrayBuilder();
        var kinds = LedgerKind.values();
        for (int k = 0; k < kinds.length; k++) {
            var kind = kinds[k];
            var data = Json.createArrayBuilder();
            rows.forEach(r -> data.add(r.figures().getOrDefault(kind, BigDecimal.ZERO)));
            datasets.add(Json.createObjectBuilder().add("label", messages.text("myReciprocity.kind." + kind))
                    .add("data", data).add("backgroundColor", COLOURS[k]));
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("min", 0))))
                .build().toString();
    }
}
