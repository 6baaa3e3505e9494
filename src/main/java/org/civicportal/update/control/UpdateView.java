package org.civicportal.update.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An update as one language reads it: the same model for the email (Mustache), the public page and the previews,
 * so what staff preview is what residents get. Every text is plain (escaped where it is shown) except
 * {@code introHtml}, the sanitised rendering of the introduction's Markdown.
 *
 * @param publishedAt when it was sent (null while it is not)
 */
public record UpdateView(long id, String month, String monthLabel, String state, String introHtml, String introText,
        List<Item> items, Instant publishedAt, String link) {

    /** One item; {@code link} is absolute, {@code linkText} what the link says. */
    public record Item(long id, String kind, String heading, String title, String body, String link, String linkText,
            List<String> lines, List<Credit> credits) {
    }

    /** A credited input and how it changed the decision. */
    public record Credit(String input, String how, String link) {
    }

    /** The values a Mustache template reads (it is given maps, not records). */
    public Map<String, Object> scope() {
        var scope = new HashMap<String, Object>();
        scope.put("month", month);
        scope.put("monthLabel", monthLabel);
        scope.put("introHtml", introHtml);
        scope.put("introText", introText);
        scope.put("hasIntro", !introText.isBlank());
        scope.put("webLink", link);
        var list = new ArrayList<Map<String, Object>>();
        for (var item : items) {
            var values = new HashMap<String, Object>();
            values.put("kind", item.kind());
            values.put("heading", item.heading());
            values.put("title", item.title());
            values.put("body", item.body());
            values.put("itemLink", item.link() == null ? "" : item.link());
            values.put("linkText", item.linkText());
            values.put("lines", item.lines());
            values.put("credits", item.credits().stream().map(c -> Map.of("input", c.input(), "how", c.how(),
                    "inputLink", c.link())).toList());
            values.put("hasCredits", !item.credits().isEmpty());
            values.put("hasBody", !item.body().isBlank());
            list.add(values);
        }
        scope.put("items", list);
        scope.put("hasItems", !list.isEmpty());
        return scope;
    }

    /** Escapes text for HTML content and quoted attributes (the feed's HTML, the composer's link). */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
