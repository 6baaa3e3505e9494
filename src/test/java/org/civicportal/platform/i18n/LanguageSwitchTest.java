package org.civicportal.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The language link only ever leads back to a page of this site. */
class LanguageSwitchTest {

    @Test
    void pathsOfThisSiteAreKept() {
        for (var path : new String[] {"/", "/inputs", "/inputs/42", "/inputs?status=SUBMITTED&q=tr%C3%A9s&page=2",
                "/tasks/7.ics", "/no-such-page"}) {
            assertEquals(path, LanguageSwitch.sameOriginPath(path));
        }
    }

    @Test
    void anythingElseGoesHome() {
        for (var elsewhere : new String[] {null, "", "inputs", "https://evil.example/", "//evil.example/x",
                "/\\evil.example", "\\\\evil.example", "/\r\nSet-Cookie: x=1", "/in puts", "/ünïcode",
                "javascript:alert(1)", "/%zz", "/" + "a".repeat(2001)}) {
            assertEquals("/", LanguageSwitch.sameOriginPath(elsewhere), String.valueOf(elsewhere));
        }
    }
}
