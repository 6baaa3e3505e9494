package org.civicportal.testing;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's session without a browser, for tests that need many people at once: it reads a page, takes
 * its view state and posts a form the way the browser would (full page posts, no ajax).
 */
public final class FacesClient {

    /** PrimeFaces' script adds this nonce to every post; the server checks it against the view's. */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;
    /** What to send as primefaces.nonce: the page's (null), or a tampered value ("" leaves it out). */
    private String nonceOverride;

    public FacesClient(URL base) {
        this(base.toString(), HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
    }

    /** A session kept by the caller's client (its cookie handler holds the session). */
    public FacesClient(String base, HttpClient http) {
        this.base = base.replaceAll("/+$", "");
        this.http = http;
    }

    public String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    /** Posts the form with this id on the page at this path, pressing the given button. Returns the status. */
    public int submit(String path, String formId, String buttonId, Map<String, String> fields) throws Exception {
        return post(path, formId, buttonId, fields).statusCode();
    }

    /** Like {@link #submit} but returns the page the server answered with. */
    public HttpResponse<String> post(String path, String formId, String buttonId, Map<String, String> fields)
            throws Exception {
        return post(path, get(path), formId, buttonId, fields);
    }

    /**
     * For lists with one form per row: posts the first form whose client id ends with the given id
     * (e.g. "respond" finds "j_idt53:0:respond").
     */
    public HttpResponse<String> postFirst(String path, String formIdEnd, String buttonId, Map<String, String> fields)
            throws Exception {
        var page = get(path);
        var form = Pattern.compile("<form id=\"([^\"]*" + Pattern.quote(formIdEnd) + ")\"").matcher(page);
        if (!form.find()) {
            throw new AssertionError("No form ending in " + formIdEnd + " on " + path + ":\n" + page);
        }
        return post(path, page, form.group(1), buttonId, fields);
    }

    /**
     * Posts a form of a page fetched earlier with {@link #get}: two clients can open a page, then post at the
     * same instant.
     */
    public HttpResponse<String> post(String path, String page, String formId, String buttonId,
            Map<String, String> fields) throws Exception {
        var form = formFields(path, page, formId, buttonId, fields);
        var body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Posts a multipart form (one that takes files) of a page fetched earlier, as a browser does with no file
     * chosen: its fields, each named file input empty, the pressed button, the view state and the CSP nonce.
     */
    public HttpResponse<String> postMultipart(String path, String page, String formId, String buttonId,
            Map<String, String> fields, String... fileInputs) throws Exception {
        var boundary = "----facesclient" + java.util.UUID.randomUUID().toString().replace("-", "");
        var body = new StringBuilder();
        formFields(path, page, formId, buttonId, fields).forEach((name, value) -> body.append("--").append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        for (var file : fileInputs) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(formId)
                    .append(':').append(file).append("\"; filename=\"\"\r\nContent-Type: application/octet-stream")
                    .append("\r\n\r\n\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** What a postback of this form sends: its fields, the pressed button, the view state and the CSP nonce. */
    private Map<String, String> formFields(String path, String page, String formId, String buttonId,
            Map<String, String> fields) {
        if (!page.contains("id=\"" + formId + "\"")) {
            throw new AssertionError("No form " + formId + " on " + path + ":\n" + page);
        }
        var viewState = VIEW_STATE.matcher(page);
        if (!viewState.find()) {
            throw new AssertionError("No form on " + path + ":\n" + page);
        }
        var form = new LinkedHashMap<String, String>();
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + buttonId, "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        var nonce = NONCE.matcher(page);
        if (nonceOverride != null) {
            if (!nonceOverride.isEmpty()) {
                form.put("primefaces.nonce", nonceOverride);
            }
        } else if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        return form;
    }

    /**
     * From now on posts send this instead of the page's CSP nonce ("" sends none, null the page's again): how a
     * test plays a forged or script-less postback.
     */
    public FacesClient nonce(String value) {
        this.nonceOverride = value;
        return this;
    }

    public HttpClient http() {
        return http;
    }

    /**
     * Signs in through the page; for officials and staff also the second step, with a real TOTP code (the
     * first time through the enrolment page, see {@link SecondFactor}).
     */
    public FacesClient signIn(String email, String password) throws Exception {
        var answer = post("/sign-in", "signin", "submit", Map.of("email", email, "password", password));
        if (answer.statusCode() != 302) {
            throw new AssertionError("Sign-in of " + email + " answered " + answer.statusCode());
        }
        SecondFactor.complete(this, email, answer);
        return this;
    }

    String base() {
        return base;
    }
}
