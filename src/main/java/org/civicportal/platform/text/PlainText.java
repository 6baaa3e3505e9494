package org.civicportal.platform.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Cleans what a person typed into a text field before it is checked and stored. Quietly: Unicode NFC (so "é"
 * typed two ways is stored one way), line breaks as one LF, no surrounding blanks, and in a one-line field
 * every line break or tab becomes a space (a browser's one-line field cannot hold them; only a crafted request
 * can). Counted as removed, so the page can say so: C0/C1 control characters and the bidi embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069, U+206A–U+206F, U+FEFF), which let "txt.exe" show as
 * "exe.txt" or hide text. Left alone: the marks U+200E/U+200F/U+061C and the joiners U+200C/U+200D, which
 * right-to-left writing, Persian and emoji need, and which cannot reverse a run of text.
 */
public final class PlainText {

    private static final Pattern LEADING_BLANK_LINES = Pattern.compile("\\A(?:[ \\t]*\\n)+");

    /** Whether a field holds one line (titles, names, places) or many (bodies, Markdown). */
    public enum Lines { ONE, MANY }

    /** The cleaned text and how many characters had to be removed (not counting quiet changes). */
    public record Cleaned(String text, int removed) {
    }

    private PlainText() {
    }

    public static Cleaned clean(String typed, Lines lines) {
        if (typed == null) {
            return new Cleaned(null, 0);
        }
        var out = new StringBuilder(typed.length());
        int removed = 0;
        for (int i = 0; i < typed.length(); ) {
            int c = typed.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\r') {
                if (i < typed.length() && typed.charAt(i) == '\n') {
                    i++;
                }
                lineBreak(out, lines);
            } else if (isLineBreak(c)) {
                lineBreak(out, lines);
            } else if (c == '\t') {
                out.append(lines == Lines.ONE ? ' ' : '\t');
            } else if (isRemoved(c)) {
                removed++;
            } else {
                out.appendCodePoint(c);
            }
        }
        var text = Normalizer.normalize(out, Normalizer.Form.NFC);
        text = lines == Lines.ONE ? text.strip() : LEADING_BLANK_LINES.matcher(text.stripTrailing()).replaceFirst("");
        return new Cleaned(text, removed);
    }

    /** What a field's limit counts: UTF-16 units, as @Size and the browser's counter do. */
    public static int length(String text) {
        return text == null ? 0 : text.length();
    }

    private static void lineBreak(StringBuilder out, Lines lines) {
        out.append(lines == Lines.ONE ? ' ' : '\n');
    }

    /** LF, vertical tab, form feed, NEL and the Unicode line and paragraph separators (CR is handled apart). */
    private static boolean isLineBreak(int c) {
        return c == '\n' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    static boolean isRemoved(int c) {
        return c < 0x20 // C0 controls; tab and line breaks are handled before
                || c >= 0x7F && c <= 0x9F // DEL and C1 controls
                || c >= 0x202A && c <= 0x202E // LRE, RLE, PDF, LRO, RLO
                || c >= 0x2066 && c <= 0x2069 // LRI, RLI, FSI, PDI
                || c >= 0x206A && c <= 0x206F // deprecated format characters
                || c == 0xFEFF // byte order mark / zero width no-break space
                || c == 0xFFFE || c == 0xFFFF; // noncharacters
    }
}
