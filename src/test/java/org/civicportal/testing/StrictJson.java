package org.civicportal.testing;

import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Map;

/** JSON read by a parser that refuses duplicate keys (JSON-P's KeyStrategy.NONE), so a sloppy answer fails. */
public final class StrictJson {

    private StrictJson() {
    }

    public static JsonObject object(String body) {
        var factory = Json.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));
        try (var reader = factory.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
