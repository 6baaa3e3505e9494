package org.civicportal.platform;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.civicportal.testing.FacesClient;
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
            // Newest first: the run's own accounts fill the first page, so the demo staff member is searched for.
            browser.type("people:query", "staff@demo").clickAjax("people:search");
            assertTrue(browser.pageText().contains("staff@demo.civicportal.org"), browser.pageText());
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
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/no-such-page"))).build(),
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
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/sign-in"))).build(),
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

    // --- Visitors reading public pages get no HTTP session (issue 9, item 4) ---

    /** Every kind of public page a visitor reads, with ids from the demo data. */
    private List<String> publicPages() {
        var input = TestAccounts.query("SELECT MIN(id) FROM input WHERE hidden = FALSE");
        var decision = TestAccounts.query("SELECT MIN(id) FROM decision");
        var task = TestAccounts.query("SELECT MIN(id) FROM task");
        return List.of("/", "/inputs", "/inputs?status=SUBMITTED&topic=1&district=1&q=tree&sort=MOST_SUPPORTED&page=2",
                "/inputs/" + input, "/chains", "/chains?district=1&topic=1&status=IN_PROGRESS&page=1",
                "/decisions/" + decision, "/tasks", "/tasks?district=1&skill=OUTDOOR&from=2026-01-01&places=true",
                "/tasks/" + task, "/tasks.ics", "/tasks/" + task + ".ics", "/feeds/chains.atom", "/api/v1/inputs",
                "/health", "/no-such-page", "/inputs/999999999", "/WEB-INF/web.xml", "/verify?token=not-a-token",
                "/forums", "/forums/" + org.civicportal.platform.time.Quarter.of(java.time.Instant.now(),
                        java.time.ZoneId.systemDefault()));
    }

    private static HttpResponse<String> get(HttpClient http, String url, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> sessionCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
    }

    private String url(String path) {
        return base.toString().replaceAll("/+$", "") + path;
    }

    @Test
    void visitorsReadingPublicPagesGetNoSession() throws Exception {
        var http = HttpClient.newHttpClient();
        for (var path : publicPages()) {
            for (var language : new String[] {"en", "es"}) {
                var response = get(http, url(path), "Accept-Language", language);
                if (path.startsWith("/WEB-INF")) {
                    assertTrue(response.statusCode() == 403 || response.statusCode() == 404, path);
                } else {
                    var expected = path.equals("/no-such-page") || path.startsWith("/inputs/9999") ? 404 : 200;
                    assertEquals(expected, response.statusCode(), path);
                }
                assertEquals(List.of(), sessionCookies(response), path + " made a session for a visitor");
                assertFalse(response.body().contains("jakarta.faces.ViewState"),
                        path + " has a Faces form for a visitor, whose view state would need a session");
            }
        }
        assertTrue(get(http, url("/inputs"), "Accept-Language", "es").body().contains("lang=\"es\""),
                "the browser's language is used without a session");
        var decision = TestAccounts.query("SELECT MIN(id) FROM decision");
        assertTrue(get(http, url("/decisions/" + decision)).body().contains("sign-in?next=/decisions/" + decision),
                "visitors are offered to sign in to follow a chain, and come back to it");

        // The language link: a cookie and a way back to the same page, still no session.
        var back = "/inputs?status=SUBMITTED&page=1";
        var switched = get(http, url("/language?to=es&back=" + URLEncoder.encode(back, StandardCharsets.UTF_8)));
        assertEquals(303, switched.statusCode());
        assertEquals(url(back), URI.create(url("/")).resolve(switched.headers().firstValue("Location").orElseThrow())
                .toString());
        assertEquals(List.of(), sessionCookies(switched));
        var cookie = switched.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("portal_lang=es"))
                .findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.toLowerCase().contains("samesite=lax"), cookie);
        var inSpanish = get(http, url(back), "Cookie", "portal_lang=es", "Accept-Language", "en");
        assertTrue(inSpanish.body().contains("lang=\"es\""), "the cookie wins over the browser's language");
        assertEquals(List.of(), sessionCookies(inSpanish));
        // Only paths of this site are followed back: no open redirect.
        for (var elsewhere : new String[] {"https://evil.example/", "//evil.example/x", "/\\evil.example", "evil",
                "/\r\nSet-Cookie: x=1", ""}) {
            var response = get(http, url("/language?to=en&back=" + URLEncoder.encode(elsewhere, StandardCharsets.UTF_8)));
            assertEquals(303, response.statusCode(), elsewhere);
            var location = response.headers().firstValue("Location").orElseThrow();
            assertEquals(url("/"), URI.create(url("/")).resolve(location).toString(), elsewhere + " led to " + location);
            assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("x=")), elsewhere);
        }
        assertEquals(400, get(http, url("/language?to=xx&back=/")).statusCode(), "an unknown language");

        // A postback of a public page without a session (a bogus or stale view state, or none) makes none either,
        // and is never answered with a server error: without its CSP nonce it is refused (400) before Faces sees it.
        for (var body : new String[] {"jakarta.faces.ViewState=bogus&shell=shell",
                "jakarta.faces.ViewState=bogus&primefaces.nonce=x&shell=shell",
                "jakarta.faces.ViewState=stateless&primefaces.nonce=x&shell=shell", "q=tree", ""}) {
            var post = http.send(HttpRequest.newBuilder(URI.create(url("/inputs")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(post.statusCode() < 500, body + " answered " + post.statusCode());
            if (body.contains("ViewState") && (!body.contains("primefaces.nonce") || body.contains("stateless"))) {
                assertEquals(400, post.statusCode(), body);
            }
            assertEquals(List.of(), sessionCookies(post), "POST " + body + " made a session");
        }
    }

    @Test
    void fiveThousandCookielessPageViewsMakeNoSession() throws Exception {
        var http = HttpClient.newHttpClient();
        var anonymous = get(http, url("/admin/sessions"));
        assertFalse(anonymous.body().contains("\"sessions\""), "visitors never see the session count");
        var resident = TestAccounts.create("counting.resident@example.org", "Cora Count");
        assertFalse(new FacesClient(base).signIn(resident, TestAccounts.PASSWORD).get("/admin/sessions")
                .contains("\"sessions\""), "residents never see the session count");
        var staff = new FacesClient(base).signIn(TestAccounts.STAFF, TestAccounts.PASSWORD);
        var created = Pattern.compile("\"created\":(\\d+)");
        var before = created.matcher(staff.get("/admin/sessions"));
        assertTrue(before.find());

        var pages = publicPages();
        var views = 5_000;
        var withSession = new AtomicInteger();
        var failed = new AtomicInteger();
        var pool = Executors.newFixedThreadPool(8);
        try {
            var work = new ArrayList<Callable<Void>>();
            for (int i = 0; i < views; i++) {
                var path = pages.get(i % pages.size());
                work.add(() -> {
                    var response = http.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60))
                            .build(), HttpResponse.BodyHandlers.discarding());
                    if (!sessionCookies(response).isEmpty()) {
                        withSession.incrementAndGet();
                    }
                    if (response.statusCode() >= 500) {
                        failed.incrementAndGet();
                    }
                    return null;
                });
            }
            for (var done : pool.invokeAll(work, 15, TimeUnit.MINUTES)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, failed.get(), "page views that failed");
        assertEquals(0, withSession.get(), "page views that set a session cookie");
        var after = created.matcher(staff.get("/admin/sessions"));
        assertTrue(after.find());
        assertEquals(before.group(1), after.group(1), views + " visitors' page views made sessions on the server");
    }

    @Test
    void aVisitorSwitchesLanguageByALinkWithoutASession() {
        var input = TestAccounts.query("SELECT MIN(id) FROM input WHERE hidden = FALSE");
        try (var browser = browser()) {
            browser.open("/inputs?status=SUBMITTED");
            assertEquals("en", browser.htmlLang());
            assertEquals("a", browser.element("shell:lang").getTagName(), "the language switch is a plain link");
            browser.submit("shell:lang");
            assertEquals("es", browser.htmlLang());
            assertEquals("/inputs?status=SUBMITTED", browser.path(), "back on the same list, filters kept");
            assertEquals("Aportes", browser.text(By.tagName("h1")));
            browser.submit("sign-in-link");
            assertEquals("es", browser.htmlLang());
            browser.driver().manage().deleteCookieNamed("JSESSIONID");
            browser.open("/chains");
            assertEquals("es", browser.htmlLang(), "the choice survives navigation");
            browser.open("/inputs/" + input);
            assertEquals("es", browser.htmlLang());
            assertTrue(browser.has("sign-in-to-support"));
            assertTrue(browser.element("sign-in-to-support").getAttribute("href").endsWith("/sign-in?next=/inputs/" + input),
                    "signing in comes back to the input");
            browser.open("/tasks");
            assertEquals("es", browser.htmlLang());
            assertNull(browser.cookie("JSESSIONID"), "reading public pages gave the visitor a session");
            assertEquals("es", browser.cookie("portal_lang").getValue());
            browser.submit("shell:lang");
            assertEquals("en", browser.htmlLang());
            assertEquals("/tasks", browser.path());
            assertNull(browser.cookie("JSESSIONID"));
        }
    }

    @Test
    void aCrossSitePostDoesNotSignAResidentOut() throws Exception {
        var email = TestAccounts.create("cross.site@example.org", "Cris Site");
        try (var browser = browser()) {
            signIn(browser, email, TestAccounts.PASSWORD);
            assertEquals("/me", browser.path());
            var session = browser.cookie("JSESSIONID");
            assertNotNull(session);
            // Another site's page posts a form to /inputs: the browser leaves out the SameSite=Lax cookie.
            var attack = "<form id='f' method='post' action='" + url("/inputs") + "'>"
                    + "<input name='jakarta.faces.ViewState' value='-123:456'><input name='q' value='x'></form>"
                    + "<script>document.getElementById('f').submit()</script>";
            browser.driver().get("data:text/html;charset=utf-8," + URLEncoder.encode(attack, StandardCharsets.UTF_8)
                    .replace("+", "%20"));
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(20), Duration.ofMillis(50))
                    .until(d -> d.getCurrentUrl().startsWith(url("/inputs")));
            assertEquals(session.getValue(), browser.cookie("JSESSIONID").getValue(),
                    "the cross-site post replaced the resident's session cookie");
            browser.open("/me");
            assertEquals("/me", browser.path(), "the resident is still signed in");
            assertTrue(browser.has("my-page-link"));

            // Pages that are stateless for visitors keep their view state for signed-in people: a post that
            // claims a stateless view does not act, even with the resident's cookie.
            var input = TestAccounts.query("SELECT MIN(id) FROM input WHERE hidden = FALSE");
            var supports = TestAccounts.query("SELECT support_count FROM input WHERE id = ?", input);
            var forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/inputs/" + input)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", "JSESSIONID=" + session.getValue())
                    .POST(HttpRequest.BodyPublishers.ofString("support=support&support%3Asupport-button="
                            + "&jakarta.faces.ViewState=stateless")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(supports, TestAccounts.query("SELECT support_count FROM input WHERE id = ?", input),
                    "a post without the view's state supported the input (answered " + forged.statusCode() + ")");
        }
    }
}
