package org.civicportal.platform.text;

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
        assertEquals("Jean-Luc O'Neil", SafeCell.of("Jean-Luc O'Neil"), "a hyphen inside a name is no formula");
        assertEquals("", SafeCell.of(""));
    }

    @Test
    void formulasAfterASeparatorStayTextToo() {
        assertEquals("Carlos;'=1+2;'@SUM(9*9)", SafeCell.of("Carlos;=1+2;@SUM(9*9)"));
        assertEquals("a,'=1", SafeCell.of("a,=1"));
        assertEquals("a|'+cmd", SafeCell.of("a|+cmd"));
        assertEquals("a\n'-2", SafeCell.of("a\n-2"));
        assertEquals("a\t'\t'=1", SafeCell.of("a\t\t=1"), "a tab both separates and starts a formula");
        assertEquals("'\t'=1", SafeCell.of("\t=1"));
    }
}
