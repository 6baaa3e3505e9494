package org.civicportal.platform.privacy;

import java.util.List;

/**
 * One file of the export: a CSV of one query's rows, or a JSON object whose members are queries (one row as an
 * object, or many as an array).
 */
public record ExportFile(String name, List<Part> parts) {

    public enum Format {
        CSV, JSON
    }

    /** A query of the file; for JSON its member name, its rows as an array unless single. */
    public record Part(String key, String sql, boolean single) {
    }

    public ExportFile {
        parts = List.copyOf(parts);
        if (!name.matches("[a-z-]{1,40}\\.(csv|json)") || parts.isEmpty()
                || (name.endsWith(".csv") && parts.size() != 1)) {
            throw new IllegalArgumentException("Not an export file: " + name);
        }
    }

    public static ExportFile csv(String name, String sql) {
        return new ExportFile(name + ".csv", List.of(new Part(name, sql, false)));
    }

    public static ExportFile json(String name, Part... parts) {
        return new ExportFile(name + ".json", List.of(parts));
    }

    public static Part one(String key, String sql) {
        return new Part(key, sql, true);
    }

    public static Part many(String key, String sql) {
        return new Part(key, sql, false);
    }

    public Format format() {
        return name.endsWith(".csv") ? Format.CSV : Format.JSON;
    }

    /** The name without its extension: the README's bundle keys. */
    public String base() {
        return name.substring(0, name.lastIndexOf('.'));
    }
}
