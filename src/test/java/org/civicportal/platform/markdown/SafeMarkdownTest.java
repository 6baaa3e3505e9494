package org.civicportal.platform.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What residents write is formatted, and nothing they write can run in someone else's browser. */
class SafeMarkdownTest {

    @Test
    void formatsMarkdown() {
        var html = SafeMarkdown.toHtml("We need **safer** crossings:\n\n- Mill Street\n- 3rd Avenue\n\n[map](https://example.org/map)");
        assertTrue(html.contains("<strong>safer</strong>"), html);
        assertTrue(html.contains("<li>Mill Street</li>"), html);
        assertTrue(html.contains("href=\"https://example.org/map\""), html);
        assertTrue(html.contains("rel=\"nofollow noopener\""), html);
    }

    @Test
    void removesAnythingThatCouldRun() {
        var html = SafeMarkdown.toHtml("<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert)"
                + " <a href=\"javascript:alert(4)\">y</a> <iframe src=\"https://evil.example\"></iframe>");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains(" onerror="), html);
        assertFalse(html.contains("href=\"javascript"), html);
        assertTrue(html.contains("&lt;script&gt;"), "shown as the text the person typed");
        assertFalse(html.contains("<iframe"), html);
        assertFalse(html.contains("<img"), html);
    }

    @Test
    void headingsStayBelowThePagesOwn() {
        var html = SafeMarkdown.toHtml("# Big\n\n## Smaller\n\ntext");
        assertTrue(html.contains("<h3>Big</h3>"), html);
        assertTrue(html.contains("<h4>Smaller</h4>"), html);
        assertFalse(html.contains("<h1"), html);
    }

    @Test
    void emptyStaysEmpty() {
        assertEquals("", SafeMarkdown.toHtml("  "));
    }
}
