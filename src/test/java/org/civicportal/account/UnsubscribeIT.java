package org.civicportal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.civicportal.account.control.MailPreferences;
import org.civicportal.testing.FacesClient;
import org.civicportal.testing.Mailbox;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestAccounts;
import org.civicportal.testing.UnsubscribeTokens;
import org.civicportal.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 12 §4: leaving the monthly update or a chain's news in one click (RFC 8058), and the email preferences
 * on /me. One test takes the link from a real chain-news email (the outbox's dispatcher sends it); the others
 * compute tokens from the portal's signing_key row exactly as platform/mail/ListUnsubscribe signs them, so they
 * can name any account and list, and the forged-token test shows the portal refuses what it did not sign.
 */
class UnsubscribeIT extends PortalIT {

    private static final String ONE_CLICK = "List-Unsubscribe=One-Click";
    private final HttpClient visitor = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    // --- the unsubscribe page ---

    @Test
    void aGetShowsWhatItWouldDoAndUnsubscribesNobody() throws Exception {
        var id = subscriber("unsub.get@example.org", "Ursula Get");
        var page = get("/unsubscribe?token=" + encode(token(id, "update")), "en");
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("id=\"unsubscribe-form\""), page.body());
        assertTrue(page.body().contains("The monthly update"), page.body());
        assertTrue(page.body().contains("u\u2022\u2022\u2022@example.org"), "the address, partly masked");
        assertFalse(page.body().contains("unsub.get@example.org"), "never the whole address");
        assertFalse(page.body().contains("jakarta.faces.ViewState"), "a plain form: no view state, no session");
        assertEquals(List.of(), sessionCookies(page), "a visitor gets no session");
        assertEquals("private, no-store", page.headers().firstValue("Cache-Control").orElse(""));
        assertSecurityHeaders(page);
        // A mail scanner following the link twice, and the page in Spanish: still subscribed.
        var spanish = get("/unsubscribe?token=" + encode(token(id, "update")), "es");
        assertTrue(spanish.body().contains("El boletín mensual"), spanish.body());
        assertEquals("1", optIn(id), "a GET must not unsubscribe");
    }

    @Test
    void aOneClickPostLeavesTheMonthlyUpdateWithoutSessionOrViewState() throws Exception {
        var id = subscriber("unsub.post@example.org", "Paula Post");
        var token = token(id, "update");
        var done = post("/unsubscribe?token=" + encode(token), ONE_CLICK);
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(done.body().contains("id=\"unsubscribe-done\""), done.body());
        assertTrue(done.body().contains("you will no longer receive the monthly update"), done.body());
        assertTrue(done.body().contains("/me\""), "the way back");
        assertEquals(List.of(), sessionCookies(done), "the one-click POST makes no session");
        assertSecurityHeaders(done);
        assertEquals("0", optIn(id));
        assertNull(TestAccounts.query("SELECT monthly_update_opt_in_at FROM account WHERE id = ?", id),
                "leaving forgets when they had said yes");
        // Idempotent: the mail client retries, the resident presses the page's button too.
        var again = post("/unsubscribe?token=" + encode(token), ONE_CLICK);
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("id=\"unsubscribe-done\""));
        assertEquals("0", optIn(id));
        var page = get("/unsubscribe?token=" + encode(token), "en");
        assertTrue(page.body().contains("id=\"unsubscribe-already\""), "the page says it is done already");
    }

    @Test
    void aOneClickPostStopsFollowingAChain() throws Exception {
        var id = subscriber("unsub.chain@example.org", "Chano Chain");
        var decision = Long.parseLong(TestAccounts.query("SELECT MIN(id) FROM decision"));
        var title = TestAccounts.query("SELECT title FROM decision WHERE id = ?", decision);
        follow(decision, id);
        var token = token(id, "chain:" + decision);
        var confirm = get("/unsubscribe?token=" + encode(token), "en");
        assertEquals(200, confirm.statusCode());
        assertTrue(confirm.body().contains("News of the chain"), confirm.body());
        assertTrue(confirm.body().contains(escape(title)), confirm.body());
        assertTrue(confirm.body().contains("/decisions/" + decision + "\""), "the chain's link");
        assertEquals("1", following(decision, id), "a GET must not unsubscribe");

        var done = post("/unsubscribe?token=" + encode(token), ONE_CLICK);
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(done.body().contains("no longer receive news of this chain"), done.body());
        assertEquals("0", following(decision, id));
        assertEquals("1", optIn(id), "only the chain's list was left");
        assertEquals(200, post("/unsubscribe?token=" + encode(token), ONE_CLICK).statusCode(), "idempotent");
        assertEquals("0", following(decision, id));
    }

    /**
     * RFC 8058 lets the mail client post the one click as multipart/form-data: the same answer, no session.
     */
    @Test
    void aOneClickPostedAsMultipartFormDataUnsubscribesToo() throws Exception {
        var id = subscriber("unsub.multipart@example.org", "Mia Multipart");
        var boundary = "----civic" + id;
        var body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"List-Unsubscribe\"\r\n\r\n"
                + "One-Click\r\n--" + boundary + "--\r\n";
        var done = visitor.send(HttpRequest.newBuilder(URI.create(url("/unsubscribe?token=" + encode(token(id, "update")))))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, done.statusCode(), done.body());
        assertTrue(done.body().contains("id=\"unsubscribe-done\""), done.body());
        assertEquals(List.of(), sessionCookies(done), "the one-click POST makes no session");
        assertEquals("0", optIn(id));
    }

    /**
     * Leaving a list also stops what was queued for the resident and not sent yet: their monthly update rows
     * (held by a paused send, or pending) and the news of the chain they left; other residents' rows, other
     * chains' news and what was sent already stay as they were.
     */
    @Test
    void leavingAListCancelsItsMailQueuedAndNotSentYet() throws Exception {
        var id = subscriber("unsub.queued@example.org", "Quentin Queued");
        var other = subscriber("unsub.queued.other@example.org", "Olga Other");
        var update = 900_000_000L + id;
        var held = queued("update:" + update + ":account:" + id, "update:" + update, id, "update/monthly", "HELD");
        var sent = queued("update:" + (update + 1) + ":account:" + id, "update:" + (update + 1), id, "update/monthly",
                "SENT");
        var othersRow = queued("update:" + update + ":account:" + other, "update:" + update, other, "update/monthly",
                "HELD");
        var chain = Long.parseLong(TestAccounts.query("SELECT MIN(id) FROM decision"));
        var otherChain = Long.parseLong(TestAccounts.query("SELECT MAX(id) FROM decision"));
        follow(chain, id);
        var news = queued("decision/progress:" + chain + ":revision:" + id + ":IN_PROGRESS:0:account:" + id, null, id,
                "decision/progress", "PENDING");
        var otherNews = queued("decision/progress:" + otherChain + ":revision:" + id + ":IN_PROGRESS:0:account:" + id,
                null, id, "decision/progress", "HELD");

        assertEquals(200, post("/unsubscribe?token=" + encode(token(id, "update")), ONE_CLICK).statusCode());
        assertEquals("CANCELLED", state(held), "the paused send will not reach them when resumed");
        assertEquals("SENT", state(sent));
        assertEquals("HELD", state(othersRow), "another subscriber still receives it");
        assertEquals("PENDING", state(news), "the chain's news is another list");

        assertEquals(200, post("/unsubscribe?token=" + encode(token(id, "chain:" + chain)), ONE_CLICK).statusCode());
        assertEquals("CANCELLED", state(news));
        assertEquals("HELD", state(otherNews), "only the chain left");
        // Leaving a chain on its own page does the same.
        follow(otherChain, id);
        var unfollowed = new FacesClient(base).signIn("unsub.queued@example.org", TestAccounts.PASSWORD)
                .post("/decisions/" + otherChain, "follow", "unfollow-button", Map.of());
        assertTrue(unfollowed.statusCode() < 400, unfollowed.body());
        assertEquals("0", following(otherChain, id));
        assertEquals("CANCELLED", state(otherNews));

        // On /me: unticking the monthly update does the same.
        var email = "unsub.queued.me@example.org";
        var mine = subscriber(email, "Mara Me");
        var row = queued("update:" + update + ":account:" + mine, "update:" + update, mine, "update/monthly", "PENDING");
        save(new FacesClient(base).signIn(email, TestAccounts.PASSWORD), profile("Mara Me", false));
        assertEquals("CANCELLED", state(row));
    }

    /**
     * End to end with the dispatcher: a real chain-news email carries both RFC 8058 headers; the mail client's
     * one-click POST to its List-Unsubscribe address takes the resident off the chain, and the chain's next news
     * is queued for the other followers and not for them.
     */
    @Test
    void theOneClickOfARealChainNewsEmailLeavesTheChainBeforeItsNextNews() throws Exception {
        var chain = TestAccounts.update("INSERT INTO decision (title, summary, rationale, rationale_html, decided_on, "
                + "department, topic_id, district_id, impl_status, progress, created_by, created_at, updated_at) "
                + "SELECT 'Benches for the one-click test', summary, rationale, rationale_html, decided_on, department, "
                + "topic_id, district_id, 'PLANNED', 0, created_by, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM decision "
                + "ORDER BY id LIMIT 1");
        assertEquals(1, chain);
        var decision = Long.parseLong(TestAccounts.query(
                "SELECT MAX(id) FROM decision WHERE title = 'Benches for the one-click test'"));
        var leaving = TestAccounts.create("unsub.e2e@example.org", "Lena Leaving");
        var staying = TestAccounts.create("unsub.e2e.stays@example.org", "Stan Staying");
        follow(decision, accountId(leaving));
        follow(decision, accountId(staying));
        var official = new FacesClient(base).signIn(TestAccounts.create("unsub.e2e.official@example.org",
                "Olivia Official", "OFFICIAL"), TestAccounts.PASSWORD);
        assertEquals(302, official.post("/admin/decision?id=" + decision, "editor", "save",
                editorFields(decision, "IN_PROGRESS", 30)).statusCode());

        var news = Mailbox.await(leaving, 1);
        var header = news.getHeader("List-Unsubscribe");
        assertNotNull(header, "chain news carries List-Unsubscribe");
        assertEquals(ONE_CLICK, news.getHeader("List-Unsubscribe-Post")[0]);
        var link = header[0].replaceAll("^<|>$", "");
        assertTrue(link.contains("/unsubscribe?token="), link);
        var target = URI.create(link);
        var clicked = post(target.getRawPath() + "?" + target.getRawQuery(), ONE_CLICK);
        assertEquals(200, clicked.statusCode(), clicked.body());
        assertEquals("0", following(decision, accountId(leaving)));

        assertEquals(302, official.post("/admin/decision?id=" + decision, "editor", "save",
                editorFields(decision, "IN_PROGRESS", 60)).statusCode());
        var queued = "SELECT COUNT(*) FROM outbox_message WHERE message_key LIKE ? AND account_id = ?";
        var keys = "decision/progress:" + decision + ":%";
        assertEquals("2", TestAccounts.query(queued, keys, accountId(staying)), "the follower who stayed hears twice");
        assertEquals("1", TestAccounts.query(queued, keys, accountId(leaving)), "the one who left, only before");
        Mailbox.await(staying, 2);
        assertEquals(1, Mailbox.to(leaving).size());
    }

    @Test
    void forgedAlteredTruncatedOrMissingTokensAreRefusedNeverAServerError() throws Exception {
        var id = subscriber("unsub.forged@example.org", "Fergus Forged");
        var good = token(id, "update");
        var dot = good.indexOf('.');
        var signature = good.substring(dot + 1);
        var flipped = (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);
        var otherPayload = b64((id + 1) + ":update");
        var forgedKey = b64(id + ":update") + "." + b64(sign(new byte[32], id + ":update"));
        var refused = List.of(good.substring(0, dot) + "." + flipped, otherPayload + good.substring(dot),
                forgedKey, good.substring(0, good.length() - 3), good.substring(0, dot), "garbage", ".", "@@@.@@@",
                b64(id + ":everything") + "." + signature, "x".repeat(400), good + "." + signature);
        for (var token : refused) {
            for (var response : List.of(get("/unsubscribe?token=" + encode(token), "en"),
                    post("/unsubscribe?token=" + encode(token), ONE_CLICK))) {
                assertEquals(403, response.statusCode(), token + ": " + response.body());
                assertTrue(response.body().contains("This unsubscribe link is not valid"), response.body());
                assertFalse(response.body().contains("unsubscribe-form"), token);
                assertSecurityHeaders(response);
                assertEquals(List.of(), sessionCookies(response));
            }
        }
        for (var path : List.of("/unsubscribe", "/unsubscribe?token=", "/unsubscribe?token=%20")) {
            for (var response : List.of(get(path, "en"), post(path, ONE_CLICK), post(path, ""))) {
                assertEquals(400, response.statusCode(), path + ": " + response.body());
                assertTrue(response.body().contains("This unsubscribe link is incomplete"), response.body());
            }
        }
        assertEquals("1", optIn(id), "nothing refused changed anything");
        // What the portal signed itself still works after all that.
        assertEquals(200, post("/unsubscribe?token=" + encode(good), ONE_CLICK).statusCode());
        assertEquals("0", optIn(id));
    }

    @Test
    void aTokenOfAnAccountThatNoLongerExistsGetsAClearPage() throws Exception {
        var gone = token(9_000_000_000_000L, "update");
        for (var response : List.of(get("/unsubscribe?token=" + encode(gone), "en"),
                post("/unsubscribe?token=" + encode(gone), ONE_CLICK))) {
            assertEquals(410, response.statusCode(), response.body());
            assertTrue(response.body().contains("no longer exists"), response.body());
        }
    }

    // --- /me ---

    @Test
    void meShowsSinceWhenTheUpdateComesAndStoresTheOptInTime() throws Exception {
        var email = TestAccounts.create("prefs.optin@example.org", "Olga Optin");
        var id = accountId(email);
        var me = new FacesClient(base).signIn(email, TestAccounts.PASSWORD);
        assertTrue(me.get("/me").contains("You do not receive the monthly update"));
        save(me, profile("Olga Optin", true));
        var since = TestAccounts.query("SELECT monthly_update_opt_in_at FROM account WHERE id = ?", id);
        assertNotNull(since, "opting in on /me stores when");
        assertEquals("1", optIn(id));
        var page = me.get("/me");
        assertTrue(page.contains("You receive the monthly update since"), page);
        // Saving the profile again is no new consent: the first yes is kept.
        TestAccounts.update("UPDATE account SET monthly_update_opt_in_at = '2026-03-04 10:00:00' WHERE id = ?", id);
        save(me, profile("Olga Optin Again", true));
        assertTrue(TestAccounts.query("SELECT monthly_update_opt_in_at FROM account WHERE id = ?", id)
                .startsWith("2026-03-04 10:00:00"));
        var kept = me.get("/me");
        assertTrue(kept.contains("You receive the monthly update since Mar 4, 2026"), kept);
        save(me, profile("Olga Optout", false));
        assertEquals("0", optIn(id));
        assertNull(TestAccounts.query("SELECT monthly_update_opt_in_at FROM account WHERE id = ?", id));
    }

    @Test
    void registeringWithTheMonthlyUpdateStoresTheOptInTime() throws Exception {
        var email = "prefs.register@example.org";
        var visitor = new FacesClient(base);
        var answer = visitor.post("/register", "register", "submit", Map.of("displayName", "Rita Register",
                "email", email, "password", "a long enough passphrase 42", "district", "", "language", "en",
                "monthlyUpdates", "on"));
        assertTrue(answer.statusCode() < 400, answer.body());
        assertEquals("1", TestAccounts.query("SELECT monthly_update_opt_in FROM account WHERE email = ?", email));
        assertNotNull(TestAccounts.query("SELECT monthly_update_opt_in_at FROM account WHERE email = ?", email));
    }

    @Test
    void aResidentStopsFollowingAChainOnMeAndOnlyTheirOwn() throws Exception {
        var decision = Long.parseLong(TestAccounts.query("SELECT MAX(id) FROM decision"));
        var title = TestAccounts.query("SELECT title FROM decision WHERE id = ?", decision);
        var mine = TestAccounts.create("prefs.follower@example.org", "Flora Follower");
        var theirs = TestAccounts.create("prefs.other@example.org", "Otto Other");
        follow(decision, accountId(mine));
        follow(decision, accountId(theirs));
        var me = new FacesClient(base).signIn(mine, TestAccounts.PASSWORD);
        var page = me.get("/me");
        assertTrue(page.contains(escape(title)), page);
        assertTrue(page.contains("/decisions/" + decision + "\""), "each chain links to its page");
        var stopped = me.postFirst("/me", "stop", "button", Map.of());
        assertEquals(200, stopped.statusCode(), stopped.body());
        assertTrue(stopped.body().contains("You no longer follow"), stopped.body());
        assertEquals("0", following(decision, accountId(mine)));
        assertEquals("1", following(decision, accountId(theirs)), "another resident's row is untouched");
        assertTrue(me.get("/me").contains("You follow no chain"));
        // A visitor cannot reach the page at all.
        var anonymous = visitor.send(HttpRequest.newBuilder(URI.create(url("/me"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(anonymous.statusCode() == 302 || anonymous.statusCode() == 303, "" + anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/sign-in"));
    }

    /** /me shows 100 followed chains a page; the "more" link leads to the rest, none left out. */
    @Test
    void meShowsEveryFollowedChainAPageAtATime() throws Exception {
        var email = TestAccounts.create("prefs.many@example.org", "Manu Many");
        var id = accountId(email);
        var decisions = Long.parseLong(TestAccounts.query("SELECT COUNT(*) FROM decision"));
        for (long i = decisions; i < 101; i++) {
            TestAccounts.update("INSERT INTO decision (title, summary, rationale, rationale_html, decided_on, "
                    + "department, topic_id, district_id, impl_status, progress, created_by, created_at, updated_at) "
                    + "SELECT CONCAT('Chain for paging ', ?), summary, rationale, rationale_html, decided_on, department, "
                    + "topic_id, district_id, 'PLANNED', 0, created_by, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM decision "
                    + "ORDER BY id LIMIT 1", i);
        }
        TestAccounts.update("INSERT INTO chain_follower (decision_id, account_id, following, since) SELECT id, ?, TRUE, "
                + "UTC_TIMESTAMP(6) FROM decision ORDER BY id DESC LIMIT 101 ON DUPLICATE KEY UPDATE following = TRUE", id);
        var oldest = TestAccounts.query("SELECT MIN(decision_id) FROM chain_follower WHERE account_id = ? "
                + "AND following = TRUE", id);
        var me = new FacesClient(base).signIn(email, TestAccounts.PASSWORD);

        var first = me.get("/me");
        assertEquals(100, stopButtons(first), "one page");
        assertFalse(first.contains("/decisions/" + oldest + "\""), "the 101st is on the next page");
        var more = java.util.regex.Pattern.compile("id=\"me-chains-more\" href=\"[^\"]*/me\\?chainsAfter=(\\d+)")
                .matcher(first);
        assertTrue(more.find(), first);
        var second = me.get("/me?chainsAfter=" + more.group(1));
        assertEquals(1, stopButtons(second), second);
        assertTrue(second.contains("/decisions/" + oldest + "\""), second);
        assertFalse(second.contains("id=\"me-chains-more\""), "the last page");
        assertTrue(second.contains("id=\"me-chains-first\""), "the way back to the first page");
        // The index gives the page in order: a range of the account's own rows, no scan of the table.
        var plan = explainKey(id, Long.parseLong(more.group(1)));
        assertTrue(plan.startsWith("f:ix_chain_follower_account d:PRIMARY"), plan);
        // Leaving the only chain of the last page shows the first page, not "You follow no chain".
        var left = me.postFirst("/me?chainsAfter=" + more.group(1), "stop", "button", Map.of());
        assertEquals(200, left.statusCode(), left.body());
        assertEquals(100, stopButtons(left.body()), left.body());
        var malformed = me.get("/me?chainsAfter=x%27");
        assertEquals(100, stopButtons(malformed), "a malformed cursor shows the first page");
    }

    /** The index MariaDB reads /me's page of followed chains with. */
    private static String explainKey(long account, long after) throws Exception {
        try (var connection = TestServers.connect();
                var explain = connection.prepareStatement("EXPLAIN " + MailPreferences.CHAIN_PAGE
                        .replaceAll("\\?\\d", "?"))) {
            explain.setLong(1, account);
            explain.setLong(2, after);
            try (var rows = explain.executeQuery()) {
                var keys = new StringBuilder();
                while (rows.next()) {
                    keys.append(rows.getString("table")).append(':').append(rows.getString("key")).append(' ');
                }
                return keys.toString();
            }
        }
    }

    private static int stopButtons(String page) {
        return page.split("aria-label=\"Stop following: ", -1).length - 1;
    }

    @Test
    void aSuppressedAddressIsToldOnMeAndCanBeConfirmedAgain() throws Exception {
        var email = TestAccounts.create("prefs.bounced@example.org", "Bea Bounced");
        var id = accountId(email);
        TestAccounts.update("INSERT INTO mail_suppression (email, account_id, reason, message_key, suppressed_at) "
                + "VALUES (?, ?, '550 5.1.1 <prefs.bounced@example.org>: mailbox unavailable', 'test:1', "
                + "UTC_TIMESTAMP(6))", email, id);
        var me = new FacesClient(base).signIn(email, TestAccounts.PASSWORD);
        var page = me.get("/me");
        assertTrue(page.contains("id=\"me-suppressed\""), page);
        assertTrue(page.contains("550 5.1.1 &lt;prefs.bounced@example.org&gt;: mailbox unavailable"),
                "the server's answer, escaped");
        var released = me.post("/me", "suppression", "release", Map.of());
        assertEquals(200, released.statusCode(), released.body());
        assertTrue(released.body().contains("we will send you email again"), released.body());
        assertFalse(released.body().contains("id=\"me-suppressed\""));
        assertEquals("0", TestAccounts.query("SELECT COUNT(*) FROM mail_suppression WHERE email = ?", email));
    }

    // --- §6: the first-of-month reminder on /admin ---

    @Test
    void staffSeeTheReminderOnTheFirstDayOfAMonthWithoutAnUpdate() throws Exception {
        var staffEmail = TestAccounts.create("reminder.staff@example.org", "Remy Reminder", "STAFF");
        var staff = new FacesClient(base).signIn(staffEmail, TestAccounts.PASSWORD);
        // June 2031 has no update: on 1 July its update is missing.
        var first = staff.get("/admin/?on=2031-07-01");
        assertTrue(first.contains("id=\"update-reminder\""), first);
        assertTrue(first.contains("the update about June 2031 has not been drafted yet"), first);
        assertTrue(first.contains("/admin/updates\""), "a link to draft it");
        assertFalse(staff.get("/admin/?on=2031-07-02").contains("update-reminder"), "only on the first day");
        assertFalse(staff.get("/admin/?on=not-a-day").contains("Something went wrong"));
        TestAccounts.update("INSERT INTO monthly_update (month, state, intro_en, intro_es, created_by, created_at, "
                + "updated_at) VALUES ('2031-08', 'DRAFT', '', '', ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
                accountId(staffEmail));
        try {
            assertFalse(staff.get("/admin/?on=2031-09-01").contains("update-reminder"), "August's is drafted");
            assertFalse(staff.get("/admin/?on=2031-08-01").contains("update-reminder"),
                    "an update labelled with the current month counts as drafted too");
        } finally {
            TestAccounts.update("DELETE FROM monthly_update WHERE month = '2031-08'");
        }
        var official = new FacesClient(base).signIn(TestAccounts.create("reminder.official@example.org",
                "Oliver Official", "OFFICIAL"), TestAccounts.PASSWORD);
        assertFalse(official.get("/admin/?on=2031-07-01").contains("update-reminder"), "for staff only");
    }

    // --- accessibility ---

    @Test
    void unsubscribeMeAndTheReminderHaveNoSeriousAccessibilityProblems() throws Exception {
        var email = TestAccounts.create("prefs.axe@example.org", "Axel Axe");
        var id = accountId(email);
        TestAccounts.update("UPDATE account SET monthly_update_opt_in = TRUE, monthly_update_opt_in_at = "
                + "UTC_TIMESTAMP(6) WHERE id = ?", id);
        var decision = Long.parseLong(TestAccounts.query("SELECT MIN(id) FROM decision"));
        follow(decision, id);
        TestAccounts.update("INSERT INTO mail_suppression (email, account_id, reason, suppressed_at) VALUES (?, ?, "
                + "'552 mailbox full', UTC_TIMESTAMP(6))", email, id);
        try (var browser = browser()) {
            browser.open("/unsubscribe?token=" + encode(token(id, "chain:" + decision))).assertAccessible();
            browser.submit("unsubscribe-confirm");
            assertTrue(browser.has("unsubscribe-done"), "the button unsubscribes");
            browser.assertAccessible();
            assertEquals("0", following(decision, id));
            browser.open("/unsubscribe?token=garbage").assertAccessible();
            signIn(browser, email, TestAccounts.PASSWORD);
            browser.open("/me");
            assertTrue(browser.has("me-suppressed"));
            assertTrue(browser.text(By.id("me-monthly-update")).contains("since"));
            browser.assertAccessible();
        }
        try (var browser = browser()) {
            signIn(browser, TestAccounts.create("reminder.axe@example.org", "Rea Axe", "STAFF"), TestAccounts.PASSWORD);
            browser.open("/admin/?on=2031-07-01");
            assertTrue(browser.has("update-reminder"));
            browser.assertAccessible();
        }
    }

    // --- helpers ---

    /** A verified account subscribed to the monthly update: its id. */
    private static long subscriber(String email, String name) {
        TestAccounts.create(email, name);
        TestAccounts.update("UPDATE account SET monthly_update_opt_in = TRUE, monthly_update_opt_in_at = "
                + "UTC_TIMESTAMP(6) WHERE email = ?", email);
        return accountId(email);
    }

    private static long accountId(String email) {
        return Long.parseLong(TestAccounts.query("SELECT id FROM account WHERE email = ?", email));
    }

    private static String optIn(long id) {
        return TestAccounts.query("SELECT monthly_update_opt_in FROM account WHERE id = ?", id);
    }

    /**
     * A composed row as the outbox queues it, in the given state; due in a year, so the dispatcher leaves a
     * PENDING one alone while the test runs. Its key.
     */
    private static String queued(String key, String campaign, long account, String template, String state) {
        TestAccounts.update("INSERT INTO outbox_message (message_key, stream, campaign, account_id, recipient, "
                + "language, template, composer, params, message_id, state, next_attempt_at, created_at) "
                + "SELECT ?, 'BULK', ?, id, email, 'en', ?, 'update', '0', CONCAT('<', ?, '@test>'), ?, "
                + "UTC_TIMESTAMP(6) + INTERVAL 1 YEAR, UTC_TIMESTAMP(6) FROM account WHERE id = ? "
                + "ON DUPLICATE KEY UPDATE state = VALUES(state)", key, campaign, template, key, state, account);
        return key;
    }

    private static String state(String key) {
        return TestAccounts.query("SELECT state FROM outbox_message WHERE message_key = ?", key);
    }

    private static String following(long decision, long account) {
        return TestAccounts.query("SELECT following FROM chain_follower WHERE decision_id = ? AND account_id = ?",
                decision, account);
    }

    private static void follow(long decision, long account) {
        TestAccounts.update("INSERT INTO chain_follower (decision_id, account_id, following, since) VALUES (?, ?, "
                + "TRUE, UTC_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE following = TRUE", decision, account);
    }

    /** The decision editor's fields as the page posts them, with a new status and progress. */
    private static Map<String, String> editorFields(long id, String status, int progress) {
        var fields = new java.util.HashMap<String, String>();
        for (var column : List.of("title", "summary", "rationale", "decided_on", "department", "topic_id",
                "district_id", "start_date", "target_date", "budget")) {
            var value = TestAccounts.query("SELECT " + column + " FROM decision WHERE id = ?", id);
            fields.put(column.replace("_id", "").replace('_', '-'), value == null ? "" : value);
        }
        fields.put("status", status);
        fields.put("progress", String.valueOf(progress));
        return fields;
    }

    private static void save(FacesClient me, Map<String, String> profile) throws Exception {
        var saved = me.post("/me", "profile", "save", profile);
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(saved.body().contains("Your profile was saved."), saved.body());
    }

    private static Map<String, String> profile(String name, boolean monthly) {
        var fields = new java.util.HashMap<String, String>(Map.of("displayName", name, "district", "",
                "language", "en"));
        if (monthly) {
            fields.put("monthlyUpdates", "on");
        }
        return fields;
    }

    /** The token ListUnsubscribe signs: base64url(account:list) "." base64url(HMAC-SHA-256 cut to 16 bytes). */
    private static String token(long accountId, String list) {
        return UnsubscribeTokens.token(accountId, list);
    }

    private static byte[] sign(byte[] key, String payload) {
        return UnsubscribeTokens.sign(key, payload);
    }

    private static String b64(String text) {
        return b64(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String encode(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private String url(String path) {
        return base.toString().replaceAll("/+$", "") + path;
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return visitor.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept-Language", language)
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** As a mail client posts RFC 8058's one click: no cookie, no view state, only the body. */
    private HttpResponse<String> post(String path, String body) throws Exception {
        return visitor.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> sessionCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
    }

    private static void assertSecurityHeaders(HttpResponse<?> response) {
        var headers = response.headers();
        var policies = String.join(" | ", headers.allValues("Content-Security-Policy"));
        assertTrue(policies.contains("frame-ancestors 'none'"), headers.map().toString());
        assertTrue(policies.contains("script-src"), "PrimeFaces' nonce policy: " + policies);
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""));
    }
}
