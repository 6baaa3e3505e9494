package org.civicportal.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.civicportal.platform.i18n.Language;
import org.junit.jupiter.api.Test;

/** The opt-in time of the monthly update: when the resident said yes, kept until they say no. */
class MonthlyUpdateConsentTest {

    private static final Instant MARCH = Instant.parse("2026-03-04T10:00:00Z");
    private static final Instant JUNE = Instant.parse("2026-06-01T08:00:00Z");

    @Test
    void sayingYesStoresWhenAndSayingYesAgainKeepsTheFirstYes() {
        var account = new Account("ana@example.org", "Ana", "hash", Language.EN, MARCH);
        assertNull(account.getMonthlyUpdateOptInAt());
        account.setMonthlyUpdateOptIn(true, MARCH);
        assertEquals(MARCH, account.getMonthlyUpdateOptInAt());
        account.setMonthlyUpdateOptIn(true, JUNE);
        assertEquals(MARCH, account.getMonthlyUpdateOptInAt(), "saving the profile again is no new consent");
    }

    @Test
    void sayingNoForgetsItAndALaterYesIsANewOne() {
        var account = new Account("ana@example.org", "Ana", "hash", Language.EN, MARCH);
        account.setMonthlyUpdateOptIn(true, MARCH);
        account.setMonthlyUpdateOptIn(false, JUNE);
        assertFalse(account.isMonthlyUpdateOptIn());
        assertNull(account.getMonthlyUpdateOptInAt());
        account.setMonthlyUpdateOptIn(true, JUNE);
        assertTrue(account.isMonthlyUpdateOptIn());
        assertEquals(JUNE, account.getMonthlyUpdateOptInAt());
    }
}
