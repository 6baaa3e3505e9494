package org.civicportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestServers;
import org.junit.jupiter.api.Test;

/**
 * /health reports the database: 200 while it answers, 503 while it is down, 200 again once it is back; for
 * anyone who asks it says up or down, never which database or version.
 */
class HealthIT extends PortalIT {

    @Test
    void healthFollowsTheDatabase() throws Exception {
        var up = health();
        assertEquals(200, up.statusCode(), up.body());
        assertEquals("{\"status\":\"UP\"}", up.body());
        assertFalse(up.body().contains("MariaDB"), up.body());

        TestServers.database().close();
        try {
            var down = health();
            assertEquals(503, down.statusCode(), down.body());
            assertEquals("{\"status\":\"DOWN\"}", down.body());
        } finally {
            TestServers.restartDatabase();
        }
        HttpResponse<String> again = health();
        for (int i = 0; i < 20 && again.statusCode() != 200; i++) {
            Thread.sleep(500);
            again = health();
        }
        assertEquals(200, again.statusCode(), "the pool recovers after the database returns: " + again.body());
        // MariaDB replays its accounts at every start: the portal's account keeps its table grants through it.
        var inputs = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "inputs"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, inputs.statusCode(), "pages read their tables after the restart: " + inputs.body());
    }

    private HttpResponse<String> health() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "health"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
