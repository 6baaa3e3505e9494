package org.civicportal.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Payloads that try to run script where people's text is shown, and the check that a page shows them inert.
 * Every payload carries the marker {@link #MARK}, so a check can tell the payload's own tags from the page's.
 */
public final class XssCorpus {

    /** In every payload: a check finds the typed text by it (and proves it was shown at all). */
    public static final String MARK = "zxq";

    /**
     * For one-line fields (titles, names, places, reasons): tags, handlers, attribute breakouts, a formula; short
     * enough (66) for a display name's 80 with a word before it.
     */
    public static final String ONE_LINE = "=1+2\"><script>zxq()</script><img src=x onerror=zxq()>' onclick='zxq";

    /** For Markdown and many-line fields: links with script schemes, raw HTML, SVG, entity tricks. */
    public static final String MANY_LINES = String.join("\n",
            "[click me](javascript:alert('zxq1'))",
            "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgnenhxJyk8L3NjcmlwdD4=)",
            "[mixed case](JaVaScRiPt:alert('zxq2'))",
            "[entity](&#106;avascript:alert('zxq3'))",
            "![image](javascript:alert('zxq4'))",
            "<script>alert('zxq5')</script>",
            "<img src=x onerror=alert('zxq6')>",
            "<svg onload=alert('zxq7')><circle r=1 /></svg>",
            "<a href=\"javascript:alert('zxq8')\">link</a>",
            "<iframe src=\"javascript:alert('zxq9')\"></iframe>",
            "&lt;script&gt;alert('zxq10')&lt;/script&gt;",
            "\"><b onmouseover=alert('zxq11')>breakout</b>",
            "-2+3 @SUM(A1) zxq12");

    /** A text-direction override (RIGHT-TO-LEFT OVERRIDE) that makes "gpj.exe" read "exe.jpg": refused at the field. */
    public static final String BIDI = "Invoice zxq \u202Egpj.exe";

    /** What a payload is checked for on every page; the portal's own scripts and styles carry no marker. */
    private static final Set<String> ACTIVE_TAGS = Set.of("script", "iframe", "object", "embed", "svg", "math",
            "style", "base", "link", "meta", "frame");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "data", "srcdoc", "background", "poster", "srcset");
    private static final List<String> SCHEMES = List.of("javascript:", "data:", "vbscript:");

    private XssCorpus() {
    }

    /**
     * Parses the page as a browser would and fails if anything in it could run: an event-handler attribute
     * anywhere (an attribute breakout shows as one), a script/data URL in any link or source, or a payload's
     * marker inside an active tag. The page
     * must show the marker somewhere (as text or a field's value), so an empty page does not pass.
     */
    public static Document assertInert(String html, String where) {
        var page = Jsoup.parse(html);
        for (var element : page.getAllElements()) {
            for (var attribute : element.attributes()) {
                var name = attribute.getKey().toLowerCase(Locale.ROOT);
                var value = attribute.getValue();
                if (name.startsWith("on")) {
                    fail(where + ": event handler " + name + "=\"" + value + "\" on <" + element.tagName() + ">");
                }
                if (URL_ATTRIBUTES.contains(name)) {
                    var url = value.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                    for (var scheme : SCHEMES) {
                        assertFalse(url.startsWith(scheme) && !url.startsWith("data:image/"),
                                where + ": live " + scheme + " URL in <" + element.tagName() + " " + name + ">");
                    }
                }
            }
            if (ACTIVE_TAGS.contains(element.tagName()) && element.outerHtml().contains(MARK)) {
                fail(where + ": the payload is a live <" + element.tagName() + ">: " + element.outerHtml());
            }
        }
        assertTrue(page.text().contains(MARK) || !page.select("[value*=" + MARK + "]").isEmpty(),
                where + ": the payload is not shown at all (neither as text nor in a field)");
        return page;
    }

    /** A CSV cell a spreadsheet would not run as a formula: it does not start with = + - @ TAB or CR. */
    public static void assertNeutralCell(String cell, String where) {
        assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
                where + ": a spreadsheet would run the cell " + cell);
    }
}
