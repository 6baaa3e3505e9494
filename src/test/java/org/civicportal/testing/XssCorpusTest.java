package org.civicportal.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The corpus' checks can fail: each kind of live payload a page could carry is caught, escaped text passes. */
class XssCorpusTest {

    @Test
    void livePayloadsFailTheCheck() {
        for (var live : new String[] {
                "<p>zxq</p><script>alert('zxq')</script>",
                "<p>zxq<img src=x onerror=alert(1)></p>",
                "<p><a href=\" JaVa\tScript:alert(1)\">zxq</a></p>",
                "<p><a href=\"data:text/html;base64,PHNjcmlwdD4=\">zxq</a></p>",
                "<svg onload=alert(1)>zxq</svg>",
                "<input value=\"\" onclick='zxq'>",
                "<p>nothing typed is shown</p>"}) {
            assertThrows(AssertionError.class, () -> XssCorpus.assertInert(live, live), live);
        }
    }

    @Test
    void escapedPayloadsPass() {
        assertDoesNotThrow(() -> XssCorpus.assertInert("<p>&lt;script&gt;alert('zxq')&lt;/script&gt;</p>"
                + "<input value=\"&quot;&gt;&lt;img src=x onerror=zxq()&gt;\"><a href=\"/inputs?q=zxq\">x</a>"
                + "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"\">", "escaped"));
    }

    @Test
    void formulaCellsFailAndNeutralisedOnesPass() {
        for (var cell : new String[] {"=1+2", "+1", "-2+3", "@SUM(A1)", "\t=1"}) {
            assertThrows(AssertionError.class, () -> XssCorpus.assertNeutralCell(cell, cell), cell);
        }
        assertDoesNotThrow(() -> XssCorpus.assertNeutralCell("'=1+2", "quoted"));
    }

    @Test
    void aCsvWithAFormulaCellFailsAndAQuotedOneIsCounted() throws Exception {
        assertThrows(AssertionError.class, () -> XssCorpus.assertNeutralCsv("\"a\",\"b\"\r\n\"x\",\"=1+2\"\r\n", "csv"));
        assertEquals(1, XssCorpus.assertNeutralCsv("\"a\",\"b\"\r\n\"x\",\"'=1+2\"\r\n", "csv"));
    }

    @Test
    void aFeedWithMarkupOrLiveHtmlFailsAndAnEscapedOnePasses() throws Exception {
        var head = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>https://x.example/1</id>";
        for (var live : new String[] {
                head + "<title>zxq<script>alert(1)</script></title></entry></feed>",
                head + "<title>t</title><content type=\"html\">&lt;p&gt;zxq&lt;img src=x onerror=alert(1)&gt;"
                        + "</content></entry></feed>",
                head + "<title>zxq</title><link href=\"javascript:alert(1)\"/></entry></feed>",
                "<!DOCTYPE feed [<!ENTITY x \"zxq\">]><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&x;</title></feed>",
                head + "<title>nothing typed</title></entry></feed>"}) {
            assertThrows(Throwable.class, () -> XssCorpus.assertInertAtom(live, live), live);
        }
        var entries = XssCorpus.assertInertAtom(head + "<title>&lt;script&gt;zxq</title><content type=\"html\">"
                + "&lt;p&gt;&amp;lt;b&amp;gt;zxq&lt;/p&gt;</content></entry></feed>", "escaped");
        assertEquals("<script>zxq", entries.get(0).title());
    }
}
