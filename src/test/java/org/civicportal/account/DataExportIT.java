package org.civicportal.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.civicportal.testing.FacesClient;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.StrictJson;
import org.civicportal.testing.TestAccounts;
import org.civicportal.testing.TestInputs;
import org.civicportal.testing.TestTasks;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * /me/data: a resident with rows in every feature asks for their data, waits for it on the page, downloads the
 * ZIP and finds every file well formed (JSON without duplicate keys, CSV with one column count), holding their
 * rows and none of another resident's, with what they typed coming out as data; nobody else can download it;
 * an export left behind by a stopped node is built anyway; after its seven days the file and the offer go.
 */
class DataExportIT extends PortalIT {

    private static final Set<String> FILES = Set.of("profile.json", "email-preferences.json", "inputs.csv",
            "supports.csv", "reports.csv", "signups.csv", "thanks-given.csv", "forum-rsvps.csv",
            "forum-attendance.csv", "forum-answers.csv", "forum-reports.csv", "followed-chains.csv", "ledger.csv",
            "emails.json", "README.txt");
    private static final Pattern DOWNLOAD = Pattern.compile("id=\"data-download\"[^>]*href=\"([^\"]+)\"|href=\"([^\"]+)\"[^>]*id=\"data-download\"");
    private static final String XSS = "<script>alert('x')</script>";

    private final String run = Long.toString(System.nanoTime(), 36);

    @Test
    void aResidentDownloadsEverythingAboutThemAndNothingAboutAnyoneElse() throws Exception {
        var mine = TestAccounts.create("export.mine." + run + "@example.org", XSS + " Mine");
        var other = TestAccounts.create("export.other." + run + "@example.org", "Other " + run);
        TestAccounts.update("UPDATE account SET language = 'es', monthly_update_opt_in = TRUE, "
                + "monthly_update_opt_in_at = UTC_TIMESTAMP(6) - INTERVAL 3 DAY WHERE email = ?", mine);
        var myTitle = "=HYPERLINK(\"http://evil.example\") " + XSS + " " + run;
        var myInput = TestInputs.create(mine, myTitle, "ANSWERED");
        var otherInput = TestInputs.create(other, "Other's input " + run, "ANSWERED");
        var otherSecret = "other-secret-" + run;
        TestInputs.support(otherInput, mine);
        TestInputs.support(myInput, other);
        report(otherInput, mine);
        var task = TestTasks.create("Export task " + run, -300, 5);
        TestTasks.confirm(task, mine);
        TestTasks.confirm(task, other);
        TestAccounts.update("UPDATE signup s JOIN account a ON a.id = s.account_id SET s.attendance = 'ATTENDED', "
                + "s.hours = 2.50, s.recorded_at = UTC_TIMESTAMP(6), s.thanks = ?, s.thanked_at = UTC_TIMESTAMP(6) "
                + "WHERE s.task_id = ? AND a.email = ?", "+1 thanks for " + run, task, mine);
        TestAccounts.update("UPDATE signup s JOIN account a ON a.id = s.account_id SET s.thanks = ?, "
                + "s.thanked_at = UTC_TIMESTAMP(6), s.thanked_by = (SELECT id FROM account WHERE email = ?) "
                + "WHERE s.task_id = ? AND a.email = ?", "Thanks from mine " + run, mine, task, other);
        var forum = forumEvent();
        for (var person : List.of(mine, other)) {
            TestAccounts.update("INSERT INTO forum_rsvp (event_id, account_id, going, answered_at) SELECT ?, id, TRUE, "
                    + "UTC_TIMESTAMP(6) FROM account WHERE email = ?", forum, person);
            TestAccounts.update("INSERT INTO forum_attendance (event_id, account_id, district_id, recorded_by, "
                    + "recorded_at) SELECT ?, a.id, (SELECT id FROM district WHERE code = 'river'), s.id, "
                    + "UTC_TIMESTAMP(6) FROM account a, account s WHERE a.email = ? AND s.email = ?", forum, person,
                    TestAccounts.STAFF);
        }
        var myAnswer = writtenAnswer(mine, "@SUM(A1) " + XSS + " " + run);
        var otherAnswer = writtenAnswer(other, otherSecret);
        TestAccounts.update("INSERT INTO forum_answer_report (answer_id, account_id, reason, created_at) SELECT ?, id, "
                + "'SPAM', UTC_TIMESTAMP(6) FROM account WHERE email = ?", otherAnswer, mine);
        var chain = TestAccounts.query("SELECT MIN(id) FROM decision WHERE title LIKE 'Shade trees%'");
        for (var person : List.of(mine, other)) {
            TestAccounts.update("INSERT INTO chain_follower (decision_id, account_id, following, since) SELECT ?, id, "
                    + "TRUE, UTC_TIMESTAMP(6) FROM account WHERE email = ?", chain, person);
        }
        email(mine, "<b>Your input</b> " + run, "Text for you " + run);
        email(other, otherSecret, otherSecret);
        ledgerRow(myInput);
        ledgerRow(otherInput);

        var client = new FacesClient(base).signIn(mine, TestAccounts.PASSWORD);
        var page = client.get("/me/data");
        assertTrue(page.contains("id=\"data:prepare\""), page);
        // Asking while an export is being prepared (here by another node, for minutes) shows that one.
        TestAccounts.update("INSERT INTO data_export (account_id, state, language, requested_at, claimed_by, lease_until) "
                + "SELECT id, 'RUNNING', 'es', UTC_TIMESTAMP(6), 'another-node', UTC_TIMESTAMP(6) + INTERVAL 10 MINUTE "
                + "FROM account WHERE email = ?", mine);
        var again = client.post("/me/data", page, "data", "prepare", Map.of());
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("id=\"data-preparing\""), again.body());
        assertEquals("1", TestAccounts.query("SELECT COUNT(*) FROM data_export e JOIN account a ON a.id = e.account_id "
                + "WHERE a.email = ?", mine));
        TestAccounts.update("UPDATE data_export e JOIN account a ON a.id = e.account_id SET e.state = 'FAILED', "
                + "e.claimed_by = NULL WHERE a.email = ?", mine);
        assertEquals(302, client.post("/me/data", "data", "prepare", Map.of()).statusCode());

        var ready = await(() -> {
            var now = get(client, "/me/data");
            return DOWNLOAD.matcher(now).find() ? now : null;
        });
        assertTrue(ready.contains("id=\"data-expiry\""), ready);
        assertFalse(ready.contains("id=\"data-preparing\""), ready);
        var link = link(ready);

        var download = client.http().send(request(link), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("application/zip"));
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertEquals("private, no-store", download.headers().firstValue("Cache-Control").orElse(""));
        var files = unzip(download.body());
        assertEquals(FILES, files.keySet());

        var csv = new LinkedHashMap<String, List<CSVRecord>>();
        for (var file : files.entrySet()) {
            if (file.getKey().endsWith(".json")) {
                StrictJson.object(file.getValue());
            } else if (file.getKey().endsWith(".csv")) {
                csv.put(file.getKey(), strictCsv(file.getKey(), file.getValue()));
            }
            assertFalse(file.getValue().contains(other), file.getKey() + " holds the other resident's email");
            assertFalse(file.getValue().contains(otherSecret), file.getKey() + " holds the other resident's text");
        }

        var profile = StrictJson.object(files.get("profile.json"));
        assertEquals(mine, profile.getJsonObject("account").getString("email"));
        assertEquals(XSS + " Mine", profile.getJsonObject("account").getString("display_name"));
        assertEquals("RESIDENT", profile.getJsonArray("roles").getJsonObject(0).getString("role"));
        assertFalse(files.get("profile.json").contains("password"), "the password hash is left out");
        var prefs = StrictJson.object(files.get("email-preferences.json")).getJsonObject("preferences");
        assertTrue(prefs.getBoolean("monthly_update_opt_in"));
        assertTrue(prefs.getString("monthly_update_opt_in_at").endsWith("Z"));

        // What the resident typed comes out as data: the formula made text in CSV, the markup as it was typed.
        var inputs = csv.get("inputs.csv");
        assertEquals(1, inputs.size());
        assertEquals(String.valueOf(myInput), inputs.get(0).get("input_id"));
        assertEquals("'" + myTitle, inputs.get(0).get("title"));
        assertEquals(List.of(String.valueOf(otherInput)), column(csv.get("supports.csv"), "input_id"));
        assertEquals(List.of("SPAM"), column(csv.get("reports.csv"), "reason"));
        var signup = single(csv.get("signups.csv"));
        assertEquals("2.50", signup.get("hours"));
        assertEquals("'+1 thanks for " + run, signup.get("thanks_received"));
        assertEquals(List.of("Thanks from mine " + run), column(csv.get("thanks-given.csv"), "thanks"));
        assertEquals(List.of("true"), column(csv.get("forum-rsvps.csv"), "going"));
        assertEquals(List.of("2031-Q1"), column(csv.get("forum-attendance.csv"), "quarter"));
        var answer = single(csv.get("forum-answers.csv"));
        assertEquals(String.valueOf(myAnswer), answer.get("answer_id"));
        assertEquals("'@SUM(A1) " + XSS + " " + run, answer.get("unreturned"));
        assertEquals(List.of(String.valueOf(otherAnswer)), column(csv.get("forum-reports.csv"), "answer_id"));
        assertEquals(List.of(chain), column(csv.get("followed-chains.csv"), "decision_id"));
        assertEquals(List.of("input:" + myInput), column(csv.get("ledger.csv"), "source_key"));
        var emails = StrictJson.object(files.get("emails.json")).getJsonArray("emails");
        assertEquals(1, emails.size());
        assertEquals("<b>Your input</b> " + run, emails.getJsonObject(0).getString("subject"));
        assertEquals("250 2.0.0 Ok", emails.getJsonObject(0).getString("last_answer"));

        // The README is in the resident's language and describes every file.
        var readme = files.get("README.txt");
        assertTrue(readme.contains("una copia de todo lo que el portal guarda sobre usted"), readme);
        for (var name : FILES) {
            assertTrue(readme.contains(name), "README lists " + name);
        }

        var exportId = TestAccounts.query("SELECT MAX(e.id) FROM data_export e JOIN account a ON a.id = e.account_id "
                + "WHERE a.email = ?", mine);
        assertEquals("1", TestAccounts.query("SELECT COUNT(*) FROM audit_entry WHERE action = 'privacy.export' "
                + "AND JSON_VALUE(details, '$.export') = ?", exportId), "the request is on the audit log");
        // Another resident, swapping in the id, learns nothing; a visitor is asked to sign in; a bad id is a 404.
        var otherClient = new FacesClient(base).signIn(other, TestAccounts.PASSWORD);
        assertEquals(404, otherClient.http().send(request(link), HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals(404, client.http().send(request("/me/data/download?id=x" + exportId),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        var visitor = HttpClient.newHttpClient().send(request(link), HttpResponse.BodyHandlers.discarding());
        assertEquals(302, visitor.statusCode());
        assertTrue(visitor.headers().firstValue("Location").orElse("").contains("/sign-in"));

        // Seven days later (the clock moved on the row): the offer ends at once, the job deletes the file.
        var file = Path.of(System.getProperty("it.data.dir"), "exports",
                TestAccounts.query("SELECT file_name FROM data_export WHERE id = ?", exportId));
        assertTrue(Files.isRegularFile(file), file.toString());
        TestAccounts.update("UPDATE data_export SET ready_at = ready_at - INTERVAL 7 DAY, expires_at = "
                + "UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE id = ?", exportId);
        assertEquals(404, client.http().send(request(link), HttpResponse.BodyHandlers.discarding()).statusCode());
        assertTrue(get(client, "/me/data").contains("id=\"data-expired\""));
        await(() -> TestAccounts.query("SELECT state FROM data_export WHERE id = ? AND file_name IS NULL",
                exportId));
        assertFalse(Files.exists(file), "the expired file is deleted");
        assertEquals("EXPIRED", TestAccounts.query("SELECT state FROM data_export WHERE id = ?", exportId));
    }

    @Test
    void anExportLeftRunningByAStoppedNodeIsBuiltOnceItsLeaseRunsOut() throws Exception {
        var person = TestAccounts.create("export.restart." + run + "@example.org", "Restart " + run);
        // Years of email: more rows than the builder renews its lease after, all streamed into one file.
        TestAccounts.update("INSERT INTO outbox_message (message_key, stream, account_id, recipient, language, template, "
                + "subject, text_body, message_id, state, attempts, next_attempt_at, last_answer, created_at, sent_at) "
                + "SELECT CONCAT('test/export-many:', a.id, ':', s.seq), 'NOTICE', a.id, a.email, 'en', 'test/export', "
                + "CONCAT('News ', s.seq), 'Text', CONCAT('<many.', a.id, '.', s.seq, '@outbox.test>'), 'SENT', 1, "
                + "UTC_TIMESTAMP(6), '250 Ok', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM account a, seq_1_to_6000 s "
                + "WHERE a.email = ?", person);
        TestAccounts.update("INSERT INTO data_export (account_id, state, language, requested_at, started_at, "
                + "claimed_by, lease_until, attempts, files_done, files_total, current_file) SELECT id, 'RUNNING', 'en', "
                + "UTC_TIMESTAMP(6) - INTERVAL 5 MINUTE, UTC_TIMESTAMP(6) - INTERVAL 5 MINUTE, 'a-node-that-stopped', "
                + "UTC_TIMESTAMP(6) - INTERVAL 1 SECOND, 1, 4, 15, 'inputs.csv' FROM account WHERE email = ?", person);
        var client = new FacesClient(base).signIn(person, TestAccounts.PASSWORD);
        var ready = await(() -> {
            var now = get(client, "/me/data");
            return DOWNLOAD.matcher(now).find() ? now : null;
        });
        var zip = client.http().send(request(link(ready)), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, zip.statusCode());
        var files = unzip(zip.body());
        assertEquals(person, StrictJson.object(files.get("profile.json")).getJsonObject("account").getString("email"));
        var emails = StrictJson.object(files.get("emails.json")).getJsonArray("emails");
        assertEquals(6000, emails.size());
        assertEquals("News 6000", emails.getJsonObject(5999).getString("subject"));
    }

    @Test
    void thePageIsAccessibleInEveryStateAndPollsUntilTheDataIsReady() throws Exception {
        var person = TestAccounts.create("export.axe." + run + "@example.org", "Axe " + run);
        var id = TestAccounts.query("SELECT id FROM account WHERE email = ?", person);
        try (var browser = browser()) {
            signIn(browser, person, TestAccounts.PASSWORD);
            browser.open("/me/data");
            assertTrue(browser.has("data:prepare"));
            browser.assertAccessible();

            // Being prepared by another node (its lease runs for minutes): the progress and what is written.
            TestAccounts.update("INSERT INTO data_export (account_id, state, language, requested_at, claimed_by, "
                    + "lease_until, files_done, files_total, current_file) VALUES (?, 'RUNNING', 'en', UTC_TIMESTAMP(6), "
                    + "'another-node', UTC_TIMESTAMP(6) + INTERVAL 10 MINUTE, 3, 15, 'inputs.csv')", id);
            browser.open("/me/data");
            assertTrue(browser.element("data-preparing").getText().contains("inputs.csv"));
            assertEquals("20", browser.element("data-progress").getAttribute("value"));
            assertFalse(browser.has("data:prepare"));
            browser.assertAccessible();
            // The poll re-renders the progress; the refresh link, outside it, keeps the focus, and the live region
            // says nothing while the state stays the same.
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].dataset.seen = 'yes'; "
                    + "arguments[1].focus()", browser.element("data:announce"), browser.element("data-refresh"));
            TestAccounts.update("UPDATE data_export SET files_done = 6 WHERE account_id = ?", id);
            // The poll replaces the element between finding it and reading it now and then: look again.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> "40".equals(d.findElement(By.id("data-progress")).getAttribute("value")));
            assertEquals("data-refresh", browser.driver().switchTo().activeElement().getAttribute("id"),
                    "the focus stays on the refresh link across polls");
            assertEquals("yes", browser.element("data:announce").getAttribute("data-seen"),
                    "the live region was not re-rendered, so not announced again");
            assertTrue(browser.all(By.cssSelector("[aria-live] #data-refresh, [aria-live] #data-progress")).isEmpty(),
                    "what the poll re-renders is no live region");

            TestAccounts.update("UPDATE data_export SET state = 'FAILED', claimed_by = NULL, lease_until = NULL "
                    + "WHERE account_id = ?", id);
            browser.open("/me/data");
            assertTrue(browser.has("data-failed"));
            browser.assertAccessible();

            TestAccounts.update("UPDATE data_export SET state = 'EXPIRED', expires_at = UTC_TIMESTAMP(6) - INTERVAL 1 DAY "
                    + "WHERE account_id = ?", id);
            browser.open("/me/data");
            assertTrue(browser.has("data-expired"));
            browser.assertAccessible();

            // Asked for for real: the page polls until it offers the download, without a reload.
            browser.element("data:prepare").click();
            browser.waitFor(By.id("data-download"));
            assertTrue(browser.element("data-expiry").isDisplayed());
            assertEquals("Your data is ready.", browser.element("data:announce").getAttribute("textContent").strip(),
                    "the change of state is announced");
            assertFalse(browser.has("data-refresh"), "the link to reload while it is prepared goes with the state");
            browser.assertAccessible();
        }
    }

    private static void report(long input, String email) {
        TestAccounts.update("INSERT INTO input_report (input_id, account_id, reason, created_at) SELECT ?, id, 'SPAM', "
                + "UTC_TIMESTAMP(6) FROM account WHERE email = ?", input, email);
    }

    /** The forum of 2031-Q1, made once for every run (one event per quarter). */
    private static String forumEvent() {
        TestAccounts.update("INSERT IGNORE INTO forum_event (quarter, starts_at, place, created_by, created_at) SELECT "
                + "20311, '2031-02-10 17:00:00', 'City hall', id, UTC_TIMESTAMP(6) FROM account WHERE email = ?",
                TestAccounts.STAFF);
        return TestAccounts.query("SELECT id FROM forum_event WHERE quarter = 20311");
    }

    private static long writtenAnswer(String email, String text) {
        TestAccounts.update("INSERT INTO forum_answer (quarter, account_id, district_id, unreturned, unreciprocated, "
                + "rebalance, created_at, updated_at) SELECT 20311, id, (SELECT id FROM district WHERE code = 'river'), "
                + "?, 'Nobody', 'More shade', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM account WHERE email = ?", text, email);
        return Long.parseLong(TestAccounts.query("SELECT f.id FROM forum_answer f JOIN account a ON a.id = f.account_id "
                + "WHERE a.email = ?", email));
    }

    /** An email already sent (so the dispatcher leaves it alone), as the outbox keeps it. */
    private void email(String to, String subject, String text) {
        TestAccounts.update("INSERT INTO outbox_message (message_key, stream, account_id, recipient, language, template, "
                + "subject, text_body, html_body, message_id, state, attempts, next_attempt_at, last_answer, created_at, "
                + "sent_at) SELECT ?, 'NOTICE', id, email, 'en', 'test/export', ?, ?, ?, ?, 'SENT', 1, UTC_TIMESTAMP(6), "
                + "'250 2.0.0 Ok', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM account WHERE email = ?", "test/export:" + to,
                subject, text, "<p>" + text + "</p>", "<export." + run + "." + to + ">", to);
    }

    /** The INPUT row the ledger's observer writes for an input (the same one a rebuild would find). */
    private static void ledgerRow(long input) {
        TestAccounts.update("INSERT INTO ledger_entry (kind, source_key, resident_id, amount, district_id, topic_id, "
                + "happened_at, quarter) SELECT 'INPUT', CONCAT('input:', id), author_id, 1, district_id, topic_id, "
                + "created_at, YEAR(created_at) * 10 + QUARTER(created_at) FROM input WHERE id = ?", input);
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/+$", "") + path)).build();
    }

    private static String get(FacesClient client, String path) {
        try {
            return client.get(path);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String link(String page) {
        var match = DOWNLOAD.matcher(page);
        assertTrue(match.find(), page);
        return (match.group(1) != null ? match.group(1) : match.group(2)).replace("&amp;", "&");
    }

    /** Waits for the portal's job (it runs every 2 s) until the answer is not null. */
    private static <T> T await(Supplier<T> answer) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(40));
        while (Instant.now().isBefore(deadline)) {
            var value = answer.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("Nothing came within 40 s");
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        var files = new LinkedHashMap<String, String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertFalse(files.containsKey(entry.getName()), "one entry per name: " + entry.getName());
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /** RFC 4180 with a header; every record has the header's column count. */
    private static List<CSVRecord> strictCsv(String name, String text) throws IOException {
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            var header = parser.getHeaderNames().size();
            assertTrue(header > 0, name);
            var records = new ArrayList<CSVRecord>();
            for (var record : parser) {
                assertEquals(header, record.size(), name + " line " + record.getRecordNumber());
                records.add(record);
            }
            return records;
        }
    }

    private static List<String> column(List<CSVRecord> records, String column) {
        return records.stream().map(r -> r.get(column)).toList();
    }

    private static CSVRecord single(List<CSVRecord> records) {
        assertEquals(1, records.size());
        return records.get(0);
    }
}
