package org.civicportal.platform.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.civicportal.testing.StrictJson;
import org.junit.jupiter.api.Test;

/**
 * The build's software bill of materials (target/civic-portal-bom.json, CycloneDX, made in the package phase):
 * what a city's IT staff feed to their dependency and vulnerability tracking. It names what the portal ships,
 * each with a package URL and a SHA-256, and nothing that only the tests use.
 */
class BillOfMaterialsIT {

    private static final Path BOM = Path.of("target/civic-portal-bom.json");

    @Test
    void theBuildListsEveryShippedLibraryWithItsVersionAndHashAndNoTestLibrary() throws Exception {
        assertTrue(Files.isRegularFile(BOM), "the package phase writes " + BOM);
        var bom = StrictJson.object(Files.readString(BOM));
        assertEquals("CycloneDX", bom.getString("bomFormat"));
        assertEquals("civic-portal", bom.getJsonObject("metadata").getJsonObject("component").getString("name"));
        var components = bom.getJsonArray("components").getValuesAs(JsonObject.class);
        var names = components.stream().map(c -> c.getString("group") + ":" + c.getString("name"))
                .collect(Collectors.toSet());
        for (var shipped : List.of("fish.payara.extras:payara-micro", "org.primefaces:primefaces",
                "org.omnifaces:omnifaces", "org.mariadb.jdbc:mariadb-java-client", "org.flywaydb:flyway-core",
                "com.googlecode.owasp-java-html-sanitizer:owasp-java-html-sanitizer")) {
            assertTrue(names.contains(shipped), shipped + " is listed: " + names);
        }
        for (var testOnly : List.of("org.junit.jupiter:junit-jupiter-api", "org.seleniumhq.selenium:selenium-java",
                "com.icegreen:greenmail", "org.jsoup:jsoup")) {
            assertFalse(names.contains(testOnly), testOnly + " is used by the tests only and is not listed");
        }
        for (var component : components) {
            var id = component.getString("group") + ":" + component.getString("name");
            assertTrue(component.getString("purl").startsWith("pkg:maven/"), id + " has a package URL");
            assertFalse(component.getString("version").isBlank(), id + " has a version");
            assertTrue(component.getJsonArray("hashes").getValuesAs(JsonObject.class).stream()
                    .anyMatch(h -> h.getString("alg").equals("SHA-256") && h.getString("content").matches("[0-9a-f]{64}")),
                    id + " has a SHA-256");
        }
    }
}
