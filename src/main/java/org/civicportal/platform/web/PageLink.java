package org.civicportal.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The query string of a filtered list on another page, keeping every filter that has a value. */
public final class PageLink {

    private final Map<String, Object> filters = new LinkedHashMap<>();

    public static PageLink keeping() {
        return new PageLink();
    }

    public PageLink and(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            filters.put(name, value);
        }
        return this;
    }

    public String toPage(int page) {
        var query = new StringBuilder("?page=").append(page);
        filters.forEach((name, value) -> query.append('&').append(name).append('=')
                .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8)));
        return query.toString();
    }

    /**
     * The first row of a page, computed in long: a page far beyond the last (?page=2147483647) starts past every
     * row and comes back empty, instead of overflowing into a negative offset that showed page 1's rows under
     * the wrong number.
     */
    public static int offset(int page, int pageSize) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0L, (page - 1L) * pageSize));
    }

    /** How many pages of the given size hold this many rows (at least one, even when empty). */
    public static int pages(long total, int pageSize) {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
