package org.civicportal.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.civicportal.testing.Browser;
import org.civicportal.testing.Mailbox;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Residents give input, visitors find it, officials answer it, residents report abuse, staff moderate. */
class InputJourneyIT extends PortalIT {

    @Test
    void residentGivesInputVisitorFindsItOfficialAnswersIt() {
        var author = TestAccounts.create("writer@example.org", "Wanda Writer");
        var supporter = TestAccounts.create("supporter@example.org", "Sam Supporter");
        var official = TestAccounts.create("answering@example.org", "Olga Official", "OFFICIAL");
        String path;
        try (var browser = browser()) {
            signIn(browser, author, TestAccounts.PASSWORD);
            browser.open("/inputs/new");
            // The spam trap is not rendered at all: Chromium's autofill fills any rendered field, even one moved
            // off-screen, and dropped a resident's input so. A bot posting every field still fills it (InputDataIT).
            assertEquals(0L, ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                    "return document.getElementById('input:website').getClientRects().length;"),
                    "the honeypot field takes no place on the page");
            browser.type("input:body", "Children cross **Willowbank Street** at the school gate with no crossing.")
                    .select("input:topic", "Safety").select("input:district", "Eastgate")
                    .submit("input:submit");
            assertEquals("Please give your input a title.", browser.messageFor("input:title"));
            assertEquals("Children cross **Willowbank Street** at the school gate with no crossing.",
                    browser.value("input:body"), "the body typed is kept");

            browser.type("input:title", "Zebra crossing at the Willowbank school gate").clickAjax("input:preview");
            assertTrue(browser.driver().findElement(By.cssSelector("#preview-body strong")).getText()
                    .contains("Willowbank Street"), "the preview renders Markdown");
            browser.submit("input:submit");
            path = browser.path();
            assertTrue(path.matches("/inputs/\\d+"), path);
            assertEquals("Zebra crossing at the Willowbank school gate", browser.text(By.id("input-title")));
            assertTrue(browser.pageText().contains("Thank you for your input"));
            assertEquals("Submitted", browser.text(By.id("input-status")));
            browser.assertAccessible();
        }
        try (var browser = browser()) {
            signIn(browser, supporter, TestAccounts.PASSWORD);
            browser.open(path).submit("support:support-button");
            assertEquals("1", browser.text(By.id("input-supports")));
            assertTrue(browser.has("support:withdraw-button"));
        }
        try (var visitor = browser()) {
            visitor.open("/inputs").type("f-q", "willowbank zebra").select("f-district", "Eastgate").submit("f-apply");
            assertTrue(visitor.path().contains("q=willowbank+zebra"), "filters are in the URL: " + visitor.path());
            var titles = visitor.all(By.cssSelector("#input-list .card-title")).stream().map(e -> e.getText()).toList();
            assertEquals(java.util.List.of("Zebra crossing at the Willowbank school gate"), titles);
            visitor.assertAccessible();
            visitor.select("f-district", "Hillcrest").submit("f-apply");
            assertTrue(visitor.has("inputs-empty"), "another district's filter leaves it out");
        }
        try (var browser = browser()) {
            signIn(browser, official, TestAccounts.PASSWORD);
            browser.open("/admin/inputs?q=willowbank");
            var row = row(browser, ".queue-item", "text");
            browser.submit(row + "review");
            assertTrue(browser.pageText().contains("The input is now under review."));
            assertTrue(browser.text(By.cssSelector(".queue-item .status")).contains("Under review"));
            row = row(browser, ".queue-item", "text");
            browser.submit(row + "answer");
            assertEquals("Write the answer before publishing it.", browser.messageFor(row + "text"));
            browser.type(row + "text", "We will paint a zebra crossing and add a school patrol before the spring term.")
                    .submit(row + "answer");
            assertTrue(browser.pageText().contains("The answer was published and emailed."), browser.pageText());
            browser.assertAccessible();
        }
        for (var person : new String[] {author, supporter}) {
            var mail = Mailbox.await(person, 1);
            assertEquals("The city answered “Zebra crossing at the Willowbank school gate”", Mailbox.subject(mail));
            assertTrue(Mailbox.text(mail).contains("We will paint a zebra crossing"));
            assertTrue(Mailbox.text(mail).contains("Olga Official"));
        }
        try (var browser = browser()) {
            browser.open(path);
            assertEquals("Answered", browser.text(By.id("input-status")));
            assertTrue(browser.text(By.id("input-answer")).contains("We will paint a zebra crossing"));
            assertTrue(browser.text(By.id("input-history")).contains("Answered"));
            signIn(browser, author, TestAccounts.PASSWORD);
            assertTrue(browser.text(By.id("my-inputs")).contains("We will paint a zebra crossing"), "/me shows the answer");
        }
    }

    @Test
    void declineIsAnAnswerWithAReasonToldInTheResidentsLanguage() {
        var official = TestAccounts.create("declining@example.org", "Diego Decline", "OFFICIAL");
        var title = "Más autobuses de la línea 7 por la tarde";
        try (var browser = browser()) {
            signIn(browser, official, TestAccounts.PASSWORD);
            browser.open("/admin/inputs?q=autobuses+tarde");
            var row = row(browser, ".queue-item", "text");
            browser.submit(row + "decline");
            assertEquals("Write the reason before declining.", browser.messageFor(row + "text"));
            browser.type(row + "text", "The line 7 contract runs until 2027; we will raise the evening frequency then.")
                    .submit(row + "decline");
            assertTrue(browser.pageText().contains("The input was declined with your reason"));
        }
        var mail = Mailbox.await("jose.ramirez@demo.civicportal.org", 1);
        assertEquals("La ciudad respondió a «" + title + "»: descartado por ahora", Mailbox.subject(mail),
                "the author chose Spanish");
        assertTrue(Mailbox.text(mail).contains("The line 7 contract runs until 2027"));
        try (var visitor = browser()) {
            visitor.open("/inputs?q=autobuses+tarde");
            visitor.driver().findElement(By.cssSelector("#input-list .card-title a")).click();
            assertEquals("Declined", visitor.text(By.id("input-status")));
            assertTrue(visitor.text(By.id("input-answer")).contains("2027"), "a declined input is answered, in public");
        }
    }

    @Test
    void similarInputsAreSuggestedWhileTyping() {
        var resident = TestAccounts.create("similar@example.org", "Simi Lar");
        try (var browser = browser()) {
            signIn(browser, resident, TestAccounts.PASSWORD);
            browser.open("/inputs/new").type("input:title", "bike lane on the drive");
            browser.waitFor(By.cssSelector("#input\\:similar a"));
            assertTrue(browser.text(By.id("input:similar")).contains("Protected bike lane along Riverside Drive"));
            browser.assertAccessible();
        }
    }

    @Test
    void threeReportsHideAnInputUntilStaffRestoreIt() throws Exception {
        var author = TestAccounts.create("reported.author@example.org", "Rory Reported");
        String path;
        try (var browser = browser()) {
            signIn(browser, author, TestAccounts.PASSWORD);
            browser.open("/inputs/new").type("input:title", "Cheap watches for sale, click here")
                    .type("input:body", "Buy now").select("input:topic", "Culture and libraries")
                    .select("input:district", "Old Town").submit("input:submit");
            path = browser.path();
        }
        for (int i = 1; i <= 3; i++) {
            var reporter = TestAccounts.create("reporter" + i + "@example.org", "Reporter " + i);
            try (var browser = browser()) {
                signIn(browser, reporter, TestAccounts.PASSWORD);
                browser.open(path);
                browser.driver().findElement(By.cssSelector("details.report summary")).click();
                browser.submit("report:report-button");
                assertTrue(browser.pageText().contains("moderators will look at your report"));
            }
        }
        try (var visitor = browser()) {
            visitor.open(path);
            assertEquals("Hidden input", visitor.text(By.id("input-title")));
            assertFalse(visitor.pageText().contains("Cheap watches"));
            visitor.open("/inputs?q=watches");
            assertTrue(visitor.has("inputs-empty"));
        }
        var api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "api/v1" + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, api.statusCode(), "hidden inputs are not open data");

        try (var staff = browser()) {
            signIn(staff, TestAccounts.STAFF, TestAccounts.PASSWORD);
            staff.open("/admin/moderation");
            var item = row(staff, ".moderation-item[data-input='" + path.substring(8) + "']", "reason");
            staff.assertAccessible();
            staff.type(item + "reason", "Advertising is not allowed on the portal.").submit(item + "hide");
            staff.open(path);
            assertTrue(staff.has("input-hidden-staff"), "staff still see what they hid");
        }
        try (var visitor = browser()) {
            visitor.open(path);
            assertTrue(visitor.text(By.id("input-hidden")).contains("Advertising is not allowed on the portal."),
                    "the public placeholder gives the moderators' reason");
        }
        try (var staff = browser()) {
            signIn(staff, TestAccounts.STAFF, TestAccounts.PASSWORD);
            staff.open("/admin/moderation");
            var item = row(staff, ".moderation-item[data-input='" + path.substring(8) + "']", "reason");
            staff.submit(item + "restore");
        }
        try (var visitor = browser()) {
            visitor.open(path);
            assertEquals("Cheap watches for sale, click here", visitor.text(By.id("input-title")));
        }
    }

    /**
     * The queue is one list of many rows. The earlier tests filtered it down to a single row, which is why
     * they never saw that only the last row's answer was stored: here the first, a middle and the last row
     * are answered and another declined, with text waiting in other rows all along.
     */
    @Test
    void officialsAnswerAndDeclineAnyRowOfTheQueue() {
        var author = TestAccounts.create("lantern.author@example.org", "Lena Lantern");
        var ids = new java.util.ArrayList<Long>();
        for (int i = 1; i <= 5; i++) {
            ids.add(org.civicportal.testing.TestInputs.create(author, "Lantern row " + i + " on the quay by the café", "SUBMITTED"));
        }
        var official = TestAccounts.create("lantern.official@example.org", "Otto Lantern", "OFFICIAL");
        try (var browser = browser()) {
            signIn(browser, official, TestAccounts.PASSWORD);
            // A search with an accent: the per cent signs it brings into the address once made the redirect after
            // an answer fail (500 after saving).
            browser.open("/admin/inputs?q=lantern+quay+caf%C3%A9");
            var order = browser.all(By.cssSelector(".queue-item")).stream()
                    .map(e -> Long.parseLong(e.getAttribute("data-input"))).toList();
            assertEquals(new java.util.HashSet<>(ids), new java.util.HashSet<>(order), "the five rows are listed");
            long first = order.get(0), second = order.get(1), middle = order.get(2), fourth = order.get(3),
                    last = order.get(4);

            // Text waits in the last row while the first row is answered; a draft another row would refuse (a
            // bidi override) never blocks the row being answered.
            browser.type(row(browser, queueRow(last), "text") + "text", "Draft for the last lantern, not sent yet.");
            browser.type(row(browser, queueRow(fourth), "text") + "text", "Spoofed \u202Edraft");
            var firstRow = row(browser, queueRow(first), "text");
            browser.type(firstRow + "text", "The first lantern goes up in March.").submit(firstRow + "answer");
            assertTrue(browser.pageText().contains("The answer was published and emailed."), browser.pageText());
            assertEquals("Draft for the last lantern, not sent yet.", browser.value(row(browser, queueRow(last), "text") + "text"),
                    "what was typed in another row is kept");

            // An empty middle row is refused at its own field, the other rows' text kept.
            var middleRow = row(browser, queueRow(middle), "text");
            browser.submit(middleRow + "answer");
            assertEquals("Write the answer before publishing it.", browser.messageFor(middleRow + "text"));
            assertEquals("Draft for the last lantern, not sent yet.", browser.value(row(browser, queueRow(last), "text") + "text"));
            browser.type(middleRow + "text", "The middle lantern needs a new pole first.").submit(middleRow + "answer");
            assertTrue(browser.pageText().contains("The answer was published and emailed."), browser.pageText());

            var secondRow = row(browser, queueRow(second), "text");
            browser.type(secondRow + "text", "The quay wall is listed; no lantern can be fixed to it.").submit(secondRow + "decline");
            assertTrue(browser.pageText().contains("The input was declined with your reason"), browser.pageText());

            browser.submit(row(browser, queueRow(last), "text") + "answer");
            assertTrue(browser.pageText().contains("The answer was published and emailed."), browser.pageText());
            assertTrue(browser.path().startsWith("/admin/inputs?q=lantern") && browser.path().contains("caf%C3%A9"),
                    "back on the queue as filtered: " + browser.path());
            browser.assertAccessible();

            // The fourth row's own answer is refused at its field, cleaned for a second look, and nothing is saved.
            var fourthRow = row(browser, queueRow(fourth), "text");
            browser.submit(fourthRow + "answer");
            assertTrue(browser.messageFor(fourthRow + "text").startsWith("We removed an invisible control character"),
                    browser.messageFor(fourthRow + "text"));
            assertEquals("Spoofed draft", browser.value(fourthRow + "text"));

            assertEquals("ANSWERED|The first lantern goes up in March.", state(first));
            assertEquals("ANSWERED|The middle lantern needs a new pole first.", state(middle));
            assertEquals("DECLINED|The quay wall is listed; no lantern can be fixed to it.", state(second));
            assertEquals("ANSWERED|Draft for the last lantern, not sent yet.", state(last));
            assertEquals("SUBMITTED|", state(fourth), "the row nobody touched is untouched");
        }
    }

    /** Staff hide the first and the last of several reported inputs, with text waiting in the row between. */
    @Test
    void staffModerateAnyRowOfTheList() {
        var author = TestAccounts.create("reported.many@example.org", "Ruth Reported");
        var ids = new java.util.ArrayList<Long>();
        for (int i = 1; i <= 3; i++) {
            var id = org.civicportal.testing.TestInputs.create(author, "Flyer number " + i + " for a sale", "SUBMITTED");
            TestAccounts.update("UPDATE input SET report_count = ? WHERE id = ?", 90 + i, id);
            ids.add(id);
        }
        var moderator = TestAccounts.create("rows.moderator@example.org", "Mona Rows", "STAFF");
        try (var staff = browser()) {
            signIn(staff, moderator, TestAccounts.PASSWORD);
            staff.open("/admin/moderation");
            var order = staff.all(By.cssSelector(".moderation-item")).stream()
                    .map(e -> Long.parseLong(e.getAttribute("data-input"))).filter(ids::contains).toList();
            assertEquals(3, order.size(), order.toString());
            long first = order.get(0), middle = order.get(1), last = order.get(2);
            staff.type(row(staff, moderationRow(middle), "reason") + "reason", "Waiting here.");
            var lastRow = row(staff, moderationRow(last), "reason");
            staff.type(lastRow + "reason", "Advertising, last row.").submit(lastRow + "hide");
            assertTrue(staff.pageText().contains("The input is hidden"), staff.pageText());
            assertEquals("Waiting here.", staff.value(row(staff, moderationRow(middle), "reason") + "reason"));
            var firstRow = row(staff, moderationRow(first), "reason");
            staff.type(firstRow + "reason", "Advertising, first row.").submit(firstRow + "hide");
            staff.submit(row(staff, moderationRow(last), "reason") + "restore");
            assertTrue(staff.pageText().contains("The input is public again"), staff.pageText());
            assertEquals("1|Advertising, first row.", TestAccounts.query(
                    "SELECT CONCAT(hidden, '|', COALESCE(hidden_reason, '')) FROM input WHERE id = ?", first));
            assertEquals("0", TestAccounts.query("SELECT hidden FROM input WHERE id = ?", middle));
            assertEquals("0|0", TestAccounts.query("SELECT CONCAT(hidden, '|', report_count) FROM input WHERE id = ?", last),
                    "the last row, hidden then restored");
        }
    }

    /** People: roles granted on the first, a middle and the last row of a search act on that person. */
    @Test
    void staffGrantRolesOnAnyRowOfPeople() {
        var names = List.of("Rowtest Pia", "Rowtest Quin", "Rowtest Rae", "Rowtest Sol", "Rowtest Tom");
        for (var name : names) {
            TestAccounts.create(name.toLowerCase().replace(' ', '.') + "@example.org", name);
        }
        var manager = TestAccounts.create("rows.people@example.org", "Pat Rows", "STAFF");
        try (var staff = browser()) {
            signIn(staff, manager, TestAccounts.PASSWORD);
            staff.open("/admin/people").type("people:query", "Rowtest").clickAjax("people:search");
            var shown = staff.all(By.cssSelector("#people\\:people-table tbody tr td:first-child")).stream()
                    .map(e -> e.getText()).toList();
            assertEquals(5, shown.size(), shown.toString());
            for (var name : List.of(shown.get(0), shown.get(2), shown.get(4))) {
                staff.driver().findElement(By.cssSelector("button[aria-label='Grant Official: " + name + "']")).click();
                staff.waitFor(By.cssSelector("button[aria-label='Revoke Official: " + name + "']"));
            }
            for (var i = 0; i < 5; i++) {
                var official = TestAccounts.query("SELECT COUNT(*) FROM account_role r JOIN account a ON a.id = r.account_id "
                        + "WHERE a.display_name = ? AND r.role = 'OFFICIAL'", shown.get(i));
                assertEquals(i % 2 == 0 ? "1" : "0", official, shown.get(i));
            }
        }
    }

    private static String queueRow(long inputId) {
        return ".queue-item[data-input='" + inputId + "']";
    }

    private static String moderationRow(long inputId) {
        return ".moderation-item[data-input='" + inputId + "']";
    }

    private static String state(long inputId) {
        return TestAccounts.query("SELECT CONCAT(status, '|', COALESCE(answer, '')) FROM input WHERE id = ?", inputId);
    }

    /** The client-id prefix of one row of a list ("queue:items:3:"), found through a field of that row. */
    static String row(Browser browser, String rowCss, String fieldId) {
        var id = browser.driver().findElement(By.cssSelector(rowCss + " [id$=':" + fieldId + "']")).getAttribute("id");
        return id.substring(0, id.length() - fieldId.length());
    }

    @Test
    void onlyResidentsGiveInputAndOnlyOfficialsAnswer() throws Exception {
        try (var visitor = browser()) {
            visitor.open("/inputs/new");
            assertTrue(visitor.path().startsWith("/sign-in"), "a visitor is asked to sign in first");
        }
        var resident = TestAccounts.create("not.an.official@example.org", "Nora Resident");
        try (var browser = browser()) {
            signIn(browser, resident, TestAccounts.PASSWORD);
            browser.open("/admin/inputs");
            assertEquals("Not allowed", browser.text(By.id("error-heading")));
            var session = browser.cookie("JSESSIONID").getValue();
            for (var page : new String[] {"admin/inputs", "admin/moderation"}) {
                var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + page))
                        .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.discarding());
                assertEquals(403, response.statusCode(), page);
            }
        }
    }

    @Test
    void listAndDetailPagesAreAccessible() {
        try (Browser visitor = browser()) {
            visitor.open("/inputs?sort=MOST_SUPPORTED").assertAccessible();
            visitor.driver().findElement(By.cssSelector("#input-list .card-title a")).click();
            visitor.assertAccessible();
            assertTrue(visitor.has("sign-in-to-support"));
        }
    }

    /** Reference data in the reader's language: "Citywide" is "Toda la ciudad" in lists, filters and pages. */
    @Test
    void citywideIsTranslatedAndEveryPageHasAnIcon() throws Exception {
        var reader = TestAccounts.create("lectora@example.org", "Lucía Lectora");
        TestAccounts.update("UPDATE account SET language = 'es' WHERE email = ?", reader);
        var input = org.civicportal.testing.TestInputs.create(reader, "Fuentes de agua en toda la ciudad", "SUBMITTED");
        TestAccounts.update("UPDATE input SET district_id = (SELECT id FROM district WHERE code = 'citywide') WHERE id = ?", input);
        try (var browser = browser()) {
            signIn(browser, reader, TestAccounts.PASSWORD);
            browser.open("/inputs?q=fuentes+agua");
            assertEquals("es", browser.htmlLang());
            var card = browser.text(By.cssSelector("#input-list .card"));
            assertTrue(card.contains("Toda la ciudad") && !card.contains("Citywide"), card);
            var options = browser.all(By.cssSelector("#f-district option")).stream().map(e -> e.getText()).toList();
            assertTrue(options.contains("Toda la ciudad") && !options.contains("Citywide"), options.toString());
            browser.open("/inputs/" + input);
            assertTrue(browser.pageText().contains("Toda la ciudad"), browser.pageText());
            assertFalse(browser.pageText().contains("Citywide"), browser.pageText());

            var icon = browser.driver().findElement(By.cssSelector("head link[rel='icon']")).getAttribute("href");
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(icon)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), icon);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
            assertTrue(response.body().contains("<svg"));
        }
        var ico = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, ico.statusCode(), "browsers that ask /favicon.ico get one too");
    }
}
