package org.civicportal.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecurityEventsTest {

    @Test
    void aLineHasAFixedParseableShape() {
        assertEquals("security event=sign-in.success method=password account=123 client=203.0.113.9",
                SecurityEvents.line("sign-in.success", "method", "password", "account", "123", "client", "203.0.113.9"));
        assertEquals("security event=access.refused path=/admin/people account=visitor needs=STAFF client=2001:db8::1",
                SecurityEvents.line("access.refused", "path", "/admin/people", "account", "visitor", "needs", "STAFF",
                        "client", "2001:db8::1"));
    }

    @Test
    void aCraftedValueCannotEndTheLineNorForgeAKey() {
        var crafted = "/me/x\r\nsecurity event=sign-in.success account=1 client=1.2.3.4 %0A\u00e9";
        var line = SecurityEvents.line("access.refused", "path", crafted, "account", "visitor");
        assertFalse(line.contains("\r") || line.contains("\n"), line);
        assertEquals("security event=access.refused path=/me/x%0D%0Asecurity%20event%3Dsign-in.success%20account%3D1"
                + "%20client%3D1.2.3.4%20%250A%C3%A9 account=visitor", line);
        // split on spaces, every token is key=value with exactly one '='
        for (var token : line.substring("security ".length()).split(" ")) {
            assertEquals(1, token.chars().filter(c -> c == '=').count(), token);
        }
        assertTrue(SecurityEvents.escape(null).equals("-"));
    }
}
