package org.civicportal.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * Every page of the route list, in Spanish, as the person who may open it, shows no English text of the bundles:
 * no run of 13 or more characters of an English message that its Spanish one does not share (the parts between a
 * message's {0} placeholders count on their own; what people write is not in the bundles, so it does not count,
 * and what the page marks lang="en", such as the English intro staff write beside the Spanish one, is left aside).
 */
class SpanishEverywhereIT extends PortalIT {

    /** Shorter fragments ("Email", "Topic: ") are too often a name or a word Spanish shares. */
    private static final int LONGER_THAN = 12;

    @Test
    void noPageShowsEnglishTextWhenSpanishIsChosen() throws IOException {
        var english = englishOnly();
        assertTrue(english.size() > 300, "the bundles' English texts were read: " + english.size());
        var problems = new ArrayList<String>();
        for (var entry : EveryPage.byWho().entrySet()) {
            try (var browser = browser()) {
                var email = EveryPage.account(entry.getKey(), "espanol");
                if (email != null) {
                    signIn(browser, email, TestAccounts.PASSWORD);
                }
                browser.open("/language?to=es&back=/");
                for (var url : entry.getValue()) {
                    browser.open(url);
                    if (!"es".equals(browser.htmlLang())) {
                        problems.add(entry.getKey() + " " + url + ": html lang is " + browser.htmlLang());
                    }
                    var text = withoutEnglishContent(browser).replaceAll("\\s+", " ");
                    english.forEach((fragment, key) -> {
                        var at = text.indexOf(fragment);
                        if (at >= 0) {
                            problems.add(entry.getKey() + " " + url + ": \"" + fragment + "\" (" + key + ") in \""
                                    + text.substring(Math.max(0, at - 60), Math.min(text.length(), at + fragment.length() + 20)) + "\"");
                        }
                    });
                }
            }
        }
        assertTrue(problems.isEmpty(), "English on Spanish pages:\n" + String.join("\n", problems));
    }

    /**
     * The page's visible text without what is marked lang="en" inside it: what staff wrote in English on purpose (the
     * English intro of the monthly update beside the Spanish one, the "English" of the language choice).
     */
    private static String withoutEnglishContent(org.civicportal.testing.Browser browser) {
        var text = browser.pageText();
        for (var english : browser.all(org.openqa.selenium.By.cssSelector("body [lang|='en']"))) {
            var shown = english.getText();
            if (!shown.isBlank()) {
                text = text.replace(shown, " ");
            }
        }
        return text;
    }

    /**
     * Each English fragment longer than {@link #LONGER_THAN} characters that the Spanish message of the same key does
     * not contain, with its key; the longest first.
     */
    private static Map<String, String> englishOnly() throws IOException {
        var fragments = new TreeMap<String, String>(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (var bundle : List.of("org/civicportal/platform/i18n/messages", "ValidationMessages")) {
            var en = load(bundle + "_en.properties");
            var es = load(bundle + "_es.properties");
            for (var key : en.stringPropertyNames()) {
                var spanish = visible(es.getProperty(key, ""));
                Arrays.stream(en.getProperty(key).replace("''", "'").split("\\{[^}]*}|<[^>]+>|\\s*\\n\\s*")).map(f -> f.replaceAll("\\s+", " ").strip())
                        .filter(f -> f.length() > LONGER_THAN && !spanish.contains(f))
                        .forEach(f -> fragments.putIfAbsent(f, key));
            }
        }
        return fragments;
    }

    /** A message as a page shows it: MessageFormat's doubled quotes single, markup and spacing as text shows them. */
    private static String visible(String message) {
        return message.replace("''", "'").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(SpanishEverywhereIT.class.getClassLoader().getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
