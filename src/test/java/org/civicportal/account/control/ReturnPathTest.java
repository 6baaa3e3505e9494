package org.civicportal.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** After signing in, only paths on this portal are followed; everything else goes to /me. */
class ReturnPathTest {

    @Test
    void pathsOnThePortalAreKept() {
        for (var path : List.of("/inputs/42", "/me/volunteering", "/inputs?district=river&page=2", "/tasks/7#signup",
                "/inputs?q=caf%C3%A9", "/inputs?q=two%20words")) {
            assertEquals(Optional.of(path), ReturnPath.of(path), path);
        }
    }

    @Test
    void otherSitesAndTricksAreRefused() {
        for (var path : List.of("//evil.example", "///evil.example", "/\\evil.example", "\\\\evil.example",
                "https://evil.example/", "http:/evil.example", "javascript:alert(1)", "evil.example", " /inputs",
                "/%2F%2Fevil.example", "/%2f/evil.example", "/%5Cevil.example", "/%252F%252Fevil.example",
                "%2F%2Fevil.example", "/inputs\r\nSet-Cookie: x=y", "/inputs%0D%0ASet-Cookie:x=y", "/inputs%0a",
                "/a\tb", "/a b", "/%zz", "/sign-in", "/sign-in?next=/me", "/" + "a".repeat(1000))) {
            assertTrue(ReturnPath.of(path).isEmpty(), path);
        }
        assertTrue(ReturnPath.of(null).isEmpty());
        assertTrue(ReturnPath.of("").isEmpty());
    }
}
