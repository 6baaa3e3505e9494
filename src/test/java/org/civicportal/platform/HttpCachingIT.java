package org.civicportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.civicportal.platform.cluster.PortalNode;
import org.civicportal.testing.Browser;
import org.civicportal.testing.HandPorts;

import org.civicportal.testing.SecondFactor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * HTTP as a client sees it, on a portal started the way it runs in production (java -jar, demo data) with
 * the node's page cache on for 30 s, longer than any test here takes, so a page seen changed can only come
 * from an invalidation or a fresh render. The shared test deployment runs with the cache off
 * (PORTAL_PAGE_CACHE_SECONDS=0 in failsafe's environment): the other tests change rows behind the portal's back.
 */
class HttpCachingIT {

    private static final String DEMO_PASSWORD = "civic-portal-demo";
    private static final Pattern DB_PORT = Pattern.compile("Embedded MariaDB is running on port (\\d+)");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private static Process portal;
    private static String base;
    private static Path data;
    private static String databaseUrl;
    /** HTTP/1.1 as browsers speak it without TLS (Java's client would otherwise ask for h2c, which Grizzly never gzips). */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        int port = HandPorts.next();
        // Short: MariaDB's socket lives under the data folder, and a Unix socket path has at most 107 bytes.
        data = Path.of("target", "http-it", UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        Files.createDirectories(data);
        var log = data.resolve("portal.log");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var builder = new ProcessBuilder(java, "-jar", Path.of("target/civic-portal.jar").toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("PORTAL_"));
        builder.environment().put("PORTAL_DATA_DIR", data.resolve("data").toString());
        builder.environment().put("PORTAL_HTTP_PORT", String.valueOf(port));
        builder.environment().put("PORTAL_DEMO_DATA", "true");
        builder.environment().put("PORTAL_PAGE_CACHE_SECONDS", "30");
        builder.environment().put("JAVA_TOOL_OPTIONS", PortalNode.SHORT_LIVED_JVM);
        portal = builder.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        String output = "";
        while (System.nanoTime() < deadline && !output.contains("Civic Portal is running at")) {
            assertTrue(portal.isAlive(), () -> "the portal stopped:\n" + read(log));
            Thread.sleep(200);
            output = read(log);
        }
        assertTrue(output.contains("Civic Portal is running at"), output);
        base = "http://localhost:" + port;
        var matcher = DB_PORT.matcher(output);
        assertTrue(matcher.find(), output);
        databaseUrl = "jdbc:mariadb://127.0.0.1:" + matcher.group(1) + "/civicportal";
    }

    @AfterAll
    static void stop() throws Exception {
        if (portal != null) {
            portal.destroy();
            if (!portal.waitFor(120, TimeUnit.SECONDS)) {
                portal.destroyForcibly();
            }
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "";
        }
    }

    // ---- compression ----

    @Test
    void everyTextTypeArrivesGzippedWithVaryAndStillParses() throws Exception {
        var home = gzipped("/", "text/html");
        assertTrue(home.endsWith("</html>"), home);
        var css = home.replaceAll("(?s).*href=\"([^\"]*portal\\.css[^\"]*)\".*", "$1").replace("&amp;", "&");
        assertTrue(gzipped(css, "text/css").contains(".site-header"));
        assertTrue(gzipped("/jakarta.faces.resource/core.js.xhtml?ln=primefaces&v=15.0.13", "application/javascript")
                .contains("PrimeFaces"));
        var svg = home.replaceAll("(?s).*href=\"([^\"]*favicon\\.svg[^\"]*)\".*", "$1").replace("&amp;", "&");
        assertEquals("svg", xml(gzipped(svg, "image/svg+xml")));
        var inputs = Json.createReader(new StringReader(gzipped("/api/v1/inputs", "application/json"))).readObject();
        assertFalse(inputs.getJsonArray("items").isEmpty(), inputs.toString());
        var problem = Json.createReader(new StringReader(gzipped("/api/v1/nothing-here", "application/problem+json")))
                .readObject();
        assertEquals(404, problem.getInt("status"));
        assertEquals("feed", xml(gzipped("/feeds/chains.atom", "application/atom+xml")));
        var calendar = gzipped("/tasks.ics", "text/calendar");
        assertTrue(calendar.startsWith("BEGIN:VCALENDAR") && calendar.strip().endsWith("END:VCALENDAR"), calendar);
        var task = Json.createReader(new StringReader(get("/api/v1/tasks").body())).readObject().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        assertTrue(gzipped("/tasks/" + task + ".ics", "text/calendar").contains("BEGIN:VEVENT"));
    }

    @Test
    void theOfficialsRosterDownloadArrivesGzipped() throws Exception {
        try (var browser = new Browser(new URL(base + "/"))) {
            browser.open("/sign-in").type("signin:email", "official@demo.civicportal.org")
                    .type("signin:password", DEMO_PASSWORD).submit("signin:submit");
            SecondFactor.complete(browser, "official@demo.civicportal.org");
            var session = browser.cookie("JSESSIONID");
            assertNotNull(session);
            // the roster of a task with sign-ups, read through the same session the browser holds
            var task = Json.createReader(new StringReader(get("/api/v1/tasks").body())).readObject()
                    .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
            browser.open("/admin/roster?id=" + task);
            var cookies = "JSESSIONID=" + session.getValue();
            var page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/admin/roster?id=" + task))
                    .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofString()).body();
            var form = page.replaceAll("(?s).*<form id=\"([^\"]+)\"[^>]*>.*?id=\"\\1:csv\".*", "$1");
            var viewState = page.replaceAll("(?s).*name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\".*", "$1");
            var nonce = NONCE.matcher(page);
            assertTrue(nonce.find(), page);
            var body = form + "=" + form + "&" + form + ":csv=" + form + ":csv&jakarta.faces.ViewState="
                    + java.net.URLEncoder.encode(viewState, StandardCharsets.UTF_8) + "&primefaces.nonce="
                    + java.net.URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8);
            var csv = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/admin/roster?id=" + task))
                    .header("Cookie", cookies).header("Accept-Encoding", "gzip")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.headers().toString());
            assertEquals("gzip", csv.headers().firstValue("Content-Encoding").orElse(""), csv.headers().toString());
            assertTrue(gunzip(csv.body()).contains("\""), "the CSV's quoted cells");
            assertEquals("private, no-store", csv.headers().firstValue("Cache-Control").orElse(""));
        }
    }

    private static String gzipped(String path, String type) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        var headers = response.headers();
        assertTrue(headers.firstValue("Content-Type").orElse("").startsWith(type), path + ": " + headers);
        assertEquals("gzip", headers.firstValue("Content-Encoding").orElse(""), path + ": " + headers);
        assertTrue(headers.allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Encoding")), path + ": " + headers);
        return gunzip(response.body());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String xml(String text) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement().getLocalName();
    }

    // ---- static resources ----

    @Test
    void staticResourcesAreVersionedInTheirUrlAndImmutableForAYear() throws Exception {
        var home = get("/").body();
        var own = Pattern.compile("/jakarta\\.faces\\.resource/(css/portal\\.css|js/forms\\.js|images/favicon\\.svg)"
                + "\\.xhtml\\?v=([0-9a-f]{12})").matcher(home);
        int found = 0;
        while (own.find()) {
            found++;
            var resource = get(own.group());
            assertEquals(200, resource.statusCode());
            assertEquals("public, max-age=31536000, immutable", header(resource, "Cache-Control"), own.group());
            assertTrue(resource.headers().firstValue("Expires").isEmpty(), own.group());
        }
        assertEquals(3, found, "the portal's style sheet, script and icon carry a version: " + home);
        var library = Pattern.compile("/jakarta\\.faces\\.resource/[^\"]+\\?ln=primefaces&amp;v=15\\.0\\.13").matcher(home);
        assertTrue(library.find(), home);
        assertEquals("public, max-age=31536000, immutable", header(get(library.group().replace("&amp;", "&")),
                "Cache-Control"));
        var unversioned = get("/jakarta.faces.resource/css/portal.css.xhtml");
        assertEquals("public, max-age=3600", header(unversioned, "Cache-Control"), "no version, no year");
        var stale = get("/jakarta.faces.resource/css/portal.css.xhtml?v=000000000000");
        assertEquals("public, max-age=3600", header(stale, "Cache-Control"), "a version that is not the file's");
        assertEquals("public, max-age=86400", header(get("/favicon.ico"), "Cache-Control"));
    }

    // ---- validators and 304 ----

    @Test
    void pagesApisFeedsAndCalendarsAnswerAConditionalGetWith304AndTheSameHeaders() throws Exception {
        var task = Json.createReader(new StringReader(get("/api/v1/tasks").body())).readObject().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        for (var path : List.of("/", "/inputs", "/chains", "/tasks", "/api/v1/inputs", "/api/v1/decisions",
                "/feeds/chains.atom", "/tasks.ics", "/tasks/" + task + ".ics")) {
            var first = get(path);
            assertEquals(200, first.statusCode(), path);
            var etag = header(first, "ETag");
            assertTrue(etag.startsWith("W/\""), path + ": a weak tag (the same page is sent gzipped or not): " + etag);
            assertTrue(header(first, "Cache-Control").startsWith("public"), path + ": " + first.headers());
            assertTrue(first.headers().firstValue("Set-Cookie").isEmpty(), path + ": " + first.headers());

            var again = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("If-None-Match", etag).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(304, again.statusCode(), path);
            assertEquals("", again.body(), path);
            assertEquals(etag, header(again, "ETag"), path);
            for (var name : List.of("Cache-Control", "Vary", "X-Content-Type-Options", "X-Frame-Options",
                    "Referrer-Policy", "Permissions-Policy")) {
                assertEquals(header(first, name), header(again, name), path + " " + name);
            }
            assertEquals(first.headers().allValues("Content-Security-Policy"),
                    again.headers().allValues("Content-Security-Policy"),
                    path + ": the 304 repeats the policy, nonce included, of the copy the client holds");
            assertTrue(again.headers().firstValue("Set-Cookie").isEmpty(), path);

            var other = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("If-None-Match", "W/\"0123456789abcdef0123456789abcdef\"").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, other.statusCode(), path + ": another tag gets the page");
        }
    }

    @Test
    void everyAnswerOfAKeptPageHasANonceOfItsOwnAndItsScriptsRun() throws Exception {
        var first = get("/chains");
        var second = get("/chains");
        var firstNonce = nonce(first.body());
        var secondNonce = nonce(second.body());
        assertNotEquals(firstNonce, secondNonce, "a kept page is answered with a new nonce each time");
        assertEquals(header(first, "ETag").replace(firstNonce, ""), header(second, "ETag").replace(secondNonce, ""),
                "the same content, the same tag but for the nonce");
        assertTrue(second.headers().allValues("Content-Security-Policy").stream()
                .anyMatch(p -> p.contains("'nonce-" + secondNonce + "'")), second.headers().toString());
        assertFalse(second.body().contains(firstNonce));
        try (var browser = new Browser(new URL(base + "/"))) {
            browser.open("/chains");
            browser.waitFor(By.cssSelector("canvas"));
            assertEquals(Boolean.TRUE, ((ChromeDriver) browser.driver()).executeScript(
                    "return !!(window.PrimeFaces && PrimeFaces.widgets && Object.keys(PrimeFaces.widgets).length > 0"
                            + " && document.querySelector('canvas').width > 0);"),
                    "the chart's script ran under the page's nonce, without components.js");
        }
    }

    private static String nonce(String page) {
        var m = NONCE.matcher(page);
        assertTrue(m.find(), page);
        return m.group(1);
    }

    // ---- who may keep what; the node's cache ----

    @Test
    void aSignedInPersonGetsPrivateNoStoreAndNeverSomeoneElsesPage() throws Exception {
        var visitor = get("/inputs");
        assertEquals("public, max-age=0, s-maxage=30", header(visitor, "Cache-Control"));
        assertEquals("Accept-Encoding, Accept-Language, Cookie", header(visitor, "Vary"));
        var resident = new Person("resident@demo.civicportal.org");
        var official = new Person("official@demo.civicportal.org");
        for (int round = 0; round < 2; round++) {
            for (var person : List.of(resident, official)) {
                var page = person.get("/inputs");
                assertEquals(200, page.statusCode());
                assertEquals("private, no-store", header(page, "Cache-Control"), person.email);
                assertTrue(page.headers().firstValue("ETag").isEmpty(), person.email);
                assertTrue(page.body().contains("id=\"my-page-link\""), person.email + " sees their own header");
                assertEquals(person == official, page.body().contains("/admin/"),
                        person.email + ": only the official's page links to the admin area");
            }
            var again = get("/inputs");
            assertFalse(again.body().contains("my-page-link"), "the visitor never gets a signed-in page");
            assertTrue(again.headers().firstValue("Set-Cookie").isEmpty());
        }
        var signIn = get("/sign-in");
        assertEquals("private, no-store", header(signIn, "Cache-Control"), "a page that starts a session");
        assertTrue(signIn.headers().firstValue("Set-Cookie").isPresent());
    }

    @Test
    void theNodesCacheKeepsAPageAndServesAChangeAtOnceAfterTheEventThatMadeIt() throws Exception {
        var title = "Cache probe " + UUID.randomUUID().toString().substring(0, 8);
        var before = get("/inputs");
        assertFalse(before.body().contains(title));
        // A change behind the portal's back fires no event: the kept page is served until a client asks afresh.
        update("INSERT INTO input (author_id, title, body, body_html, topic_id, district_id, status, awaiting, created_at)"
                + " SELECT a.id, ?, 'Behind the back.', '<p>Behind the back.</p>', (SELECT MIN(id) FROM topic),"
                + " (SELECT MIN(id) FROM district), 'SUBMITTED', TRUE, UTC_TIMESTAMP(6) FROM account a"
                + " WHERE a.email = 'resident@demo.civicportal.org'", title);
        var kept = get("/inputs");
        assertFalse(kept.body().contains(title), "served from the node's cache");
        assertEquals(header(before, "ETag").replaceAll("\\..*", ""), header(kept, "ETag").replaceAll("\\..*", ""));
        var fresh = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/inputs"))
                .header("Cache-Control", "no-cache").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(fresh.body().contains(title), "Cache-Control: no-cache renders afresh");
        assertTrue(get("/inputs").body().contains(title), "and the fresh render is kept");
        var spanish = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/inputs"))
                .header("Accept-Language", "es").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(spanish.body().contains("lang=\"es\""), "languages are kept apart");
        assertTrue(get("/inputs").body().contains("lang=\"en\""));

        // A resident submits an input: the visitor's list shows it on the next request.
        var submitted = "Bench by the library " + UUID.randomUUID().toString().substring(0, 8);
        assertFalse(get("/inputs").body().contains(submitted));
        try (var browser = new Browser(new URL(base + "/"))) {
            browser.open("/sign-in").type("signin:email", "resident@demo.civicportal.org")
                    .type("signin:password", DEMO_PASSWORD).submit("signin:submit");
            browser.open("/inputs/new").type("input:title", submitted)
                    .type("input:body", "A bench in the shade by the library's door, for people waiting for it to open.")
                    .select("input:topic", "Parks and green spaces").select("input:district", "Eastgate").submit("input:submit");
            assertTrue(browser.path().matches("/inputs/\\d+"), browser.path());
        }
        var listed = get("/inputs");
        assertTrue(listed.body().contains(submitted), "InputSubmitted emptied the node's cache");
        long id = Long.parseLong(query("SELECT id FROM input WHERE title = ?", submitted));

        // An official answers it: the visitor's page of that input shows the answer on the next request.
        assertTrue(get("/inputs/" + id).body().contains("Submitted"));
        try (var browser = new Browser(new URL(base + "/"))) {
            browser.open("/sign-in").type("signin:email", "official@demo.civicportal.org")
                    .type("signin:password", DEMO_PASSWORD).submit("signin:submit");
            SecondFactor.complete(browser, "official@demo.civicportal.org");
            browser.open("/admin/inputs?q=" + submitted.replace(' ', '+'));
            var field = browser.driver().findElement(By.cssSelector(".queue-item [id$=':text']")).getAttribute("id");
            var row = field.substring(0, field.length() - "text".length());
            browser.type(row + "text", "A bench will be placed there in the spring.").submit(row + "answer");
            assertTrue(browser.pageText().contains("The answer was published"), browser.pageText());
        }
        var answered = get("/inputs/" + id);
        assertTrue(answered.body().contains("A bench will be placed there in the spring."),
                "InputAnswered emptied the node's cache");
        assertTrue(answered.headers().firstValue("Set-Cookie").isEmpty());
    }

    // ---- first page weight ----

    @Test
    void aFirstVisitWithAnEmptyCacheWeighsAtMost250KilobytesOnTheWire() throws Exception {
        try (var browser = new Browser(new URL(base + "/"))) {
            var chrome = (ChromeDriver) browser.driver();
            for (var path : List.of("/", "/inputs", "/chains", "/tasks")) {
                chrome.executeCdpCommand("Network.clearBrowserCache", Map.of());
                browser.open(path);
                if (path.equals("/chains")) {
                    browser.waitFor(By.cssSelector("canvas"));
                }
                var bytes = ((Number) chrome.executeScript("return performance.getEntriesByType('navigation')"
                        + ".concat(performance.getEntriesByType('resource'))"
                        + ".reduce((sum, e) => sum + e.transferSize, 0);")).longValue();
                var fetched = ((Number) chrome.executeScript(
                        "return performance.getEntriesByType('resource').filter(e => e.transferSize > 0).length;"))
                        .intValue();
                assertTrue(fetched > 0, path + ": its resources came over the network, not from a cache");
                assertTrue(bytes <= 250 * 1024, path + " weighs " + bytes + " bytes on the wire");
            }
        }
    }

    // ---- helpers ----

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return String.join(", ", response.headers().allValues(name));
    }

    private static java.sql.Connection connect() throws Exception {
        var saved = new Properties();
        try (var reader = Files.newBufferedReader(data.resolve("data").resolve("database-credentials.properties"))) {
            saved.load(reader);
        }
        return DriverManager.getConnection(databaseUrl, saved.getProperty("owner.user"), saved.getProperty("owner.password"));
    }

    private static String query(String sql, Object... parameters) throws Exception {
        try (var connection = connect(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                assertTrue(rows.next(), sql);
                return rows.getString(1);
            }
        }
    }

    private static void update(String sql, Object... parameters) throws Exception {
        try (var connection = connect(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    /** A signed-in person without a browser: signs in through the page's form and keeps the session cookie. */
    private final class Person {
        final String email;
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).build();

        Person(String email) throws Exception {
            this.email = email;
            var page = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            var viewState = page.replaceAll("(?s).*name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\".*", "$1");
            var nonce = nonce(page);
            var form = Map.of("signin", "signin", "signin:email", email, "signin:password", DEMO_PASSWORD,
                    "signin:submit", "signin:submit", "jakarta.faces.ViewState", viewState, "primefaces.nonce", nonce);
            var body = new StringBuilder();
            form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&")
                    .append(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                    .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
            var signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(302, signedIn.statusCode(), email + " signs in: " + signedIn.body());
            SecondFactor.complete(http, base, email, signedIn);
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
