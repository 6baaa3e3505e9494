package org.civicportal.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.civicportal.platform.audit.Changed;
import org.junit.jupiter.api.Test;

class AuditFilterTest {

    @Test
    void whatIsMalformedOrUnknownIsLeftOutNeverAnError() {
        var filter = AuditFilter.parse(Map.of("actor", "  ", "action", "DROP TABLE audit_entry", "target", "input' OR 1=1",
                "targetId", "12abc", "from", "2026-13-40", "to", "yesterday")::get);
        assertEquals(AuditFilter.NONE, filter);
        assertNull(AuditFilter.parse(Map.of("targetId", "99999999999999999999")::get).targetId(), "past a long");
    }

    @Test
    void aSoundFilterIsKeptAndReproducedByItsQueryString() {
        var filter = AuditFilter.parse(Map.of("actor", " staff@example.org ", "action", "role.grant", "target",
                "account", "targetId", "42", "from", "2026-11-01", "to", "2026-11-30")::get);
        assertEquals(new AuditFilter("staff@example.org", "role.grant", "account", 42L, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30)), filter);
        var query = new java.util.HashMap<String, String>();
        for (var pair : filter.query().split("&")) {
            var parts = pair.split("=", 2);
            query.put(parts[0], java.net.URLDecoder.decode(parts[1], java.nio.charset.StandardCharsets.UTF_8));
        }
        assertEquals(filter, AuditFilter.parse(query::get));
    }

    @Test
    void onlyChangedFieldsAreListedInTheNewerOrder() {
        var before = new java.util.LinkedHashMap<String, String>();
        before.put("title", "Old");
        before.put("place", "Park");
        var after = new java.util.LinkedHashMap<String, String>();
        after.put("title", "New");
        after.put("place", "Park");
        after.put("contact", "555");
        assertEquals(List.of(new Changed("title", "Old", "New"), new Changed("contact", null, "555")),
                Changed.between(before, after));
    }
}
