package org.civicportal.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.civicportal.platform.i18n.Language;
import org.civicportal.platform.i18n.Texts;
import org.junit.jupiter.api.Test;

/** Lists count and page no further than 10,000 rows, and say so in the reader's language. */
class BoundedCountTest {

    @Test
    void aCountStopsPastTenThousandAndSaysMoreThan() {
        assertEquals(new BoundedCount(10_000, true), BoundedCount.of(10_000));
        var more = BoundedCount.of(10_001);
        assertFalse(more.exact());
        assertEquals(10_000, more.value());
        assertEquals("SELECT COUNT(*) FROM (SELECT 1 FROM decision x LIMIT 10001) bounded",
                BoundedCount.sql("SELECT 1 FROM decision x"));
        assertEquals("more than 10,000", Texts.get(Language.EN, "lists.moreThan", BoundedCount.LIMIT));
        assertEquals("más de 10.000", Texts.get(Language.ES, "lists.moreThan", BoundedCount.LIMIT));
    }

    @Test
    void pagingEndsAtTheTenThousandthRow() {
        assertEquals(20, BoundedCount.cut(9_980, 20), "page 500 is whole");
        assertEquals(5, BoundedCount.cut(9_995, 20), "a page never reaches past the last row counted");
        assertEquals(0, BoundedCount.cut(10_000, 20), "page 501 is empty, read from nowhere");
    }
}
