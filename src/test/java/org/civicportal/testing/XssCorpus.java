package org.civicportal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.mail.Multipart;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.w3c.dom.Element;

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

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final Set<String> TEXT_CONSTRUCTS = Set.of("title", "subtitle", "summary", "content", "rights");

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
        assertNothingLive(page, where);
        assertTrue(page.text().contains(MARK) || !page.select("[value*=" + MARK + "]").isEmpty(),
                where + ": the payload is not shown at all (neither as text nor in a field)");
        return page;
    }

    /**
     * Like {@link #assertInert} for a page that need not show the typed text (an audit entry keeps a reason's
     * length, not its words): nothing on it may run.
     */
    public static Document assertNothingLive(String html, String where) {
        var page = Jsoup.parse(html);
        assertNothingLive(page, where);
        return page;
    }

    private static void assertNothingLive(Document page, String where) {
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
    }

    /** A CSV cell a spreadsheet would not run as a formula: it does not start with = + - @ TAB or CR. */
    public static void assertNeutralCell(String cell, String where) {
        assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
                where + ": a spreadsheet would run the cell " + cell);
    }

    /**
     * Parses the CSV strictly (RFC 4180, a header) and checks every cell with {@link #assertNeutralCell}.
     * Returns the number of records, so a caller can tell an empty export from a clean one.
     */
    public static int assertNeutralCsv(String csv, String where) throws IOException {
        int records = 0;
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            for (var record : parser) {
                records++;
                assertTrue(record.isConsistent(), where + ": record " + record.getRecordNumber() + " has "
                        + record.size() + " cells");
                for (var cell : record) {
                    assertNeutralCell(cell, where + " record " + record.getRecordNumber());
                }
            }
        }
        return records;
    }

    /** One entry of an Atom feed as a reader sees it: its text constructs' values (content "" when absent). */
    public record AtomEntry(String id, String title, String summary, String content) {
    }

    /**
     * Parses an Atom feed with a strict, namespace-aware XML parser that refuses DTDs (so no entity tricks), and
     * fails if a text construct (title, subtitle, summary, content, rights) carries markup as XML elements, if an
     * HTML construct holds anything live once a reader renders it, or if a link has a script scheme. The feed must
     * show the marker somewhere, so an empty feed does not pass.
     */
    public static List<AtomEntry> assertInertAtom(String xml, String where) throws Exception {
        var root = StrictXml.root(xml);
        assertEquals(ATOM, root.getNamespaceURI(), where + ": an Atom feed");
        var all = root.getElementsByTagNameNS(ATOM, "*");
        for (int i = 0; i < all.getLength(); i++) {
            var element = (Element) all.item(i);
            if (TEXT_CONSTRUCTS.contains(element.getLocalName())) {
                for (var child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                    assertFalse(child instanceof Element, where + ": markup as XML inside <" + element.getLocalName()
                            + ">: " + child.getNodeName());
                }
                if ("html".equals(element.getAttribute("type"))) {
                    assertNothingLive(Jsoup.parse(element.getTextContent()), where + " <" + element.getLocalName()
                            + "> rendered");
                }
            }
            if ("link".equals(element.getLocalName())) {
                var href = element.getAttribute("href").toLowerCase(Locale.ROOT);
                assertTrue(href.startsWith("http://") || href.startsWith("https://"), where + ": link " + href);
            }
        }
        assertTrue(root.getTextContent().contains(MARK), where + ": the payload is not in the feed at all");
        var entries = new ArrayList<AtomEntry>();
        var nodes = root.getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < nodes.getLength(); i++) {
            var entry = (Element) nodes.item(i);
            entries.add(new AtomEntry(child(entry, "id"), child(entry, "title"), child(entry, "summary"),
                    child(entry, "content")));
        }
        return entries;
    }

    private static String child(Element parent, String name) {
        var found = parent.getElementsByTagNameNS(ATOM, name);
        return found.getLength() == 0 ? "" : found.item(0).getTextContent();
    }

    /** The HTML part of a (possibly nested) multipart message, or null when it has none. */
    public static String htmlPart(Object content) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType("text/html")) {
                    return (String) part.getContent();
                }
                var inner = htmlPart(part.getContent());
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
