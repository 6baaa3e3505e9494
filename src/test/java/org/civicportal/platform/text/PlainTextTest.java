package org.civicportal.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.civicportal.platform.text.PlainText.Lines;
import org.junit.jupiter.api.Test;

/** What text fields store: NFC, no invisible controls, one line where one line is meant. */
class PlainTextTest {

    @Test
    void oneLineFieldsLoseLineBreaksAndBidiControls() {
        var cleaned = PlainText.clean("  Fix the \u202Egnp.exe\u202C\r\nlamp\n\tnow ", Lines.ONE);
        assertEquals("Fix the gnp.exe lamp  now", cleaned.text());
        assertEquals(2, cleaned.removed(), "the override and the pop are removed and counted");
    }

    @Test
    void everyBidiEmbeddingOverrideAndIsolateIsRemoved() {
        var all = "a\u202Ab\u202Bc\u202Cd\u202De\u202Ef\u2066g\u2067h\u2068i\u2069j\uFEFFk";
        var cleaned = PlainText.clean(all, Lines.ONE);
        assertEquals("abcdefghijk", cleaned.text());
        assertEquals(10, cleaned.removed());
    }

    @Test
    void controlCharactersAreRemovedButMarksAndJoinersThatScriptsNeedStay() {
        var cleaned = PlainText.clean("a\u0000b\u0007c\u007Fd\u009Be", Lines.ONE);
        assertEquals("abcde", cleaned.text());
        assertEquals(4, cleaned.removed());
        // RLM in Hebrew next to Latin, ZWNJ in Persian, ZWJ in a family emoji: kept as typed.
        var scripts = "שלום\u200F ok · می\u200Cخواهم · 👩\u200D👧";
        assertEquals(scripts, PlainText.clean(scripts, Lines.ONE).text());
        assertEquals(0, PlainText.clean(scripts, Lines.ONE).removed());
    }

    @Test
    void textIsStoredInNfc() {
        var decomposed = "Cafe\u0301 Mu\u0308ller";
        assertEquals("Café Müller", PlainText.clean(decomposed, Lines.ONE).text());
        assertEquals(0, PlainText.clean(decomposed, Lines.ONE).removed(), "normalising is quiet");
        assertEquals("Café Müller".length(), PlainText.length(PlainText.clean(decomposed, Lines.ONE).text()));
    }

    @Test
    void manyLineFieldsKeepLinesAndTabsAsOneLineFeedEach() {
        var cleaned = PlainText.clean("\r\n\r\n  - one\r\n\t- two\rthree\u2028four\u202E\u0000\n\n", Lines.MANY);
        assertEquals("  - one\n\t- two\nthree\nfour", cleaned.text(), "leading blank lines and trailing blanks go");
        assertEquals(2, cleaned.removed());
    }

    @Test
    void browserLineBreaksDoNotCountTwiceAgainstTheLimit() {
        // Browsers send a text area's line breaks as CR LF; the counter beside the field counts one.
        var typed = "line\r\n".repeat(100) + "end";
        assertEquals(100 * 5 + 3, PlainText.length(PlainText.clean(typed, Lines.MANY).text()));
    }

    @Test
    void nothingTypedStaysNothing() {
        assertNull(PlainText.clean(null, Lines.ONE).text());
        assertEquals("", PlainText.clean(" \r\n\t ", Lines.ONE).text());
        assertEquals("", PlainText.clean("\u202E", Lines.MANY).text());
    }
}
