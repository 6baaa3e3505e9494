package org.civicportal.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.civicportal.platform.i18n.Language;
import org.junit.jupiter.api.Test;

/** Email bodies come from templates/mail, per language, escaped in HTML and intact in text. */
class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();
    private final Map<String, Object> values = Map.of("name", "Ana <Ana>", "link", "https://portal.example/verify?token=a&b=c",
            "hours", 24, "portalUrl", "https://portal.example");

    @Test
    void englishVerificationEmail() {
        var mail = templates.render("account/verify", Language.EN, "ana@example.org", values);
        assertEquals("Verify your email for Civic Portal", mail.subject());
        assertEquals("ana@example.org", mail.to());
        assertTrue(mail.text().contains("https://portal.example/verify?token=a&b=c"), mail.text());
        assertTrue(mail.text().contains("Hello Ana <Ana>,"), "plain text is not HTML-escaped");
        assertTrue(mail.html().contains("Hello Ana &lt;Ana&gt;,"), "HTML escapes what people typed");
        assertTrue(mail.html().contains("href=\"https://portal.example/verify?token&#61;a&amp;b&#61;c\""), mail.html());
        assertTrue(mail.html().contains("<html lang=\"en\">"), "the layout wraps the body");
        assertTrue(mail.text().contains("expires in 24 hours"));
    }

    @Test
    void spanishVerificationEmail() {
        var mail = templates.render("account/verify", Language.ES, "ana@example.org", values);
        assertEquals("Verifique su correo para el Portal Cívico", mail.subject());
        assertTrue(mail.text().startsWith("Hola, Ana <Ana>:"), mail.text());
        assertTrue(mail.html().contains("Verificar mi correo"));
        assertTrue(mail.html().contains("<html lang=\"es\">"));
        assertFalse(mail.html().contains("Verify my email"));
    }

    /** Every template under templates/mail, in every language, with every value it names filled in. */
    @Test
    void everyTemplateRendersInBothLanguages() throws java.io.IOException {
        var root = java.nio.file.Path.of("templates/mail");
        List<java.nio.file.Path> bodies;
        try (var files = java.nio.file.Files.walk(root)) {
            bodies = files.filter(f -> f.toString().endsWith(".html") && !f.getFileName().toString().contains("_")
                    && !f.getParent().equals(root)).toList();
        }
        assertTrue(bodies.size() >= 10, "templates found: " + bodies);
        for (var body : bodies) {
            var template = root.relativize(body).toString().replace(".html", "");
            var values = new java.util.HashMap<String, Object>();
            for (var file : List.of(body, body.resolveSibling(body.getFileName().toString().replace(".html", ".txt")))) {
                var names = java.util.regex.Pattern.compile("\\{\\{[#^]?(\\w+)}}").matcher(java.nio.file.Files.readString(file));
                while (names.find()) {
                    values.put(names.group(1), "V-" + names.group(1));
                }
            }
            for (var language : Language.values()) {
                var mail = templates.render(template, language, "x@example.org", values, "T", 1);
                assertFalse(mail.subject().isBlank(), template + " " + language);
                // Personal messages greet by name; the monthly update, rendered once for every recipient, does not.
                assertTrue(!values.containsKey("name") || mail.text().contains("V-name"), template + " " + language);
                assertTrue(values.values().stream().anyMatch(v -> mail.text().contains((String) v)),
                        template + " " + language + " shows its values");
                assertTrue(mail.html().contains("</html>"), template + " " + language);
            }
        }
    }
}
