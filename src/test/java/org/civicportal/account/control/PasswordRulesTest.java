package org.civicportal.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.civicportal.account.entity.Account;
import org.civicportal.account.entity.AccountToken;
import org.civicportal.account.entity.TokenPurpose;
import org.civicportal.platform.i18n.Language;
import org.junit.jupiter.api.Test;

/** Password rules and one-time links, without a container. */
class PasswordRulesTest {

    @Test
    void commonPasswordsAreRefusedEvenWhenLongEnough() {
        assertTrue(CommonPasswords.isCommon("password1234"));
        assertTrue(CommonPasswords.isCommon("qwertyuiop12"));
        assertTrue(CommonPasswords.isCommon("1q2w3e4r5t6y"));
        assertTrue(CommonPasswords.isCommon("PASSWORD!!!!2024"));
        assertTrue(CommonPasswords.isCommon("aaaaaaaaaaaaaa"), "too few different characters");
        assertFalse(CommonPasswords.isCommon("lantern orbit meadow 42"));
        assertFalse(CommonPasswords.isCommon("civic-portal-demo"));
    }

    @Test
    void tokensAreRandomAndStoredOnlyAsDigests() {
        var a = OneTimeTokens.generate();
        var b = OneTimeTokens.generate();
        assertNotEquals(a, b);
        assertEquals(43, a.length(), "256 bits, URL-safe base64");
        assertEquals(64, OneTimeTokens.digest(a).length());
        assertEquals(OneTimeTokens.digest(a), OneTimeTokens.digest(a));
        assertNotEquals(a, OneTimeTokens.digest(a));
    }

    @Test
    void linksExpireAndWorkOnce() {
        var now = Instant.parse("2026-11-24T10:00:00Z");
        var account = new Account("Ana@Example.org ", "Ana", "hash", Language.EN, now);
        assertEquals("ana@example.org", account.getEmail());
        var verify = new AccountToken(account, TokenPurpose.VERIFY_EMAIL, "h", now);
        assertTrue(verify.isUsable(TokenPurpose.VERIFY_EMAIL, now.plus(Duration.ofHours(23))));
        assertFalse(verify.isUsable(TokenPurpose.VERIFY_EMAIL, now.plus(Duration.ofHours(24))), "24 h");
        assertFalse(verify.isUsable(TokenPurpose.RESET_PASSWORD, now), "one purpose only");
        verify.use(now);
        assertFalse(verify.isUsable(TokenPurpose.VERIFY_EMAIL, now), "single use");

        var reset = new AccountToken(account, TokenPurpose.RESET_PASSWORD, "h2", now);
        assertTrue(reset.isUsable(TokenPurpose.RESET_PASSWORD, now.plus(Duration.ofMinutes(59))));
        assertFalse(reset.isUsable(TokenPurpose.RESET_PASSWORD, now.plus(Duration.ofMinutes(60))), "1 h");
    }
}
