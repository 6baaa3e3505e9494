package org.civicportal.reciprocity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.civicportal.reciprocity.entity.LedgerKind;
import org.junit.jupiter.api.Test;

/** The launcher's list of sources is every LedgerSource class, and together they own each kind exactly once. */
class LedgerSourcesTest {

    @Test
    void theLaunchersListHoldsEveryLedgerSourceClass() throws Exception {
        var folder = Path.of(LedgerSource.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("org/civicportal/reciprocity/control");
        Set<String> classes = new HashSet<>();
        try (var files = Files.list(folder)) {
            for (var file : files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .toList()) {
                var type = Class.forName("org.civicportal.reciprocity.control." + file.replace(".class", ""));
                if (LedgerSource.class.isAssignableFrom(type) && !type.isInterface()) {
                    classes.add(type.getName());
                }
            }
        }
        assertEquals(classes, LedgerSources.all().stream().map(s -> s.getClass().getName()).collect(Collectors.toSet()));
    }

    @Test
    void noTwoSourcesShareAKind() {
        Set<LedgerKind> seen = new HashSet<>();
        for (var source : LedgerSources.all()) {
            for (var kind : source.kinds()) {
                assertTrue(seen.add(kind), kind + " is owned twice");
            }
        }
    }
}
