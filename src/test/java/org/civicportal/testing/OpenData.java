package org.civicportal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Reads the open-data API as any web page would, checking it answers JSON readable from any origin. */
public final class OpenData {

    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    public OpenData(URL base) {
        this.base = base.toString().replaceAll("/+$", "");
    }

    public JsonObject json(String path) throws Exception {
        try (var reader = Json.createReader(new StringReader(body(path)))) {
            return reader.readObject();
        }
    }

    public String body(String path) throws Exception {
        var response = send(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""),
                "open data can be read from any web page");
        return response.body();
    }

    public int status(String path) throws Exception {
        return send(path).statusCode();
    }

    private HttpResponse<String> send(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
