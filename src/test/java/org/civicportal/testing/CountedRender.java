package org.civicportal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A page rendered afresh (never a kept copy: it asks with Cache-Control: no-cache) and the SQL statements the
 * portal says it sent for it (X-SQL-Statements, PORTAL_COUNT_STATEMENTS=true in failsafe).
 */
public record CountedRender(String body, int statements) {

    public static CountedRender of(HttpClient client, URL base, String path) throws Exception {
        var response = client.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/+$", "") + path))
                .header("Cache-Control", "no-cache").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        var header = response.headers().firstValue("X-SQL-Statements");
        assertTrue(header.isPresent(), path + " carries no X-SQL-Statements header");
        return new CountedRender(response.body(), Integer.parseInt(header.get()));
    }
}
