package org.civicportal.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.civicportal.testing.PortalIT;
import org.junit.jupiter.api.Test;

/**
 * The input pages at a city's size: each page sends a fixed number of SQL statements, however many rows it
 * shows (counted by the portal itself, X-SQL-Statements, with PORTAL_COUNT_STATEMENTS=true in failsafe).
 */
class InputScaleIT extends PortalIT {

    private final HttpClient http = HttpClient.newHttpClient();

    /** A fresh render (never a cached copy, contract 2 of issue 10), and the statements it sent. */
    private int statements(HttpClient client, String path) throws Exception {
        var response = client.send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/+$", "") + path))
                .header("Cache-Control", "no-cache").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        var header = response.headers().firstValue("X-SQL-Statements");
        assertTrue(header.isPresent(), path + " carries no X-SQL-Statements header");
        return Integer.parseInt(header.get());
    }

    @Test
    void everyResponseSaysHowManyStatementsItSent() throws Exception {
        assertTrue(statements(http, "/inputs") > 0, "the list reads inputs from the database");
        assertEquals(0, statements(http, "/favicon.ico"), "a static file reads nothing");
    }
}
