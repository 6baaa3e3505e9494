package org.civicportal.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The unsubscribe page names the address only partly: a forwarded link must not give it away. */
class MaskedEmailTest {

    @Test
    void keepsTheFirstLetterAndTheDomain() {
        assertEquals("a\u2022\u2022\u2022@example.org", MailPreferences.mask("ana.garcia@example.org"));
        assertEquals("a\u2022\u2022\u2022@example.org", MailPreferences.mask("a@example.org"));
        assertEquals("\u2022\u2022\u2022", MailPreferences.mask("no-at-sign"));
    }
}
