package org.civicportal.volunteer.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Names typed by residents never become spreadsheet formulas in the roster export. */
class SafeCellTest {

    @Test
    void cellsThatWouldStartAFormulaStayText() {
        assertEquals("'=HYPERLINK(\"http://evil\")", SafeCell.of("=HYPERLINK(\"http://evil\")"));
        assertEquals("'+1", SafeCell.of("+1"));
        assertEquals("'-2", SafeCell.of("-2"));
        assertEquals("'@SUM(A1)", SafeCell.of("@SUM(A1)"));
        assertEquals("María González", SafeCell.of("María González"));
        assertEquals("", SafeCell.of(""));
    }
}
