package org.civicportal.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
            browser.open("/inputs/new")
                    .type("input:body", "Children cross **Willowbank Street** at the school gate with no crossing.")
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
            var form = browser.driver().findElement(By.cssSelector(".queue-item form")).getAttribute("id");
            browser.submit(form + ":review");
            assertTrue(browser.pageText().contains("The input is now under review."));
            assertTrue(browser.text(By.cssSelector(".queue-item .status")).contains("Under review"));
            form = browser.driver().findElement(By.cssSelector(".queue-item form")).getAttribute("id");
            browser.submit(form + ":answer");
            assertEquals("Write the answer before publishing it.", browser.messageFor(form + ":text"));
            browser.type(form + ":text", "We will paint a zebra crossing and add a school patrol before the spring term.")
                    .submit(form + ":answer");
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
            var form = browser.driver().findElement(By.cssSelector(".queue-item form")).getAttribute("id");
            browser.submit(form + ":decline");
            assertEquals("Write the reason before declining.", browser.messageFor(form + ":text"));
            browser.type(form + ":text", "The line 7 contract runs until 2027; we will raise the evening frequency then.")
                    .submit(form + ":decline");
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
            var item = staff.driver().findElement(By.cssSelector(".moderation-item[data-input='" + path.substring(8) + "'] form"))
                    .getAttribute("id");
            staff.assertAccessible();
            staff.type(item + ":reason", "Advertising is not allowed on the portal.").submit(item + ":hide");
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
            var item = staff.driver().findElement(By.cssSelector(".moderation-item[data-input='" + path.substring(8) + "'] form"))
                    .getAttribute("id");
            staff.submit(item + ":restore");
        }
        try (var visitor = browser()) {
            visitor.open(path);
            assertEquals("Cheap watches for sale, click here", visitor.text(By.id("input-title")));
        }
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
}
