package org.civicportal.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicportal.decision.control.PhotoType;
import org.civicportal.platform.audit.Changed;
import org.civicportal.decision.entity.Milestones;
import org.junit.jupiter.api.Test;

/** The rules behind versioning, milestone emails and photo checks. */
class DecisionRulesTest {

    @Test
    void onlyChangedFieldsAreVersionedWithOldAndNewValues() {
        var before = fields("title", "Benches", "progress", "20", "budget", null);
        var after = fields("title", "Benches", "progress", "55", "budget", "1000.00");
        assertEquals(List.of(new Changed("progress", "20", "55"), new Changed("budget", null, "1000.00")),
                Changed.between(before, after));
        assertTrue(Changed.between(after, after).isEmpty(), "saving without changes records nothing");
    }

    @Test
    void milestonesAreQuartersReached() {
        assertEquals(0, Milestones.reached(0));
        assertEquals(0, Milestones.reached(24));
        assertEquals(25, Milestones.reached(25));
        assertEquals(50, Milestones.reached(74));
        assertEquals(75, Milestones.reached(99));
        assertEquals(100, Milestones.reached(100));
        assertEquals(100, Milestones.reached(130), "out-of-range progress never passes 100");
    }

    @Test
    void photosAreRecognisedByContentNotByName() {
        assertEquals(Optional.of(PhotoType.JPEG), PhotoType.of(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10)));
        assertEquals(Optional.of(PhotoType.PNG), PhotoType.of(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0)));
        assertEquals(Optional.of(PhotoType.WEBP),
                PhotoType.of(bytes('R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'E', 'B', 'P')));
        assertEquals(Optional.empty(), PhotoType.of("<svg onload=alert(1)>".getBytes()), "SVG can carry scripts");
        assertEquals(Optional.empty(), PhotoType.of(bytes('R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'A', 'V', 'E')));
        assertEquals(Optional.empty(), PhotoType.of(bytes(0xFF, 0xD8)), "too short to be a JPEG");
    }

    private static Map<String, String> fields(String... keysAndValues) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static byte[] bytes(int... values) {
        var bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
