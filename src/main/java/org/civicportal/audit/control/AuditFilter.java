package org.civicportal.audit.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.UnaryOperator;

/**
 * What /admin/audit and its CSV are narrowed to; every part optional. actorEmail is matched exactly (an
 * erased account's entries are found by its id in the target filter, not by an email nobody holds); from and
 * to are days in the city's time zone, both included.
 */
public record AuditFilter(String actorEmail, String action, String targetType, Long targetId, LocalDate from,
        LocalDate to) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);

    /**
     * From the query string (the page's GET form and the CSV link share it): what is malformed or unknown is
     * left out, as if not given, so a hand-edited URL shows a wider list rather than an error.
     */
    public static AuditFilter parse(UnaryOperator<String> parameter) {
        var action = parameter.apply("action");
        var target = parameter.apply("target");
        return new AuditFilter(text(parameter.apply("actor"), 254),
                action != null && AuditCatalog.ACTIONS.contains(action) ? action : null,
                target != null && AuditCatalog.TARGETS.contains(target) ? target : null,
                id(parameter.apply("targetId")), day(parameter.apply("from")), day(parameter.apply("to")));
    }

    /** The query string that reproduces this filter (without a leading ? or &). */
    public String query() {
        return "actor=" + enc(actorEmail) + "&action=" + enc(action) + "&target=" + enc(targetType) + "&targetId="
                + (targetId == null ? "" : targetId) + "&from=" + (from == null ? "" : from) + "&to="
                + (to == null ? "" : to);
    }

    public static Long id(String value) {
        return value == null || !value.strip().matches("[1-9][0-9]{0,17}") ? null : Long.parseLong(value.strip());
    }

    private static String text(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var stripped = value.strip();
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }

    private static LocalDate day(String value) {
        if (value == null || value.isBlank() || value.length() > 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String enc(String value) {
        return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
