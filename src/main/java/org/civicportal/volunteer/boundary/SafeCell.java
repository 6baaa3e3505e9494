package org.civicportal.volunteer.boundary;

/**
 * A spreadsheet cell that stays text: what residents typed (a display name) could otherwise start a
 * formula (=, +, -, @) that Excel or LibreOffice runs when the roster is opened.
 */
final class SafeCell {

    private SafeCell() {
    }

    static String of(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
