package org.civicportal.decision.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import java.util.List;
import org.civicportal.decision.control.ChainSummary;
import org.civicportal.decision.control.DecisionFilter;
import org.civicportal.decision.control.DecisionService;
import org.civicportal.decision.control.DistrictProgress;
import org.civicportal.decision.entity.ImplementationStatus;
import org.civicportal.platform.persistence.BoundedCount;
import org.civicportal.platform.reference.boundary.ReferenceLists;
import org.civicportal.platform.web.ListTotal;
import org.civicportal.platform.web.PageLink;
import org.civicportal.platform.web.PageMessages;

/**
 * /chains and /admin/decisions: every decision chain, newest first, filtered by district, topic and
 * implementation status from the query string, 20 per page read from the database; plus how each district's
 * decisions are being carried out, as a chart and as a table. Counting and paging stop at
 * {@link BoundedCount#LIMIT} chains ("more than 10,000"): the filters reach the rest.
 */
@Named
@RequestScoped
public class ChainList {

    static final int PAGE_SIZE = 20;

    @Inject
    DecisionService decisions;

    @Inject
    PageMessages messages;

    @Inject
    ReferenceLists references;

    private Long district;
    private Long topic;
    private String status;
    private Integer page;

    private List<ChainSummary> rows;
    private BoundedCount total;
    private List<DistrictProgress> byDistrict;

    private DecisionFilter filter() {
        return new DecisionFilter(district, topic, statusValue());
    }

    public List<ChainSummary> getRows() {
        if (rows == null) {
            rows = decisions.list(filter(), PageLink.offset(getPage(), PAGE_SIZE), PAGE_SIZE);
        }
        return rows;
    }

    /** The number of chains for the pager: a number, or "more than 10,000" once the count stops. */
    public Object getTotal() {
        return ListTotal.shown(count(), messages);
    }

    private BoundedCount count() {
        if (total == null) {
            total = decisions.count(filter());
        }
        return total;
    }

    public int getPages() {
        return PageLink.pages(count().value(), PAGE_SIZE);
    }

    public String pageLink(int target) {
        return PageLink.keeping().and("district", district).and("topic", topic).and("status", status).toPage(target);
    }

    public List<DistrictProgress> getByDistrict() {
        if (byDistrict == null) {
            byDistrict = decisions.progressByDistrict();
        }
        return byDistrict;
    }

    /** Chart.js configuration for p:chart: average progress (bars) per district, decisions in the tooltip. */
    public String getDistrictChart() {
        var labels = Json.createArrayBuilder();
        var progress = Json.createArrayBuilder();
        var counts = Json.createArrayBuilder();
        getByDistrict().forEach(d -> {
            labels.add(references.districtName(d.district()));
            progress.add(d.roundedAverage());
            counts.add(d.decisions());
        });
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", messages.text("chains.chart.progress"))
                                        .add("data", progress).add("backgroundColor", "#1d4ed8").add("yAxisID", "y"))
                                .add(Json.createObjectBuilder().add("label", messages.text("chains.chart.decisions"))
                                        .add("data", counts).add("backgroundColor", "#0f766e").add("yAxisID", "y1"))))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("min", 0).add("max", 100).add("position", "left")
                                        .add("title", Json.createObjectBuilder().add("display", true)
                                                .add("text", messages.text("chains.chart.progress"))))
                                .add("y1", Json.createObjectBuilder().add("min", 0).add("position", "right")
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0))
                                        .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false))
                                        .add("title", Json.createObjectBuilder().add("display", true)
                                                .add("text", messages.text("chains.chart.decisions"))))))
                .build().toString();
    }

    public ImplementationStatus[] getStatuses() {
        return ImplementationStatus.values();
    }

    private ImplementationStatus statusValue() {
        try {
            return status == null || status.isBlank() ? null : ImplementationStatus.valueOf(status);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    public Long getDistrict() {
        return district;
    }

    public void setDistrict(Long district) {
        this.district = district;
    }

    public Long getTopic() {
        return topic;
    }

    public void setTopic(Long topic) {
        this.topic = topic;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Integer getPage() {
        return page == null ? 1 : Math.max(1, page);
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
