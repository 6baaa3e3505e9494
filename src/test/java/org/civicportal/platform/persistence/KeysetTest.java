package org.civicportal.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeysetTest {

    private static final Keyset POSITION = new Keyset(Instant.parse("2021-03-01T12:00:00.000123Z"), 4711);

    @Test
    void aCursorStandsForItsPositionToTheMicrosecond() {
        var cursor = POSITION.cursor("inputs");
        assertTrue(cursor.matches("[A-Za-z0-9_-]+"), "URL-safe without escaping: " + cursor);
        assertEquals(POSITION, Keyset.parse("inputs", cursor));
    }

    @Test
    void anotherListsCursorAChangedOneAndGarbageAreRefused() {
        var cursor = POSITION.cursor("inputs");
        assertThrows(IllegalArgumentException.class, () -> Keyset.parse("tasks", cursor));
        var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        var changed = Base64.getUrlEncoder().withoutPadding().encodeToString(
                text.replace(":4711:", ":4712:").getBytes(StandardCharsets.UTF_8));
        assertThrows(IllegalArgumentException.class, () -> Keyset.parse("inputs", changed));
        for (var bad : List.of("", "!!", "%%%", "abc", cursor.substring(1), cursor + "A", "x".repeat(500))) {
            assertThrows(IllegalArgumentException.class, () -> Keyset.parse("inputs", bad), bad);
        }
    }

    @Test
    void afterIsOneRangeOfTheOrderColumnsNumberedOnFromTheFiltersParameters() {
        var params = new ArrayList<Object>(List.of("DECLINED"));
        assertEquals("(i.created_at <= ?2 AND (i.created_at < ?3 OR i.id < ?4))",
                POSITION.after("i.created_at", "i.id", true, params));
        assertEquals(4, params.size());
        assertEquals(4711L, params.get(3));
        assertEquals("(t.starts_at >= ?1 AND (t.starts_at > ?2 OR t.id > ?3))",
                POSITION.after("t.starts_at", "t.id", false, new ArrayList<>()));
        assertEquals("WHERE c ", Keyset.and("", "c"));
        assertEquals("WHERE a = ?1 AND c ", Keyset.and("WHERE a = ?1", "c"));
    }

    @Test
    void aSliceSaysMoreFollowOnlyWhenTheExtraRowCameBack() {
        var keys = List.of(new Keyset(Instant.EPOCH, 3), new Keyset(Instant.EPOCH, 2), new Keyset(Instant.EPOCH, 1));
        var more = Keyset.slice(keys, 2, k -> k, "decisions");
        assertEquals(keys.subList(0, 2), more.rows());
        assertEquals(keys.get(1), Keyset.parse("decisions", more.next()));
        assertNull(Keyset.slice(keys, 3, k -> k, "decisions").next());
        assertEquals(List.of(), Keyset.slice(keys, 0, k -> k, "decisions").rows());
    }
}
