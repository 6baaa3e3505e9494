package org.civicportal.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civicportal.testing.Browser;
import org.civicportal.testing.Mailbox;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestAccounts;
import org.civicportal.testing.TestInputs;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Officials publish a decision crediting resident input, residents are told and follow it, the chain page
 * tells the whole story; conflicting edits and bad photos are refused with the typing kept.
 */
class DecisionJourneyIT extends PortalIT {

    @Test
    void officialCreditsTwoInputsAndTheChainTellsEveryone() throws Exception {
        var ana = TestAccounts.create("ana.bench@example.org", "Ana Bench");
        var bruno = TestAccounts.create("bruno.lamp@example.org", "Bruno Lamp");
        TestAccounts.update("UPDATE account SET language = 'es' WHERE email = ?", bruno);
        var sam = TestAccounts.create("sam.seconds@example.org", "Sam Seconds");
        var official = TestAccounts.create("olivia.decides@example.org", "Olivia Decides", "OFFICIAL");
        long bench = TestInputs.create(ana, "Benches and shade at the Quayside bus stop", "SUBMITTED");
        long lamps = TestInputs.create(bruno, "Lights along the Quayside towpath", "ANSWERED");
        TestInputs.support(bench, sam);
        // Given today, shortly before the decision that it shapes (decided today, dated by the day only).
        TestAccounts.update("UPDATE input SET created_at = UTC_TIMESTAMP(6) - INTERVAL 2 MINUTE WHERE id = ?", bench);

        String chain;
        try (var browser = browser()) {
            signIn(browser, official, TestAccounts.PASSWORD);
            var session = browser.cookie("JSESSIONID").getValue();
            for (var page : List.of("admin/decision?id=abc", "admin/decision?id=999999", "admin/decision?id=1x",
                    "admin/decision?id=99999999999999999999")) {
                var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + page))
                        .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(404, response.statusCode(), page);
                assertFalse(response.body().contains("editor:save"), "no empty editor for " + page);
            }
            browser.open("/admin/decision").submit("editor:save");
            assertEquals("Please give the decision a title.", browser.messageFor("editor:title"));
            assertEquals("Please name the department responsible.", browser.messageFor("editor:department"));
            assertEquals("Credit at least one input that shaped this decision.", browser.messageFor("editor:words"));
            browser.assertAccessible();

            browser.type("editor:title", "A greener, brighter Quayside")
                    .type("editor:summary", "Quayside gets four benches under new trees and lights on the towpath.")
                    .type("editor:rationale", "Residents told us *where* they wait and walk:\n\n- the bus stop\n- the towpath")
                    .type("editor:department", "Department of Streets")
                    .select("editor:topic", "Transport and streets").select("editor:district", "Riverside")
                    .select("editor:status", "In progress").type("editor:progress", "20")
                    .type("editor:budget", "85000.50");
            pick(browser, "Quayside benches shade", bench);
            pick(browser, "Quayside towpath lights", lamps);
            browser.submit("editor:save");
            assertEquals("Please say how this input changed the decision; it is what its author will read.",
                    browser.messageFor("editor:pending:0:how"));
            assertEquals("A greener, brighter Quayside", browser.value("editor:title"), "typed text is kept");

            browser.type("editor:pending:0:how", "Ana showed that people wait in full sun, so the benches go under the new trees.")
                    .type("editor:pending:1:how", "Bruno's input added the towpath to the plan: twelve low lights.")
                    .submit("editor:save");
            chain = browser.path();
            assertTrue(chain.matches("/decisions/\\d+"), chain);
            assertTrue(browser.pageText().contains("The decision is published"));
            var credits = browser.text(By.id("chain-credits"));
            assertTrue(credits.contains("Benches and shade at the Quayside bus stop"), credits);
            assertTrue(credits.contains("by Ana Bench"), credits);
            assertTrue(credits.contains("the benches go under the new trees"), credits);
            assertTrue(credits.contains("Lights along the Quayside towpath"), credits);
            assertTrue(credits.contains("twelve low lights"), credits);
            assertEquals("where", browser.text(By.cssSelector("#chain-rationale em")), "the rationale is Markdown");
            assertTrue(browser.text(By.id("chain-versions")).contains("Published"));
            browser.assertAccessible();

            browser.submit("shell:lang");
            assertEquals("es", browser.htmlLang());
            assertTrue(browser.text(By.id("credits-heading")).contains("Aportes que dieron forma"));
            assertTrue(browser.text(By.id("chain-credits")).contains("twelve low lights"), "credits stay in Spanish chrome");
            assertEquals("En curso", browser.text(By.id("chain-status")));
            browser.assertAccessible();
            browser.submit("shell:lang");
        }

        var toAna = Mailbox.await(ana, 1);
        assertEquals("Your input shaped a decision: “Benches and shade at the Quayside bus stop”", Mailbox.subject(toAna));
        assertTrue(Mailbox.text(toAna).contains("the benches go under the new trees"));
        assertTrue(Mailbox.text(toAna).contains(chain), "the email links to the chain");
        var toBruno = Mailbox.await(bruno, 1);
        assertEquals("Su aporte dio forma a una decisión: «Lights along the Quayside towpath»", Mailbox.subject(toBruno));
        assertTrue(Mailbox.text(toBruno).contains("twelve low lights"));
        var toSam = Mailbox.await(sam, 1);
        assertEquals("An input you support shaped a decision: “Benches and shade at the Quayside bus stop”",
                Mailbox.subject(toSam), "supporters are not told it was their input");
        assertTrue(Mailbox.text(toSam).contains("An input you support shaped a decision"));

        try (var visitor = browser()) {
            visitor.open("/inputs/" + bench);
            assertEquals("Incorporated", visitor.text(By.id("input-status")));
            assertTrue(visitor.text(By.id("input-answer")).contains("the benches go under the new trees"),
                    "an unanswered input gets the credit as its answer");
            assertTrue(visitor.text(By.id("input-chains")).contains("A greener, brighter Quayside"));
        }

        try (var browser = browser()) {
            signIn(browser, official, TestAccounts.PASSWORD);
            browser.open("/admin/decision?id=" + id(chain))
                    .type("update:text", "The first **two benches** are in; the trees arrive next week.")
                    .type("update:progress", "55").submit("update:publish");
            assertEquals(chain, browser.path());
            assertTrue(browser.text(By.cssSelector("#chain-updates .update")).contains("The first two benches are in"));
            assertTrue(browser.text(By.id("chain-progress")).contains("55 %"));
            var story = browser.text(By.id("chain-timeline"));
            assertTrue(story.contains("A resident gave the input “Benches and shade at the Quayside bus stop”"), story);
            assertTrue(story.contains("The decision credited “Lights along the Quayside towpath”"), story);
            assertTrue(story.contains("Update: The first two benches are in"), story);
            assertTrue(story.indexOf("A resident gave the input") < story.indexOf("Update: The first"), "chronological");
            var given = story.indexOf("A resident gave the input “Benches and shade at the Quayside bus stop”");
            var decided = story.indexOf("Decided: A greener, brighter Quayside");
            var credited = story.indexOf("The decision credited “Benches and shade at the Quayside bus stop”");
            assertTrue(given < decided && decided < credited,
                    "the same day's input, then the decision, then its credit:\n" + story);
            var versions = browser.text(By.id("chain-versions"));
            assertTrue(versions.contains("20 → 55"), versions);
            assertTrue(versions.contains("“Benches and shade at the Quayside bus stop”"), "credits named by title: " + versions);
            assertFalse(versions.contains("input #"), versions);
        }
        var news = Mailbox.await(sam, 2);
        assertEquals("News about “A greener, brighter Quayside”", Mailbox.subject(news));
        assertTrue(Mailbox.text(news).contains("passed 50 %"), Mailbox.text(news));

        var feed = (Feed) new WireFeedInput().build(new StringReader(get("feeds/chains.atom").body()));
        assertEquals("atom_1.0", feed.getFeedType());
        var titles = feed.getEntries().stream().map(e -> e.getTitle()).toList();
        assertTrue(titles.contains("Decision: A greener, brighter Quayside"), titles.toString());
        assertTrue(titles.contains("Update: A greener, brighter Quayside"), titles.toString());
        assertTrue(feed.getEntries().stream().allMatch(e -> e.getId() != null && e.getUpdated() != null),
                "every entry has the id and updated Atom requires");

        try (var visitor = browser()) {
            visitor.open("/chains?district=" + TestAccounts.query("SELECT id FROM district WHERE code = 'river'"));
            assertTrue(visitor.text(By.id("chain-list")).contains("A greener, brighter Quayside"));
            assertTrue(visitor.text(By.id("district-table")).contains("Riverside"));
            visitor.assertAccessible();
        }
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedWithTheTextKept() {
        var first = TestAccounts.create("first.editor@example.org", "Fay First", "OFFICIAL");
        var second = TestAccounts.create("second.editor@example.org", "Sid Second", "OFFICIAL");
        var id = TestAccounts.query("SELECT id FROM decision WHERE title LIKE 'Shade trees%'");
        try (var fay = browser(); var sid = browser()) {
            signIn(fay, first, TestAccounts.PASSWORD).open("/admin/decision?id=" + id);
            signIn(sid, second, TestAccounts.PASSWORD).open("/admin/decision?id=" + id);

            sid.type("editor:summary", "Six trees and two shade sails; the sails go up first.").submit("editor:save");
            assertTrue(sid.pageText().contains("Saved."), sid.pageText());

            fay.type("editor:summary", "My careful rewrite of the summary that must not be lost.").submit("editor:save");
            assertTrue(fay.pageText().contains("Sid Second saved this decision"), fay.pageText());
            assertEquals("My careful rewrite of the summary that must not be lost.", fay.value("editor:summary"));
            assertEquals("/admin/decision?id=" + id, fay.path(), "still on the editor");
        }
        assertEquals("Six trees and two shade sails; the sails go up first.",
                TestAccounts.query("SELECT summary FROM decision WHERE id = ?", id), "the first save stands");
    }

    @Test
    void oversizedAndNonImageUploadsAreRefused() throws Exception {
        var official = TestAccounts.create("photo.official@example.org", "Pia Photo", "OFFICIAL");
        var id = TestAccounts.query("SELECT id FROM decision WHERE title LIKE 'Solar panels%'");
        var dir = Files.createTempDirectory("uploads");
        var big = dir.resolve("big.jpg");
        var bytes = new byte[6 * 1024 * 1024];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        Files.write(big, bytes);
        var fake = Files.writeString(dir.resolve("not-a-photo.png"), "<script>alert(1)</script>");
        var real = dir.resolve("roof.png");
        var image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", real.toFile());

        try (var browser = browser()) {
            signIn(browser, official, TestAccounts.PASSWORD);
            browser.open("/admin/decision?id=" + id).type("update:text", "Panels on the library roof.");
            attach(browser, big);
            browser.type("update:caption", "Panels on the roof").submit("update:publish");
            assertEquals("“big.jpg” is larger than 5 MB. Please choose a smaller photo.", browser.messageFor("update:photos"));
            assertEquals("Panels on the library roof.", browser.value("update:text"), "the text typed is kept");
            browser.assertAccessible();

            attach(browser, fake);
            browser.submit("update:publish");
            assertEquals("“not-a-photo.png” is not a JPEG, PNG or WebP image.", browser.messageFor("update:photos"));

            attach(browser, real);
            browser.type("update:caption", "").submit("update:publish");
            assertEquals("Please describe what the photos show, for people who cannot see them.",
                    browser.messageFor("update:caption"));
            attach(browser, real);
            browser.type("update:caption", "New panels on the library roof").submit("update:publish");
            var photo = browser.driver().findElement(By.cssSelector("#chain-updates .photos img"));
            assertEquals("New panels on the library roof", photo.getAttribute("alt"));
            var served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(photo.getAttribute("src")))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, served.statusCode());
            assertTrue(served.headers().firstValue("Content-Type").orElse("").startsWith("image/png"),
                    "served as the type its content was checked to be");
            assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals(Files.size(real), served.body().length);
        }
        // this official's updates only: other classes (the two-node test) add photos to the same chain
        assertEquals("1", TestAccounts.query("SELECT COUNT(*) FROM update_photo p JOIN implementation_update u "
                + "ON u.id = p.update_id JOIN account a ON a.id = u.author_id WHERE u.decision_id = ? AND a.email = ?", id,
                official),
                "only the good photo was kept");
    }

    @Test
    void residentsCannotReachTheOfficialsPagesAndVisitorsCannotFollow() throws Exception {
        var resident = TestAccounts.create("just.resident@example.org", "Jo Resident");
        try (var browser = browser()) {
            signIn(browser, resident, TestAccounts.PASSWORD);
            browser.open("/admin/decisions");
            assertEquals("Not allowed", browser.text(By.id("error-heading")));
            var session = browser.cookie("JSESSIONID").getValue();
            for (var page : List.of("admin/decisions", "admin/decision", "admin/decision?id=1")) {
                var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + page))
                        .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.discarding());
                assertEquals(403, response.statusCode(), page);
            }
            var chain = "/decisions/" + TestAccounts.query("SELECT id FROM decision WHERE title LIKE 'Signalised%'");
            browser.open(chain).submit("follow:follow-button");
            assertTrue(browser.text(By.id("follow-status")).startsWith("You follow this chain"));
            browser.submit("follow:unfollow-button");
            assertTrue(browser.pageText().contains("You no longer follow this chain"));
        }
        try (var visitor = browser()) {
            visitor.open("/decisions/" + TestAccounts.query("SELECT id FROM decision WHERE title LIKE 'Signalised%'"));
            assertFalse(visitor.has("follow:follow-button"), "visitors see no follow button");
            visitor.assertAccessible();
        }
    }

    private static void pick(Browser browser, String words, long inputId) {
        browser.type("editor:words", words).clickAjax("editor:search");
        browser.driver().findElement(By.cssSelector(".search-results li[data-input='" + inputId + "'] button")).click();
        browser.waitFor(By.cssSelector(".pending-credit[data-input='" + inputId + "']"));
    }

    private static void attach(Browser browser, Path file) {
        browser.driver().findElement(By.cssSelector("#update input[type=file]")).sendKeys(file.toString());
    }

    private static long id(String chainPath) {
        return Long.parseLong(chainPath.substring(chainPath.lastIndexOf('/') + 1));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
