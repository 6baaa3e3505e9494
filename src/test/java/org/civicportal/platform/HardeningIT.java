package org.civicportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.civicportal.testing.FacesClient;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * What an attacker on the network or an anonymous visitor meets: only the HTTP port open, security headers on
 * every kind of response, clear 4xx answers for malformed requests (with nothing done), nothing learnt about
 * the server, problem details from the API, and pages far beyond the last that are empty rather than page 1.
 */
class HardeningIT extends PortalIT {

    private static final Pattern CSS = Pattern.compile("href=\"([^\"]+\\.css[^\"]*)\"");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void thePortalsJvmListensOnNothingButTheHttpPortBeyondLoopback() throws Exception {
        int httpPort = base.getPort();
        long pid = ListeningSockets.pidListeningOn(httpPort);
        var listeners = ListeningSockets.of(pid);
        var open = listeners.stream().filter(l -> !l.loopbackOnly()).toList();
        assertFalse(open.isEmpty(), "the HTTP port itself is found: " + listeners);
        assertTrue(open.stream().allMatch(l -> l.protocol().startsWith("tcp") && l.port() == httpPort),
                "beyond 127.0.0.1 only the HTTP port " + httpPort + " (no Hazelcast data grid); all: " + listeners);
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() throws Exception {
        var input = TestAccounts.query("SELECT MIN(id) FROM input WHERE hidden = FALSE");
        var decision = TestAccounts.query("SELECT MIN(id) FROM decision");
        var task = TestAccounts.query("SELECT MIN(id) FROM task");
        var routes = new LinkedHashMap<String, Integer>();
        routes.put("/", 200);
        routes.put("/inputs", 200);
        routes.put("/inputs/" + input, 200);
        routes.put("/decisions/" + decision, 200);
        routes.put("/tasks/" + task, 200);
        routes.put("/tasks/" + task + ".ics", 200);
        routes.put("/tasks.ics", 200);
        routes.put("/feeds/chains.atom", 200);
        routes.put("/api/v1/inputs", 200);
        routes.put("/api/v1/no-such-thing", 404);
        routes.put("/health", 200);
        routes.put("/WEB-INF/web.xml", 403);
        routes.put("/admin/people", 302);
        routes.put("/no-such-page", 404);
        routes.put("/photos/no-such-photo.png", 404);
        var home = get("/");
        var css = CSS.matcher(home.body());
        assertTrue(css.find(), "the home page links a style sheet");
        routes.put(css.group(1).replace("&amp;", "&").substring(base.getPath().length() - 1), 200);
        for (var route : routes.entrySet()) {
            var response = get(route.getKey());
            assertEquals(route.getValue(), response.statusCode(), route.getKey());
            assertSecurityHeaders(route.getKey(), response);
        }
        var resident = new FacesClient(base).signIn(TestAccounts.create("headers@example.org", "Hedda Headers"),
                TestAccounts.PASSWORD);
        var forbidden = resident.http().send(request("/admin/people").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forbidden.statusCode());
        assertSecurityHeaders("/admin/people as a resident", forbidden);
        assertTrue(forbidden.body().contains("Not allowed"), forbidden.body());
    }

    @Test
    void malformedRequestsGetAClearPageInsteadOfAnError() throws Exception {
        var huge = "comment=" + "x".repeat(3 * 1024 * 1024);
        var tooLarge = sendAlone(request("/sign-in").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(huge)));
        assertEquals(413, tooLarge.statusCode());
        assertTrue(tooLarge.body().contains("Too much at once"), tooLarge.body());
        assertSecurityHeaders("413", tooLarge);

        var chunked = sendAlone(request("/sign-in").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8)))));
        // Without a length Payara stops reading at its limit and the form has no fields: no error, nothing done.
        assertTrue(chunked.statusCode() == 413 || chunked.statusCode() == 200, "a large form without Content-Length: "
                + chunked.statusCode());
        assertFalse(chunked.body().contains("Something went wrong"), chunked.body());

        var boundary = "civic" + UUID.randomUUID();
        var bigFile = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"big.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n" + "x".repeat(21 * 1024 * 1024) + "\r\n--" + boundary + "--\r\n";
        var upload = sendAlone(request("/sign-in").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(bigFile)));
        assertEquals(413, upload.statusCode(), "a file over the multipart limit");
        assertTrue(upload.body().contains("Too much at once"), upload.body());

        var broken = sendAlone(request("/sign-in").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nthis is not a part")));
        assertEquals(400, broken.statusCode(), "a malformed multipart body");
        assertTrue(broken.body().contains("This request could not be used"), broken.body());

        var viewState = get("/inputs?jakarta.faces.ViewState=x");
        assertEquals(400, viewState.statusCode());
        assertTrue(viewState.body().contains("This request could not be used"), viewState.body());
        assertSecurityHeaders("400", viewState);
        var spanish = sendAlone(request("/inputs?jakarta.faces.ViewState=x").header("Cookie", "portal_lang=es"));
        assertEquals(400, spanish.statusCode());
        assertTrue(spanish.body().contains("No pudimos usar esta solicitud"), "in the visitor's language");

        assertEquals(403, get("/WEB-INF/web.xml?jakarta.faces.ViewState=x").statusCode(), "stays forbidden");
        assertEquals(302, get("/admin/people?jakarta.faces.ViewState=x").statusCode(), "visitors sign in first");
        var resident = new FacesClient(base).signIn(TestAccounts.create("viewstate@example.org", "Vera State"),
                TestAccounts.PASSWORD);
        var forbidden = resident.http().send(request("/admin/people?jakarta.faces.ViewState=x").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forbidden.statusCode(), "a forbidden page stays 403");
        assertTrue(forbidden.body().contains("Not allowed"), forbidden.body());

        var api = sendAlone(request("/api/v1/inputs").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(huge)));
        assertEquals(413, api.statusCode());
        assertProblem(api, 413);
    }

    @Test
    void aPostbackWithoutItsNonceIsRefusedBeforeTheActionRuns() throws Exception {
        var inputId = TestAccounts.query("SELECT MIN(id) FROM input WHERE hidden = FALSE AND status <> 'DECLINED'");
        var count = "SELECT support_count FROM input WHERE id = ?";
        var before = TestAccounts.query(count, inputId);
        var email = TestAccounts.create("nonce@example.org", "Nona Nonce");
        var rows = "SELECT COUNT(*) FROM input_support s JOIN account a ON a.id = s.account_id WHERE a.email = ?";
        var resident = new FacesClient(base).signIn(email, TestAccounts.PASSWORD);

        var missing = resident.nonce("").post("/inputs/" + inputId, "support", "support-button", Map.of());
        assertEquals(400, missing.statusCode(), missing.body());
        assertTrue(missing.body().contains("nothing was changed"), missing.body());
        assertEquals(before, TestAccounts.query(count, inputId), "no support was counted");
        assertEquals("0", TestAccounts.query(rows, email));

        var forged = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        var wrong = resident.nonce(forged).post("/inputs/" + inputId, "support", "support-button", Map.of());
        assertEquals(400, wrong.statusCode(), "a nonce that is not the page's");
        assertEquals("0", TestAccounts.query(rows, email));

        var profile = resident.nonce("").post("/me", "profile", "save",
                Map.of("displayName", "Changed Name", "language", "en"));
        assertEquals(400, profile.statusCode());
        assertEquals("Nona Nonce", TestAccounts.query("SELECT display_name FROM account WHERE email = ?", email));

        var real = resident.nonce(null).post("/inputs/" + inputId, "support", "support-button", Map.of());
        assertEquals(302, real.statusCode(), "the same postback with its nonce works");
        assertEquals("1", TestAccounts.query(rows, email));
    }

    @Test
    void anonymousVisitorsLearnUpOrDownAndNothingAboutTheServer() throws Exception {
        var health = get("/health");
        assertEquals(200, health.statusCode());
        assertEquals("{\"status\":\"UP\"}", health.body(), "up or down, no database name or version");
        for (var path : new String[] {"/health/ready", "/health/live", "/health/started", "/metrics",
                "/metrics/base", "/openapi", "/api/v1/application.wadl"}) {
            var response = get(path);
            assertTrue(response.statusCode() == 404 || response.statusCode() == 403, path + ": " + response.body());
            assertFalse(response.body().contains("MariaDB") || response.body().contains("heap")
                    || response.body().contains("jvm") || response.body().contains("<application"),
                    path + ": " + response.body());
        }
        for (var path : new String[] {"/", "/api/v1/inputs", "/health", "/no-such-page", "/admin/people"}) {
            var response = get(path);
            assertTrue(response.headers().firstValue("Server").isEmpty(), path + " names its server: "
                    + response.headers().firstValue("Server"));
            assertTrue(response.headers().firstValue("X-Powered-By").isEmpty(), path);
        }
    }

    @Test
    void apiErrorsAreProblemDetails() throws Exception {
        assertProblem(get("/api/v1/no-such-thing"), 404);
        assertProblem(get("/api/v1/inputs/999999999"), 404);
        assertProblem(get("/api/v1/inputs?status=NOPE"), 400);
        var notANumber = get("/api/v1/inputs?page=abc");
        assertProblem(notANumber, 400);
        assertTrue(problem(notANumber).getString("detail").contains("page"), notANumber.body());
        assertProblem(get("/api/v1/decisions?district=x"), 400);
        assertProblem(get("/api/v1/tasks?skill=juggling"), 400);
        var post = send(request("/api/v1/inputs").POST(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json"));
        assertProblem(post, 405);
        assertTrue(post.headers().firstValue("Allow").orElse("").contains("GET"), post.headers().map().toString());
        assertProblem(get("/api/v1/inputs?jakarta.faces.ViewState=x"), 400);
    }

    @Test
    void pagesFarBeyondTheLastAreEmptyAndNeverPageOne() throws Exception {
        for (var api : new String[] {"inputs", "decisions", "tasks"}) {
            var first = json("/api/v1/" + api + "?page=1&size=100");
            assertFalse(first.getJsonArray("items").isEmpty(), api + " has items on page 1");
            var far = json("/api/v1/" + api + "?page=2147483647&size=100");
            assertEquals(2147483647, far.getInt("page"));
            assertTrue(far.getJsonArray("items").isEmpty(), api + ": " + far);
            assertEquals(first.getJsonNumber("total").longValue(), far.getJsonNumber("total").longValue());
            assertTrue(json("/api/v1/" + api + "?page=21474837&size=100").getJsonArray("items").isEmpty());
        }
        var newest = json("/api/v1/inputs?page=1&size=1").getJsonArray("items").getJsonObject(0).getString("title");
        var chain = json("/api/v1/decisions?page=1&size=1").getJsonArray("items").getJsonObject(0).getString("title");
        var shift = json("/api/v1/tasks?page=1&size=1").getJsonArray("items").getJsonObject(0).getString("title");
        assertTrue(get("/inputs").body().contains(escaped(newest)), "page 1 shows the newest input");
        for (var page : Map.of("/inputs", newest, "/chains", chain, "/tasks", shift).entrySet()) {
            var far = get(page.getKey() + "?page=2147483647");
            assertEquals(200, far.statusCode(), page.getKey());
            assertFalse(far.body().contains(escaped(page.getValue())), page.getKey() + " far beyond the last page "
                    + "shows page 1's " + page.getValue());
        }
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("'", "&#39;").replace("<", "&lt;");
    }

    private static void assertSecurityHeaders(String route, HttpResponse<?> response) {
        var headers = response.headers();
        var policies = String.join(" | ", headers.allValues("Content-Security-Policy"));
        assertTrue(policies.contains("frame-ancestors 'none'"), route + ": " + headers.map());
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), route);
        assertEquals("strict-origin-when-cross-origin", headers.firstValue("Referrer-Policy").orElse(""), route);
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""), route);
        assertTrue(headers.firstValue("Permissions-Policy").isPresent(), route);
        assertEquals(1, headers.allValues("X-Frame-Options").size(), route + " sets each header once");
        assertNotEquals("", policies, route);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().map() + " " + response.body());
        var problem = problem(response);
        assertEquals(status, problem.getInt("status"), response.body());
        assertFalse(problem.getString("title").isBlank());
        assertFalse(response.body().contains("<html"), response.body());
    }

    private static JsonObject problem(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private JsonObject json(String path) throws Exception {
        var response = get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/+$", "") + path));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(request(path));
    }

    /**
     * On a connection of its own: a refused body is not read, so the server closes the connection after
     * answering, and a pooled connection would break the next request.
     */
    private static HttpResponse<String> sendAlone(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
