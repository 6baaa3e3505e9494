package org.civicportal.update.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.civicportal.platform.config.PortalSettings;
import org.civicportal.platform.i18n.Language;
import org.civicportal.platform.mail.MailTemplates;
import org.civicportal.platform.time.CityTime;
import org.civicportal.update.entity.ItemKind;
import org.civicportal.update.entity.MonthlyUpdate;
import org.civicportal.update.entity.MonthlyUpdateItem;
import org.junit.jupiter.api.Test;

/** The update's email as the composer renders it: both languages, both parts, every value escaped, links absolute. */
class UpdateComposerTest {

    @Test
    void rendersTheUpdateInEachLanguageWithEveryValueEscaped() throws Exception {
        var update = new MonthlyUpdate("2026-11", 1, Instant.parse("2026-11-20T10:00:00Z"));
        set(update, "id", 5L);
        update.introduce("Thanks to **everyone** <script>alert(1)</script>", "Gracias a *todos*");
        update.add(new MonthlyUpdateItem(ItemKind.DECISION, 7L, "Trees <b>for</b> Quayside", "Six trees.",
                "/decisions/7", "{\"department\":\"Parks & Trees\",\"credits\":[{\"inputId\":42,\"input\":"
                        + "\"Shade <please>\",\"how\":\"Moved the trees \\\"south\\\"\"}]}"));
        update.add(new MonthlyUpdateItem(ItemKind.TASK, 3L, "Plant day", "", "/tasks/3",
                "{\"place\":\"Quay\",\"startsAt\":\"2026-12-05T09:00:00Z\",\"placesLeft\":1,\"capacity\":8}"));
        update.add(new MonthlyUpdateItem(ItemKind.NUMBERS, null, "", "", "/forums",
                "{\"INPUT\":\"12\",\"VOLUNTEER_HOURS\":\"30.5\",\"FORUM_PARTICIPATION\":\"0\",\"ANSWER\":\"9\","
                        + "\"CREDIT\":\"4\",\"DELIVERY\":\"1\",\"RECOGNITION\":\"2\"}"));
        update.add(new MonthlyUpdateItem(ItemKind.CUSTOM, null, "Library & you", "Open late", "https://example.org/?a=1&b=2",
                null));
        var composer = composer(update);

        var en = composer.compose("5", null, "ana@example.org", Language.EN);
        assertEquals("November 2026: what your input changed", en.subject());
        assertEquals("ana@example.org", en.to());
        assertTrue(en.html().contains("Trees &lt;b&gt;for&lt;/b&gt; Quayside"), en.html());
        assertTrue(en.html().contains("Shade &lt;please&gt;"), en.html());
        assertTrue(en.html().contains("Parks &amp; Trees"), en.html());
        assertTrue(en.html().contains("<strong>everyone</strong>"), "the introduction's Markdown is rendered");
        assertFalse(en.html().contains("<script"), "and sanitised");
        assertTrue(en.html().contains("href=\"https://portal.example/decisions/7\""), en.html());
        assertTrue(en.html().contains("href=\"https://example.org/?a&#61;1&amp;b&#61;2\""), en.html());
        assertTrue(en.html().contains("One place left of 8"), en.html());
        assertTrue(en.html().contains("Residents gave: 12 inputs, 30.5 volunteer hours"), en.html());
        assertFalse(en.html().contains("<style"), "styles are inline");
        assertTrue(en.text().contains("Trees <b>for</b> Quayside"), "the text part is not HTML-escaped");
        assertTrue(en.text().contains("- \"Shade <please>\": Moved the trees \"south\" (https://portal.example/inputs/42)"),
                en.text());
        assertTrue(en.text().contains("Unsubscribe in one click: https://portal.example/me"), en.text());

        var es = composer.compose("5", null, "ana@example.org", Language.ES);
        assertEquals("Noviembre de 2026: lo que cambió tu participación", es.subject());
        assertTrue(es.html().contains("Nueva decisión"), es.html());
        assertTrue(es.text().contains("Queda una plaza de 8"), es.text());
        assertTrue(es.html().contains("lang=\"es\""));
    }

    private static UpdateComposer composer(MonthlyUpdate update) throws Exception {
        var settings = new PortalSettings();
        set(settings, "baseUrl", "https://portal.example/");
        var rendering = new UpdateRendering();
        rendering.settings = settings;
        rendering.city = new CityTime();
        var composer = new UpdateComposer();
        composer.catalog = new UpdateCatalog() {
            @Override
            public Optional<MonthlyUpdate> forSending(long id) {
                return Optional.of(update);
            }
        };
        composer.rendering = rendering;
        composer.templates = new MailTemplates();
        composer.settings = settings;
        return composer;
    }

    private static void set(Object target, String field, Object value) throws Exception {
        var f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
