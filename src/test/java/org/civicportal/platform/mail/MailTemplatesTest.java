package org.civicportal.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void everyAccountTemplateRendersInBothLanguages() {
        for (var template : new String[] {"account/verify", "account/reset", "account/password-changed"}) {
            for (var language : Language.values()) {
                var mail = templates.render(template, language, "x@example.org",
                        Map.of("name", "X", "link", "L", "resetLink", "R", "forgotLink", "F", "minutes", 60, "hours", 24,
                                "portalUrl", "P"));
                assertFalse(mail.subject().isBlank());
                assertTrue(mail.text().contains("X"), template + " " + language);
                assertTrue(mail.html().contains("</html>"), template + " " + language);
            }
        }
    }
}
