package org.civicportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The web shell every page shares: accessibility, languages, error pages, security headers. */
class ShellIT extends PortalIT {

    @Test
    void publicPagesHaveNoSeriousAccessibilityProblems() {
        try (var browser = browser()) {
            for (var path : new String[] {"/", "/sign-in", "/register", "/forgot-password", "/no-such-page"}) {
                browser.open(path).assertAccessible();
            }
            browser.open("/register").submit("register:submit").assertAccessible();
            browser.open("/sign-in").submit("shell:lang").assertAccessible();
        }
    }

    @Test
    void signedInPagesHaveNoSeriousAccessibilityProblems() {
        try (var browser = browser()) {
            signIn(browser, TestAccounts.STAFF, TestAccounts.PASSWORD);
            assertEquals("Mi página", browser.text(By.tagName("h1")), "staff's account language is Spanish");
            browser.assertAccessible();
            browser.open("/admin/people");
            assertEquals("Personas", browser.text(By.tagName("h1")));
            assertTrue(browser.pageText().contains("staff@demo.civicportal.org"));
            browser.assertAccessible();
            browser.open("/admin/mailbox");
            assertEquals("Buzón", browser.text(By.tagName("h1")));
            browser.assertAccessible();
        }
    }

    @Test
    void everyPageHasLandmarksASkipLinkAndTheNavigation() {
        try (var browser = browser()) {
            browser.open("/");
            assertEquals("en", browser.htmlLang());
            assertEquals("MAIN", browser.element("main").getTagName().toUpperCase());
            assertEquals(1, browser.all(By.cssSelector("a.skip-link[href='#main']")).size());
            assertEquals(1, browser.all(By.tagName("main")).size());
            assertEquals(1, browser.all(By.tagName("header")).size());
            assertEquals(1, browser.all(By.tagName("footer")).size());
            var nav = browser.text(By.cssSelector("nav.main-nav"));
            for (var item : new String[] {"Inputs", "Chains", "Volunteer", "Forums", "Updates"}) {
                assertTrue(nav.contains(item), "navigation lacks " + item);
            }
        }
    }

    @Test
    void unknownPagesGetAFriendlyPageInTheVisitorsLanguage() throws Exception {
        try (var browser = browser()) {
            browser.open("/no-such-page");
            assertEquals("Page not found", browser.text(By.id("error-heading")));
            browser.open("/sign-in").submit("shell:lang").open("/no-such-page");
            assertEquals("Página no encontrada", browser.text(By.id("error-heading")));
        }
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "no-such-page")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode());
    }

    @Test
    void aFormPostedAfterItsPageExpiredComesBackWithANotice() {
        try (var browser = browser()) {
            browser.open("/sign-in").type("signin:email", "someone@example.org");
            // What the 30-minute idle timeout does: the server forgets the session and its views.
            browser.driver().manage().deleteCookieNamed("JSESSIONID");
            browser.type("signin:password", "whatever it was").submit("signin:submit");
            assertEquals("/sign-in", browser.path());
            assertTrue(browser.text(By.id("view-expired")).contains("This page had expired"));
            assertEquals("Sign in", browser.text(By.tagName("h1")));
        }
    }

    @Test
    void responsesCarrySecurityHeadersAndSafeCookies() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "sign-in")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        var headers = response.headers();
        var policies = String.join(" | ", headers.allValues("Content-Security-Policy"));
        assertTrue(policies.contains("frame-ancestors 'none'"), policies);
        assertTrue(policies.matches(".*script-src [^|]*'nonce-[^']+'.*"), "PrimeFaces' nonce policy: " + policies);
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("strict-origin-when-cross-origin", headers.firstValue("Referrer-Policy").orElse(""));
        var session = headers.allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow();
        assertTrue(session.contains("HttpOnly"), session);
        assertTrue(session.toLowerCase().contains("samesite=lax"), session);
        var html = response.body();
        assertTrue(!html.contains(" onclick=\""), "no inline handlers: the CSP forbids them");
    }
}
