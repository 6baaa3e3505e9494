package org.civicportal.audit.boundary;

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
import java.util.Map;
import java.util.ResourceBundle;
import org.civicportal.audit.control.AuditCatalog;
import org.civicportal.audit.control.AuditCatalog.Entry;
import org.civicportal.audit.control.AuditCatalog.Page;
import org.civicportal.audit.control.AuditFilter;
import org.civicportal.platform.i18n.LocaleSelection;
import org.civicportal.platform.i18n.Texts;
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

    /**
     * One line of an entry's details: a value (before null), or a changed field (before → after); name is the
     * JSON key, label its name in the reader's language.
     */
    public record Line(String name, String label, String before, String after, boolean change) {
    }

    /** Details whose values are codes, and the bundle prefix that names them (the rest is shown as stored). */
    private static final Map<String, String> CODED = Map.of("role", "role.", "state", "outbox.state.",
            "status", "implStatus.", "attendance", "attendance.");

    @Inject
    AuditCatalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    LocaleSelection locale;

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

    /** The entry's details as lines, in the order they were written, named and valued in the reader's language. */
    public List<Line> lines(Entry entry) {
        var bundle = ResourceBundle.getBundle(Texts.BUNDLE, locale.getLocale(), Texts.class.getClassLoader());
        var lines = new ArrayList<Line>();
        JsonObject details;
        try (var reader = Json.createReader(new StringReader(entry.details()))) {
            details = reader.readObject();
        }
        // A commitment's status has its own names; every other status is an implementation's.
        var codes = entry.action().startsWith("commitment.") ? Map.of("status", "commitments.status.") : CODED;
        details.forEach((name, value) -> {
            if ("changes".equals(name) && value.getValueType() == JsonValue.ValueType.OBJECT) {
                value.asJsonObject().forEach((field, pair) -> lines.add(new Line(field, label(bundle, field),
                        text(bundle, codes.get(field), pair.asJsonObject().get("before")),
                        text(bundle, codes.get(field), pair.asJsonObject().get("after")), true)));
            } else {
                lines.add(new Line(name, label(bundle, name), null, text(bundle, codes.get(name), value), false));
            }
        });
        return lines;
    }

    /** The roles the actor held, by their names in the reader's language. */
    public String roles(Entry entry) {
        var bundle = ResourceBundle.getBundle(Texts.BUNDLE, locale.getLocale(), Texts.class.getClassLoader());
        return java.util.Arrays.stream(entry.actorRoles().split(","))
                .map(role -> bundle.containsKey("role." + role) ? bundle.getString("role." + role) : role)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static String label(ResourceBundle bundle, String name) {
        var key = "audit.field." + name;
        return bundle.containsKey(key) ? bundle.getString(key) : name;
    }

    /** A value as shown: yes/no for a flag, a code's name when the bundle has one, else as stored. */
    private static String text(ResourceBundle bundle, String prefix, JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "—";
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return bundle.getString("audit.value." + (value.getValueType() == JsonValue.ValueType.TRUE));
        }
        var text = value instanceof JsonString string ? string.getString() : value.toString();
        return prefix != null && bundle.containsKey(prefix + text) ? bundle.getString(prefix + text) : text;
    }
}
