package org.civicportal.platform.audit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.civicportal.platform.audit.AuditCatalog.Entry;
import org.civicportal.platform.audit.AuditCatalog.Page;
import org.civicportal.platform.security.Role;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.ListTotal;
import org.civicportal.platform.web.PageMessages;
import org.omnifaces.util.Faces;

/**
 * /admin/audit (staff): the audit log newest first, filtered by actor, action, target and days, read on by id;
 * each entry's details as lines (a changed field as before → after); the filtered entries as CSV
 * ({@link AuditExport}). The filters are the query string (GET), so a view can be bookmarked.
 */
@Named
@RequestScoped
public class AuditAdmin {

    static final int PAGE = 50;

    /** One line of an entry's details: a value (before null), or a changed field (before → after). */
    public record Line(String name, String before, String after, boolean change) {
    }

    @Inject
    AuditCatalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private AuditFilter filter;
    private Long before;
    private Page page;

    /** The page's own check, besides RoleFilter's: the log names every official's and staff member's acts. */
    @PostConstruct
    void load() {
        currentUser.require(Role.STAFF);
        filter = AuditFilter.parse(Faces::getRequestParameter);
        before = AuditFilter.id(Faces.getRequestParameter("before"));
    }

    public Page getPage() {
        if (page == null) {
            page = catalog.list(filter, before, PAGE);
        }
        return page;
    }

    public Object getCount() {
        return ListTotal.shown(catalog.count(filter), messages);
    }

    public AuditFilter getFilter() {
        return filter;
    }

    public List<String> getActions() {
        return AuditCatalog.ACTIONS;
    }

    public List<String> getTargets() {
        return AuditCatalog.TARGETS;
    }

    /** The query string that reads on from this page, or null at the end. */
    public String getOlder() {
        var next = getPage().before();
        return next == null ? null : "?" + filter.query() + "&before=" + next;
    }

    /** The CSV of the filtered entries. */
    public String getExport() {
        return "?" + filter.query();
    }

    /** The entry's details as lines, in the order they were written. */
    public List<Line> lines(Entry entry) {
        var lines = new ArrayList<Line>();
        JsonObject details;
        try (var reader = Json.createReader(new StringReader(entry.details()))) {
            details = reader.readObject();
        }
        details.forEach((name, value) -> {
            if ("changes".equals(name) && value.getValueType() == JsonValue.ValueType.OBJECT) {
                value.asJsonObject().forEach((field, pair) -> lines.add(new Line(field,
                        text(pair.asJsonObject().get("before")), text(pair.asJsonObject().get("after")), true)));
            } else {
                lines.add(new Line(name, null, text(value), false));
            }
        });
        return lines;
    }

    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "—";
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }
}
