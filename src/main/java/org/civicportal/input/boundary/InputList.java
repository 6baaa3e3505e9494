package org.civicportal.input.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.civicportal.input.control.InputFilter;
import org.civicportal.input.control.InputService;
import org.civicportal.input.control.InputSort;
import org.civicportal.input.control.InputSummary;
import org.civicportal.input.entity.InputStatus;
import org.civicportal.platform.persistence.BoundedCount;
import org.civicportal.platform.web.ListTotal;
import org.civicportal.platform.web.PageLink;
import org.civicportal.platform.web.PageMessages;

/**
 * /inputs and /admin/inputs: filters and page come from the query string (a GET form), so every list a
 * person sees has a URL they can bookmark or share. Pages are read from the database, 20 at a time.
 */
@Named
@RequestScoped
public class InputList {

    static final int PAGE_SIZE = 20;

    @Inject
    InputService inputs;

    @Inject
    PageMessages messages;

    private String status;
    private Long topic;
    private Long district;
    private String q;
    private String sort;
    private Integer page;

    private List<InputSummary> rows;
    private BoundedCount total;

    public InputFilter filter() {
        return new InputFilter(statusValue(), topic, district, q);
    }

    public List<InputSummary> getRows() {
        if (rows == null) {
            rows = inputs.list(filter(), sortValue(), false, PageLink.offset(getPage(), PAGE_SIZE), PAGE_SIZE);
        }
        return rows;
    }

    /** The officials' queue: longest waiting first unless they chose another order. */
    public List<InputSummary> getQueue() {
        if (rows == null) {
            var order = sort == null || sort.isBlank() ? InputSort.LONGEST_WAITING : sortValue();
            rows = inputs.list(filter(), order, false, PageLink.offset(getPage(), PAGE_SIZE), PAGE_SIZE);
        }
        return rows;
    }

    private BoundedCount count() {
        if (total == null) {
            total = inputs.count(filter(), false);
        }
        return total;
    }

    /** For the pager: the number of inputs, or "more than 10,000" where the count stopped. */
    public Object getTotal() {
        return ListTotal.shown(count(), messages);
    }

    /** Pages go as far as the count does: past 10,000 inputs a narrower filter finds the rest. */
    public int getPages() {
        return PageLink.pages(count().value(), PAGE_SIZE);
    }

    /** The same list on another page, keeping every filter. */
    public String pageLink(int target) {
        return PageLink.keeping().and("status", status).and("topic", topic).and("district", district).and("q", q)
                .and("sort", sort).toPage(target);
    }

    public InputStatus[] getStatuses() {
        return InputStatus.values();
    }

    public InputSort[] getSorts() {
        return InputSort.values();
    }

    private InputStatus statusValue() {
        try {
            return status == null || status.isBlank() ? null : InputStatus.valueOf(status);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private InputSort sortValue() {
        try {
            return sort == null || sort.isBlank() ? InputSort.NEWEST : InputSort.valueOf(sort);
        } catch (IllegalArgumentException unknown) {
            return InputSort.NEWEST;
        }
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getTopic() {
        return topic;
    }

    public void setTopic(Long topic) {
        this.topic = topic;
    }

    public Long getDistrict() {
        return district;
    }

    public void setDistrict(Long district) {
        this.district = district;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public Integer getPage() {
        return page == null ? 1 : Math.max(1, page);
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
