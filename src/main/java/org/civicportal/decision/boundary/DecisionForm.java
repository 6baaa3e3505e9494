package org.civicportal.decision.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.civicportal.decision.entity.Decision;
import org.civicportal.decision.entity.DecisionContent;
import org.civicportal.decision.entity.ImplementationStatus;

/** What the decision editor's fields hold; bound to the page instead of the entity. */
public class DecisionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{decision.title.required}")
    @Size(max = 160, message = "{decision.title.long}")
    private String title;

    @NotBlank(message = "{decision.summary.required}")
    @Size(max = 1000, message = "{decision.summary.long}")
    private String summary;

    @NotBlank(message = "{decision.rationale.required}")
    @Size(max = 20000, message = "{decision.rationale.long}")
    private String rationale;

    @NotNull(message = "{decision.decidedOn.required}")
    @PastOrPresent(message = "{decision.decidedOn.future}")
    private LocalDate decidedOn = LocalDate.now();

    @NotBlank(message = "{decision.department.required}")
    @Size(max = 120, message = "{decision.department.long}")
    private String department;

    @NotNull(message = "{decision.topic.required}")
    private Long topicId;

    @NotNull(message = "{decision.district.required}")
    private Long districtId;

    @NotNull(message = "{decision.status.required}")
    private ImplementationStatus status = ImplementationStatus.PLANNED;

    @NotNull(message = "{decision.progress.range}")
    @Min(value = 0, message = "{decision.progress.range}")
    @Max(value = 100, message = "{decision.progress.range}")
    private Integer progress = 0;

    private LocalDate startDate;

    private LocalDate targetDate;

    @DecimalMin(value = "0", message = "{decision.budget.invalid}")
    @Digits(integer = 12, fraction = 2, message = "{decision.budget.invalid}")
    private BigDecimal budget;

    static DecisionForm of(Decision decision) {
        var form = new DecisionForm();
        form.title = decision.getTitle();
        form.summary = decision.getSummary();
        form.rationale = decision.getRationale();
        form.decidedOn = decision.getDecidedOn();
        form.department = decision.getDepartment();
        form.topicId = decision.getTopic().getId();
        form.districtId = decision.getDistrict().getId();
        var implementation = decision.getImplementation();
        form.status = implementation.getStatus();
        form.progress = implementation.getProgress();
        form.startDate = implementation.getStartDate();
        form.targetDate = implementation.getTargetDate();
        form.budget = implementation.getBudget();
        return form;
    }

    DecisionContent content() {
        return new DecisionContent(title, summary, rationale, decidedOn, department, topicId, districtId, status,
                progress, startDate, targetDate, budget);
    }

    /** A target before the start is a typing mistake worth pointing at. */
    boolean targetBeforeStart() {
        return startDate != null && targetDate != null && targetDate.isBefore(startDate);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public Long getTopicId() {
        return topicId;
    }

    public void setTopicId(Long topicId) {
        this.topicId = topicId;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public ImplementationStatus getStatus() {
        return status;
    }

    public void setStatus(ImplementationStatus status) {
        this.status = status;
    }

    public Integer getProgress() {
        return progress;
    }

    public void setProgress(Integer progress) {
        this.progress = progress;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }
}
