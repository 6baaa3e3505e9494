package org.civicportal.platform.text;

/**
 * A spreadsheet cell that stays text: what residents typed (a display name) could otherwise start a
 * formula (=, +, -, @, tab, carriage return) that Excel or LibreOffice runs when the file is opened; every CSV
 * the portal writes (the roster, the personal-data export) passes its cells through here. Not only at the
 * start: a spreadsheet opened in a locale whose separator is ; (or that splits on tabs,
 * pipes or line breaks) cuts "Carlos;=1+2" into two cells, so every formula start that follows such a
 * separator is made text as well, with the apostrophe OWASP recommends. The roster and the audit export also
 * quote every cell.
 */
public final class SafeCell {

    private static final String FORMULA_START = "=+-@\t\r";
    private static final String SEPARATORS = ",;\t|\r\n";

    private SafeCell() {
    }

    public static String of(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        var safe = new StringBuilder(value.length() + 4);
        var cellStarts = true;
        for (var i = 0; i < value.length(); i++) {
            var c = value.charAt(i);
            if (cellStarts && FORMULA_START.indexOf(c) >= 0) {
                safe.append('\'');
            }
            safe.append(c);
            cellStarts = SEPARATORS.indexOf(c) >= 0;
        }
        return safe.toString();
    }
}
