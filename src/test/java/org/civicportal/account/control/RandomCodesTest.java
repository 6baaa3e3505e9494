package org.civicportal.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

/**
 * Recovery codes and one-time link tokens (ASVS 2.6.3): their shape, their alphabet, no repeats among 10,000, and
 * SecureRandom as their only source ({@code platform/security/SourceScanTest} finds no other random source).
 */
class RandomCodesTest {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    @Test
    void recoveryCodesHaveTheirShapeAndNeverRepeat() {
        var seen = new HashSet<String>();
        var used = new HashSet<Character>();
        for (int batch = 0; batch < 1000; batch++) {
            var codes = RecoveryCodes.generate();
            assertEquals(RecoveryCodes.COUNT, codes.size());
            for (var code : codes) {
                assertTrue(code.matches("[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}"), code);
                assertTrue(RecoveryCodes.looksLikeOne(code));
                assertTrue(seen.add(code), "repeated: " + code);
                code.chars().filter(c -> c != '-').forEach(c -> used.add((char) c));
            }
        }
        assertEquals(10_000, seen.size());
        assertEquals(ALPHABET.length(), used.size(), "the whole alphabet is drawn from, nothing else");
    }

    @Test
    void linkTokensAre256RandomBitsAndNeverRepeat() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            var token = OneTimeTokens.generate();
            assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
            assertEquals(32, Base64.getUrlDecoder().decode(token).length);
            assertTrue(seen.add(token), "repeated: " + token);
            assertEquals(64, OneTimeTokens.digest(token).length(), "stored as SHA-256 hex, never as itself");
        }
        var salts = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(salts.add(Base64.getEncoder().encodeToString(RecoveryCodes.salt())));
        }
    }
}
