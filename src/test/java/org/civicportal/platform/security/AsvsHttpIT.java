package org.civicportal.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.civicportal.testing.FacesClient;
import org.civicportal.testing.PortalDeployment;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.Routes;
import org.civicportal.testing.Routes.Route;
import org.civicportal.testing.Routes.Source;
import org.civicportal.testing.Routes.Who;
import org.civicportal.testing.StrictJson;
import org.civicportal.testing.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * OWASP ASVS 4.0.3 level-2 properties as a client sees them, over one walk of every page of {@link Routes}: each
 * public page as a visitor (whose first request has no cookie yet, when a container would put the session id in
 * addresses), each signed-in page as a resident and each admin page as staff, every page parsed with jsoup. Then
 * the open-data API with and without a session, a resident's journey with every Set-Cookie collected, and
 * registration with long and non-ASCII passwords. {@link AsvsWebXmlTest} reads the matching web.xml settings.
 */
class AsvsHttpIT extends PortalIT {

    private static final String SESSION_COOKIE = "JSESSIONID";
    private static final Pattern BASE64_BLOB = Pattern.compile("[A-Za-z0-9+/=_-]{101,}");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)|@import\\s+['\"]([^'\"]+)['\"]");
    private static final String LOADED = "script[src], link[href], img[src], img[srcset], iframe[src], frame[src], "
            + "source[src], source[srcset], video[src], video[poster], audio[src], embed[src], object[data], "
            + "input[type=image][src], track[src]";

    /** Every cookie name any response of this class set, by client. */
    private static final Set<String> SET_COOKIES = Collections.synchronizedSet(new TreeSet<>());
    private static final List<String> SET_COOKIE_HEADERS = Collections.synchronizedList(new ArrayList<>());
    private static final List<Page> PAGES = new ArrayList<>();
    private static String residentEmail;
    private static FacesClient resident;

    /** A page as fetched: who fetched it, its address, status, Location and parsed body. */
    record Page(Who who, String url, int status, String location, String body, Document html) {
        @Override
        public String toString() {
            return who + " " + url;
        }
    }

    /** A cookie handler that notes the name of every cookie a response sets (kept or deleted). */
    static final class RecordingCookies extends CookieManager {
        final Set<String> names = new TreeSet<>();
        final List<String> headers = new ArrayList<>();

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            headers.forEach((name, values) -> {
                if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                    values.forEach(v -> names.add(v.substring(0, v.indexOf('=')).trim()));
                    SET_COOKIE_HEADERS.addAll(values);
                }
            });
            SET_COOKIES.addAll(names);
            super.put(uri, headers);
        }
    }

    private static FacesClient client(RecordingCookies cookies) {
        return new FacesClient(PortalDeployment.base().toString(), HttpClient.newBuilder().cookieHandler(cookies).build());
    }

    private static String root() {
        return PortalDeployment.base().toString().replaceAll("/+$", "");
    }

    @BeforeAll
    static void walk() throws Exception {
        var samples = Routes.Samples.fromDatabase();
        residentEmail = TestAccounts.create("asvs.resident@example.org", "Asa Resident");
        var visitor = client(new RecordingCookies());
        resident = client(new RecordingCookies()).signIn(residentEmail, TestAccounts.PASSWORD);
        var staff = client(new RecordingCookies())
                .signIn(TestAccounts.create("asvs.staff@example.org", "Asa Staff", "STAFF"), TestAccounts.PASSWORD);
        for (var route : Routes.all()) {
            if (!route.isPage() || route.isSignInStep()) {
                continue;
            }
            Who who = route.isPublic() ? Who.VISITOR : route.isAdmin() ? Who.STAFF : Who.RESIDENT;
            if (!route.mayOpen().contains(who)) {
                continue;
            }
            var client = who == Who.VISITOR ? visitor : who == Who.STAFF ? staff : resident;
            for (var url : route.urls(samples)) {
                PAGES.add(fetch(client, who, url));
            }
        }
        // The home page of each, for the shell of each role.
        PAGES.add(fetch(resident, Who.RESIDENT, "/"));
        PAGES.add(fetch(staff, Who.STAFF, "/"));
        assertTrue(PAGES.stream().filter(p -> p.status() == 200).count() > 40, "walked " + PAGES);
    }

    private static Page fetch(FacesClient client, Who who, String url) throws Exception {
        var response = client.http().send(HttpRequest.newBuilder(URI.create(root() + url)).build(),
                HttpResponse.BodyHandlers.ofString());
        var location = response.headers().firstValue("Location").orElse("");
        return new Page(who, url, response.statusCode(), location, response.body(),
                Jsoup.parse(response.body(), root() + url));
    }

    private static List<Page> shown() {
        return PAGES.stream().filter(p -> p.status() == 200).toList();
    }

    /** 3.1.1: no address on any page (links, forms, resources) nor any redirect carries a session id. */
    @Test
    void noAddressCarriesASessionIdAndOneInTheAddressIsNotAdopted() throws Exception {
        int forms = 0;
        for (var page : PAGES) {
            assertFalse(page.location().toLowerCase(Locale.ROOT).contains("jsessionid"), page + " → " + page.location());
            for (var element : page.html().getAllElements()) {
                for (var attribute : element.attributes()) {
                    assertFalse(attribute.getValue().toLowerCase(Locale.ROOT).contains("jsessionid"),
                            page + ": " + element.tagName() + " " + attribute);
                }
            }
            forms += page.html().select("form[action]").size();
        }
        assertTrue(forms > 20, "the walk saw the pages' forms (Faces writes their action through encodeURL)");
        // The resident's own session id, put in an address by someone without the cookie, does not sign them in:
        // the address is answered with a redirect to itself without the id, which leads the stranger to sign in.
        var session = ((CookieManager) resident.http().cookieHandler().orElseThrow()).getCookieStore().getCookies()
                .stream().filter(c -> c.getName().equals(SESSION_COOKIE)).findFirst().orElseThrow().getValue();
        var stranger = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        var me = stranger.send(HttpRequest.newBuilder(URI.create(root() + "/me;jsessionid=" + session + "?x=1"))
                .build(), HttpResponse.BodyHandlers.ofString());
        var first = me;
        while (first.previousResponse().isPresent()) {
            first = first.previousResponse().get();
        }
        assertEquals(302, first.statusCode());
        assertTrue(first.headers().firstValue("Location").orElse("").endsWith("/me?x=1"), first.headers().map().toString());
        assertTrue(me.uri().getPath().equals("/sign-in") && me.body().contains("id=\"signin\""), me.uri() + " " + me.body());
        assertFalse(me.body().contains("Asa Resident"), me.body());
        // A made-up one is not taken up as the visitor's session either.
        var made = stranger.send(HttpRequest.newBuilder(URI.create(root() + "/inputs;JSESSIONID=XYZ")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, made.statusCode(), made.body());
        assertEquals("/inputs", made.uri().getPath());
        for (var answer = Optional.of(made); answer.isPresent(); answer = answer.get().previousResponse()) {
            assertTrue(answer.get().headers().allValues("Set-Cookie").stream().noneMatch(c -> c.contains("XYZ")),
                    answer.get().headers().map().toString());
        }
        assertFalse(made.body().contains("XYZ"), "the id is not echoed into the page's addresses");
    }

    /** 10.2.1, 12.3.6: every script, stylesheet, font, image and frame comes from the portal itself. */
    @Test
    void everyScriptStylesheetFontImageAndFrameIsTheportalsOwn() throws Exception {
        var origin = URI.create(root());
        var stylesheets = new LinkedHashSet<String>();
        int resources = 0;
        for (var page : shown()) {
            for (var element : page.html().select(LOADED)) {
                for (var attribute : List.of("src", "href", "srcset", "data", "poster")) {
                    if (!element.hasAttr(attribute)) {
                        continue;
                    }
                    if (element.tagName().equals("link") && !element.attr("rel").toLowerCase(Locale.ROOT)
                            .matches(".*(stylesheet|icon|preload|prefetch|preconnect|manifest|font).*")) {
                        continue; // canonical, alternate (feeds): addresses, not loaded resources
                    }
                    for (var candidate : element.attr(attribute).split(",")) {
                        var url = candidate.trim().split("\\s+")[0];
                        assertSameOrigin(origin, URI.create(page.html().location()), url, page + ": " + element);
                        resources++;
                    }
                    if (element.tagName().equals("link") && element.attr("rel").contains("stylesheet")) {
                        stylesheets.add(element.absUrl("href"));
                    }
                }
            }
            for (var style : page.html().select("style")) {
                assertCssSameOrigin(origin, URI.create(page.html().location()), style.data(), page + " <style>");
            }
            for (var styled : page.html().select("[style]")) {
                assertCssSameOrigin(origin, URI.create(page.html().location()), styled.attr("style"), page + ": " + styled);
            }
        }
        assertTrue(resources > 100 && stylesheets.size() > 1, resources + " resources, " + stylesheets);
        // The fonts and images the stylesheets load, and what they import.
        var http = HttpClient.newHttpClient();
        for (var sheet : stylesheets) {
            var css = http.send(HttpRequest.newBuilder(URI.create(sheet)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, css.statusCode(), sheet);
            assertCssSameOrigin(origin, URI.create(sheet), css.body(), sheet);
        }
    }

    private static void assertCssSameOrigin(URI origin, URI from, String css, String where) {
        var urls = CSS_URL.matcher(css);
        while (urls.find()) {
            assertSameOrigin(origin, from, urls.group(1) != null ? urls.group(1) : urls.group(2), where);
        }
    }

    private static void assertSameOrigin(URI origin, URI from, String url, String where) {
        if (url.isEmpty() || url.startsWith("data:") || url.startsWith("#")) {
            return; // no request, or inline
        }
        var resolved = from.resolve(url.replace(" ", "%20"));
        assertEquals(origin.getScheme() + "://" + origin.getAuthority(),
                resolved.getScheme() + "://" + resolved.getAuthority(), where + " loads " + url);
    }

    /** 13.1.5: a wrong Accept is 406, a wrong Content-Type 415 (or 405 for a body-less GET), as problem details. */
    @Test
    void theApiAnswersAWrongAcceptAndAWrongContentTypeAsProblemDetails() throws Exception {
        var http = HttpClient.newHttpClient();
        var xml = http.send(HttpRequest.newBuilder(URI.create(root() + "/api/v1/inputs")).header("Accept",
                "application/xml").build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(xml, 406);
        var wrongType = http.send(HttpRequest.newBuilder(URI.create(root() + "/api/v1/inputs"))
                .header("Content-Type", "application/x-java-serialized-object")
                .method("GET", HttpRequest.BodyPublishers.ofString("\u00ac\u00ed\u0000\u0005")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertProblem(wrongType, 415);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().map().toString());
        JsonObject problem = StrictJson.object(response.body());
        assertEquals(status, problem.getInt("status"), response.body());
        assertFalse(problem.getString("title").isBlank(), response.body());
    }

    /** 13.2.3, 13.1.3: every API URL answers a resident's session exactly as a stranger, and sets no cookie. */
    @Test
    void theApiIgnoresCookiesAndSetsNone() throws Exception {
        var samples = Routes.Samples.fromDatabase();
        var stranger = HttpClient.newHttpClient();
        int urls = 0;
        for (Route route : Routes.all()) {
            if (route.source() != Source.API) {
                continue;
            }
            for (var url : route.urls(samples)) {
                var signedIn = resident.http().send(HttpRequest.newBuilder(URI.create(root() + url))
                        .header("Origin", "https://elsewhere.example").build(), HttpResponse.BodyHandlers.ofString());
                var anonymous = stranger.send(HttpRequest.newBuilder(URI.create(root() + url))
                        .header("Origin", "https://elsewhere.example").build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(anonymous.statusCode(), signedIn.statusCode(), url);
                assertEquals(200, anonymous.statusCode(), url + " " + anonymous.body());
                assertEquals(anonymous.body(), signedIn.body(), url);
                for (var answer : List.of(signedIn, anonymous)) {
                    assertTrue(answer.headers().allValues("Set-Cookie").isEmpty(), url + " " + answer.headers().map());
                    assertTrue(answer.headers().firstValue("Access-Control-Allow-Credentials").isEmpty(),
                            url + " " + answer.headers().map());
                    assertFalse(answer.body().toLowerCase(Locale.ROOT).contains("jsessionid"), url);
                }
                urls++;
            }
        }
        assertTrue(urls >= 8, urls + " API URLs");
        assertTrue(resident.get("/me").contains("Asa Resident"), "the resident's cookie was a live session");
    }

    /**
     * 8.2.2: a resident's journey stores no cookie but the session's and portal_lang; the whole walk adds at most
     * Faces' flash cookie (csfcfc: a short random key to a message kept on the server across a redirect), every one
     * HttpOnly and none holding data.
     */
    @Test
    void aResidentsJourneySetsOnlyTheSessionCookieAndTheLanguage() throws Exception {
        var cookies = new RecordingCookies();
        var person = client(cookies).signIn(TestAccounts.create("asvs.journey@example.org", "Jo Journey"),
                TestAccounts.PASSWORD);
        person.get("/");
        person.get("/language?to=es&back=/me");
        var me = person.get("/me");
        assertTrue(me.contains("lang=\"es\""), "the language took: " + me);
        assertEquals(Set.of(SESSION_COOKIE, "portal_lang"), cookies.names);
        assertTrue(Set.of(SESSION_COOKIE, "portal_lang", "csfcfc").containsAll(SET_COOKIES), SET_COOKIE_HEADERS.toString());
        for (var header : SET_COOKIE_HEADERS) {
            var value = header.substring(header.indexOf('=') + 1).split(";")[0];
            assertTrue(value.matches("[A-Za-z0-9_.%-]{0,64}"), "a key, not data: " + header);
            assertTrue(header.toLowerCase(Locale.ROOT).contains("httponly"), header);
        }
    }

    /** 1.5.2, 5.5.1, 8.1.3: each form's view state is a short server-side key, no hidden field a serialized blob. */
    @Test
    void theViewStateIsAShortServerKeyNeverASerializedObject() {
        int states = 0;
        for (var page : shown()) {
            for (var hidden : page.html().select("input[type=hidden]")) {
                var value = hidden.val();
                assertFalse(BASE64_BLOB.matcher(value).find(), page + ": " + hidden.attr("name") + "=" + value);
                if (hidden.attr("name").equals("jakarta.faces.ViewState")) {
                    assertTrue(value.length() <= 64, page + ": view state " + value);
                    assertFalse(value.startsWith("H4sI") || value.startsWith("rO0"), "gzip or Java serialization");
                    states++;
                }
            }
        }
        assertTrue(states > 20, states + " view states");
    }

    /** 2.1.11: every password field lets password managers fill it and allows paste. */
    @Test
    void passwordFieldsSayWhichPasswordAndNeverBlockPaste() {
        var withPassword = new TreeSet<String>();
        for (var page : shown()) {
            for (var field : page.html().select("input[type=password]")) {
                assertTrue(Set.of("current-password", "new-password").contains(field.attr("autocomplete")),
                        page + ": " + field);
                withPassword.add(page.url());
            }
            for (var element : page.html().getAllElements()) {
                for (var attribute : element.attributes()) {
                    assertFalse(attribute.getKey().toLowerCase(Locale.ROOT).matches("on(paste|copy|cut|drop)"),
                            page + ": " + element.tagName() + " " + attribute);
                }
            }
        }
        assertTrue(withPassword.containsAll(Set.of("/sign-in", "/register", "/me", "/me/delete")), withPassword.toString());
    }

    /**
     * 14.3.2: no page shows Faces' development messages, and PrimeFaces' head script names no project stage (it
     * writes {@code PrimeFaces.settings.projectStage='Development'} for any stage but Production).
     */
    @Test
    void noPageShowsFacesDevelopmentMessages() {
        int primeFaces = 0;
        for (var page : shown()) {
            var lower = page.body().toLowerCase(Locale.ROOT);
            assertFalse(lower.contains("developmentstage") || lower.contains("projectstage")
                    || lower.contains("project stage"), page + ": " + page.body());
            primeFaces += page.body().contains("PrimeFaces.settings") ? 1 : 0;
        }
        assertTrue(primeFaces > 20, primeFaces + " pages with PrimeFaces' settings script");
    }

    /** 2.1.2, 2.1.3, 2.1.4: 64 characters and emoji, accents and CJK register and sign in; 129 are refused whole. */
    @Test
    void longAndUnicodePasswordsWorkWholeAndAnOverlongOneIsRefusedNotCut() throws Exception {
        var sixtyFour = ("Sixty-four characters of passphrase " + "0123456789".repeat(3)).substring(0, 64);
        assertEquals(64, sixtyFour.length());
        var unicode = "Ça va, señor? 密码の鍵 🔐🌻 Ölçü ✓ žluťoučký";
        registerAndSignIn("asvs.long@example.org", sixtyFour);
        registerAndSignIn("asvs.unicode@example.org", unicode);
        // Nothing is cut at sign-in: the same password short of its last characters does not get in.
        assertNotEquals(302, signIn("asvs.long@example.org", sixtyFour.substring(0, 63)).statusCode());
        assertNotEquals(302, signIn("asvs.unicode@example.org", unicode.substring(0, unicode.length() - 2))
                .statusCode());
        var overlong = "x1-" + "overlong passphrase ".repeat(7).substring(0, 126);
        assertEquals(129, overlong.length());
        var refused = register("asvs.overlong@example.org", overlong);
        assertEquals(200, refused.statusCode(), refused.body());
        var page = Jsoup.parse(refused.body());
        var field = page.getElementById("register:password");
        assertEquals(overlong, field.val(), "what was typed is kept, whole");
        var besideField = field.closest(".field").select("*:containsOwn(Please use at most 128 characters.)");
        assertFalse(besideField.isEmpty(), "the message next to the field: " + field.closest(".field"));
        assertEquals("0", TestAccounts.query("SELECT COUNT(*) FROM account WHERE email = ?", "asvs.overlong@example.org"));
    }

    private HttpResponse<String> register(String email, String password) throws Exception {
        return new FacesClient(base).post("/register", "register", "submit", Map.of("displayName", "Asa Passphrase",
                "email", email, "password", password, "district", "", "language", "en"));
    }

    private HttpResponse<String> signIn(String email, String password) throws Exception {
        return new FacesClient(base).post("/sign-in", "signin", "submit", Map.of("email", email, "password", password));
    }

    private void registerAndSignIn(String email, String password) throws Exception {
        var answer = register(email, password);
        assertTrue(answer.statusCode() < 400 && !answer.body().contains("at most 128"), answer.body());
        assertEquals(1, TestAccounts.update("UPDATE account SET email_verified_at = UTC_TIMESTAMP(6) WHERE email = ?",
                email), "registered " + email);
        var me = new FacesClient(base).signIn(email, password).get("/me");
        assertTrue(me.contains("Asa Passphrase"), me);
    }
}
