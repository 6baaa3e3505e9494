package org.civicportal.platform.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The city accounts' password hash, and the sizes of the dataset at a scale. */
class CityDatasetTest {

    @Test
    void theHashIsInThePortalsOwnFormatAndMatchesOnlyItsPassword() throws IOException {
        // The demo accounts' hash was made by the portal's PasswordHasher (Jakarta Security's Pbkdf2PasswordHash):
        // reading it proves the city accounts' hashes are in the form the portal verifies.
        var demo = Pattern.compile("'(PBKDF2WithHmacSHA256:600000:[^']+)'")
                .matcher(Files.readString(Path.of("db/demo/V1__demo_accounts.sql")));
        assertTrue(demo.find());
        assertTrue(CityDataset.matches(Launcher.DEMO_PASSWORD, demo.group(1)));

        var hash = CityDataset.hash(CityDataset.PASSWORD);
        assertTrue(hash.matches("PBKDF2WithHmacSHA256:600000:[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}="), hash);
        assertTrue(CityDataset.matches(CityDataset.PASSWORD, hash));
        assertFalse(CityDataset.matches(CityDataset.PASSWORD + "x", hash));
        assertNotEquals(hash, CityDataset.hash(CityDataset.PASSWORD), "a new salt each time");
    }

    @Test
    void theFullCityAndAThousandthOfIt() {
        var city = CityDataset.counts(1);
        assertEquals(1_000_000L, city.get("accounts"));
        assertEquals(100L, city.get("officials"));
        assertEquals(100_000L, city.get("inputs"));
        assertEquals(1_000_000L, city.get("supports"));
        assertEquals(20_000L, city.get("decisions"));
        assertEquals(20_000L, city.get("tasks"));
        assertEquals(80_000L, city.get("credit_pool"), "credits come from the older 80 % of inputs");

        var small = CityDataset.counts(0.001);
        assertEquals(1_000L, small.get("accounts"));
        assertEquals(2L, small.get("officials"));
        assertEquals(4L, small.get("window"), "room for the three credits a decision may have");
    }

    @Test
    void theLedgerSpansTheEightQuartersEndingWithTheCitysCurrentOne() {
        // 03:00 UTC on 1 October is still 30 September in New York: the current quarter is 2026-Q3 there.
        var zone = java.time.ZoneId.of("America/New_York");
        var ledger = LedgerDataset.counts(1, java.time.Instant.parse("2026-10-01T03:00:00Z"), zone);
        assertEquals(2_000_000L, ledger.get("rows"));
        assertEquals(20244L, ledger.get("q0_code"), "2024-Q4, seven quarters before");
        assertEquals(20263L, ledger.get("q7_code"));
        assertEquals(java.time.Instant.parse("2026-07-01T04:00:00Z").getEpochSecond(), ledger.get("q7_start"),
                "midnight in the city, not in UTC");
        assertEquals(java.time.Instant.parse("2026-10-01T04:00:00Z").getEpochSecond(), ledger.get("q7_end"));
        assertEquals(ledger.get("q6_end"), ledger.get("q7_start"), "quarters follow each other without a gap");
        assertEquals(2000L, LedgerDataset.counts(0.001, java.time.Instant.now(), zone).get("rows"));
    }
}
