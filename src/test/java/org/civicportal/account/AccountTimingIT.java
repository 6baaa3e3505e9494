package org.civicportal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civicportal.testing.Mailbox;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * No account enumeration by the clock: answers for taken and free, known and unknown emails take as long. It
 * compares times, so it runs alone ({@code @Isolated}: JUnit runs it after the others, with nothing beside it).
 * Moved here unchanged from AccountJourneyIT, which runs beside the second lane.
 */
@Isolated("it compares response times, which work beside it would distort")
class AccountTimingIT extends PortalIT {

    private static final String GOOD_PASSWORD = "lantern orbit meadow 42";

    /**
     * Registering a taken email takes as long as registering a free one. Each request comes from its own
     * loopback address and email, so no rate limit shortens one side; the order alternates and each request
     * waits for the mail work the one before left running, and the medians are compared with a bound
     * generous enough for a busy machine.
     */
    @Test
    void registeringATakenEmailTakesAsLongAsAFreeOne() throws Exception {
        var taken = new ArrayList<Long>();
        var free = new ArrayList<Long>();
        for (int i = 0; i < RUNS + 1; i++) {
            var owner = TestAccounts.create("timing.owner" + i + "@example.org", "Owner " + i);
            var fresh = "timing.new" + i + "@example.org";
            boolean takenFirst = i % 2 == 0;
            var first = register("127.0.2." + (2 * i + 2), takenFirst ? owner : fresh);
            Thread.sleep(PAUSE_MS);
            var second = register("127.0.2." + (2 * i + 3), takenFirst ? fresh : owner);
            Thread.sleep(PAUSE_MS);
            var ownerAnswer = takenFirst ? first : second;
            var freshAnswer = takenFirst ? second : first;
            assertEquals(doneText(freshAnswer.body(), fresh), doneText(ownerAnswer.body(), owner));
            if (i > 0) { // the first round warms up both paths
                taken.add(ownerAnswer.nanos());
                free.add(freshAnswer.nanos());
            }
        }
        assertSimilar("registration", taken, free);
    }

    /** Asking for a reset link takes as long for a known email as for an unknown one (measured as above). */
    @Test
    void askingForAResetTakesAsLongForKnownAndUnknownEmails() throws Exception {
        var known = new ArrayList<Long>();
        var unknown = new ArrayList<Long>();
        for (int i = 0; i < RUNS + 1; i++) {
            var owner = TestAccounts.create("timing.reset" + i + "@example.org", "Reset Owner " + i);
            var nobody = "timing.nobody" + i + "@example.org";
            boolean knownFirst = i % 2 == 0;
            var first = forgot("127.0.3." + (2 * i + 2), knownFirst ? owner : nobody);
            Thread.sleep(PAUSE_MS);
            var second = forgot("127.0.3." + (2 * i + 3), knownFirst ? nobody : owner);
            Thread.sleep(PAUSE_MS);
            var ownerAnswer = knownFirst ? first : second;
            var nobodyAnswer = knownFirst ? second : first;
            assertTrue(ownerAnswer.body().contains("id=\"forgot-sent\"") && nobodyAnswer.body().contains("id=\"forgot-sent\""));
            if (i > 0) {
                known.add(ownerAnswer.nanos());
                unknown.add(nobodyAnswer.nanos());
            }
        }
        assertSimilar("password reset", known, unknown);
        assertEquals("Reset your Civic Portal password", Mailbox.subject(Mailbox.await("timing.reset1@example.org", 1)));
    }

    private static final int RUNS = 11;
    private static final long PAUSE_MS = 300;

    private FromAddress.Answer register(String address, String email) throws Exception {
        var client = new FromAddress(base, address);
        var page = client.get("/register").body();
        return client.post("/register", page, "register", "submit", Map.of("displayName", "Timing Person",
                "email", email, "password", GOOD_PASSWORD, "language", "en"));
    }

    private FromAddress.Answer forgot(String address, String email) throws Exception {
        var client = new FromAddress(base, address);
        var page = client.get("/forgot-password").body();
        return client.post("/forgot-password", page, "forgot", "submit", Map.of("email", email));
    }

    private static String doneText(String page, String email) {
        var done = java.util.regex.Pattern.compile("id=\"register-done\"[\\s\\S]*?</div>").matcher(page);
        assertTrue(done.find(), page);
        return done.group().replace(email, "EMAIL");
    }

    /**
     * Compares each round's pair (taken one after the other, so a burst of load from elsewhere on the
     * machine hits both) and takes the median of those ratios, which one slow outlier cannot move.
     */
    private static void assertSimilar(String what, List<Long> known, List<Long> unknown) {
        var ratios = new ArrayList<Long>();
        for (int i = 0; i < known.size(); i++) {
            ratios.add(Math.round(1000.0 * known.get(i) / unknown.get(i)));
        }
        var ratio = median(ratios) / 1000;
        assertTrue(ratio < 1.5 && ratio > 1 / 1.5, String.format(
                "%s: known emails take %.2f times as long as unknown ones (median of pairs; ms %s / %s)", what, ratio,
                known.stream().map(n -> n / 1_000_000).toList(), unknown.stream().map(n -> n / 1_000_000).toList()));
    }

    private static double median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
