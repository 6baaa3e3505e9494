package org.civicportal.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in English and Spanish, and every key a page or class uses exists. */
class MessageBundlesTest {

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([a-zA-Z0-9.\\-]+)'\\]");

    @Test
    void englishAndSpanishHaveTheSameKeys() throws IOException {
        for (var bundle : new String[] {"org/civicportal/platform/i18n/messages", "ValidationMessages"}) {
            var en = load(bundle + "_en.properties").stringPropertyNames();
            var es = load(bundle + "_es.properties").stringPropertyNames();
            var onlyEn = new TreeSet<>(en);
            onlyEn.removeAll(es);
            var onlyEs = new TreeSet<>(es);
            onlyEs.removeAll(en);
            assertTrue(onlyEn.isEmpty() && onlyEs.isEmpty(), bundle + ": only English " + onlyEn + ", only Spanish " + onlyEs);
        }
    }

    @Test
    void everySpanishTextIsWrittenOut() throws IOException {
        for (var bundle : new String[] {"org/civicportal/platform/i18n/messages", "ValidationMessages"}) {
            var en = load(bundle + "_en.properties");
            var es = load(bundle + "_es.properties");
            var empty = new TreeSet<String>();
            for (var key : en.stringPropertyNames()) {
                if (!en.getProperty(key).isBlank() && es.getProperty(key, "").isBlank()) {
                    empty.add(key);
                }
            }
            assertTrue(empty.isEmpty(), bundle + ": missing or empty in Spanish " + empty);
        }
    }

    @Test
    void everyKeyUsedInPagesExists() throws IOException {
        var keys = load("org/civicportal/platform/i18n/messages_en.properties").stringPropertyNames();
        var missing = new TreeSet<String>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (var page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                PAGE_KEY.matcher(Files.readString(page)).results().map(m -> m.group(1))
                        .filter(k -> !keys.contains(k)).forEach(k -> missing.add(page.getFileName() + ": " + k));
            }
        }
        assertTrue(missing.isEmpty(), "missing keys: " + missing);
    }

    @Test
    void messagesWithValuesFormatInBothLanguages() {
        assertEquals("Hello, Ana.", Texts.get(Language.EN, "me.greeting", "Ana"));
        assertEquals("Hola, Ana.", Texts.get(Language.ES, "me.greeting", "Ana"));
        assertTrue(Texts.get(Language.EN, "register.done.text", "a@b.org").contains("a@b.org"));
    }

    private static Properties load(String resource) throws IOException {
        var in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource);
        assertTrue(in != null, resource + " is missing");
        var properties = new Properties();
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
