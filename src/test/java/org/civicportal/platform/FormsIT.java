package org.civicportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.civicportal.testing.Browser;
import org.civicportal.testing.FacesClient;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestAccounts;
import org.civicportal.testing.TestInputs;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * What every form does with what people type and how it tells them: text is never cut without a word, invisible
 * bidi controls and line breaks never reach one-line fields, focus can be seen, and a refused form says at the
 * top what is wrong, with links to the fields.
 */
class FormsIT extends PortalIT {

    private static final String TOO_LONG = "This is 10,000 characters long; the most is 5,000. Please shorten it: "
            + "everything you wrote is still here.";

    /** 10,000 characters of prose in lines of 100 (99 characters and a line break). */
    private static String tenThousandCharacters() {
        var line = "The bus shelter on Quay Road floods every winter and the kerb is too high for prams and chairs. ";
        var text = new StringBuilder();
        while (text.length() < 10_000) {
            text.append(line.repeat(2), 0, 99).append('\n');
        }
        return text.substring(0, 9_999) + ".";
    }

    @Test
    void aLongInputPastedInTheBrowserIsRefusedAtTheFieldWithEveryCharacterKept() {
        var resident = TestAccounts.create("long-paste@example.org", "Lena Long");
        var body = tenThousandCharacters();
        try (var browser = browser()) {
            signIn(browser, resident, TestAccounts.PASSWORD);
            browser.open("/inputs/new").type("input:title", "Flooding at the Quay Road shelter")
                    .select("input:topic", "Safety").select("input:district", "Eastgate");
            paste(browser, "input:body", body);
            assertEquals(10_000, browser.value("input:body").length(), "the browser kept the whole paste");
            assertEquals("10,000 / 5,000 — 5,000 too many", browser.text(By.id("input:body-count")),
                    "the live count says it is too long before sending");

            browser.submit("input:submit");
            assertEquals("/inputs/new", browser.path(), "nothing was published");
            assertEquals(TOO_LONG, browser.messageFor("input:body"));
            assertEquals(body, browser.value("input:body"), "all 10,000 characters are still in the field");
            assertEquals("Flooding at the Quay Road shelter", browser.value("input:title"));
            assertFalse(browser.pageText().contains("Thank you"));
            browser.assertAccessible();
        }
        assertEquals("0", TestAccounts.query("SELECT COUNT(*) FROM input WHERE title = ?",
                "Flooding at the Quay Road shelter"));
    }

    @Test
    void aLongInputSentWithoutTheBrowserIsRefusedTheSameWayAndNeverCut() throws Exception {
        TestAccounts.create("long-post@example.org", "Lars Long");
        var client = new FacesClient(base).signIn("long-post@example.org", TestAccounts.PASSWORD);
        var body = "x".repeat(10_000);
        var page = client.post("/inputs/new", "input", "submit", inputFields("Ten thousand characters", body));
        assertEquals(200, page.statusCode(), "refused on the same page, not redirected to a saved input");
        assertTrue(page.body().contains(TOO_LONG), page.body());
        var kept = Pattern.compile("<textarea[^>]*id=\"input:body\"[^>]*>\\R?([^<]*)</textarea>").matcher(page.body());
        assertTrue(kept.find(), "the body's field is on the page");
        assertEquals(10_000, kept.group(1).length(), "the field gives back all that was sent");
        assertEquals("0", TestAccounts.query("SELECT COUNT(*) FROM input WHERE title = ?", "Ten thousand characters"));
        // And the database would refuse rather than cut whatever got past the forms.
        assertTrue(TestAccounts.query("SELECT @@GLOBAL.sql_mode").contains("STRICT_TRANS_TABLES"));
    }

    @Test
    void everyLongFieldIsRefusedWithItsOwnLimitAndTheNumbersInThePersonsLanguage() throws Exception {
        TestAccounts.create("long-task@example.org", "Teo Tareas", "OFFICIAL");
        TestAccounts.update("UPDATE account SET language = 'es' WHERE email = 'long-task@example.org'");
        var client = new FacesClient(base).signIn("long-task@example.org", TestAccounts.PASSWORD);
        var decision = TestAccounts.query("SELECT id FROM decision WHERE title LIKE 'Shade trees%'");
        var fields = new LinkedHashMap<String, String>();
        fields.put("title", "Regar los árboles nuevos");
        fields.put("description", "Regar. ".repeat(1_000) + "Fin.");
        fields.put("place", "Parque de Eastgate");
        fields.put("day", java.time.LocalDate.now().plusDays(12).toString());
        fields.put("start", "10:00");
        fields.put("end", "12:00");
        fields.put("capacity", "4");
        fields.put("contact", "Parques, 555-0100");
        var page = client.post("/admin/task?decision=" + decision, "task", "save", fields);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Tiene 7.004 caracteres; el máximo es 5.000."), page.body());
        assertEquals("0", TestAccounts.query("SELECT COUNT(*) FROM task WHERE title = 'Regar los árboles nuevos'"));
    }

    @Test
    void bidiOverridesAndLineBreaksNeverReachOneLineFields() throws Exception {
        TestAccounts.create("bidi@example.org", "Bea Bidi");
        var client = new FacesClient(base).signIn("bidi@example.org", TestAccounts.PASSWORD);

        // A display name that would show "Ana Rossi" followed by a reversed "exe.txt" and a second line.
        var profile = Map.of("displayName", "Ana Rossi \u202Etxt.exe\u202C\r\nStaff", "district", "", "language", "en");
        var refused = client.post("/me", "profile", "save", profile);
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("We removed 2 invisible control characters"), refused.body());
        assertEquals("Ana Rossi txt.exe Staff", inputValue(refused.body(), "profile:displayName"),
                "the field keeps the text, without the controls and the line break");
        assertEquals("Bea Bidi", TestAccounts.query("SELECT display_name FROM account WHERE email = 'bidi@example.org'"));
        var saved = client.post("/me", "profile", "save", Map.of("displayName", inputValue(refused.body(),
                "profile:displayName"), "district", "", "language", "en"));
        assertTrue(saved.body().contains("Your profile was saved."), saved.body());
        assertEquals("Ana Rossi txt.exe Staff",
                TestAccounts.query("SELECT display_name FROM account WHERE email = 'bidi@example.org'"));

        // A title with an override and a line break; a body keeps its lines but loses the override.
        var page = client.post("/inputs/new", "input", "submit",
                inputFields("Broken lamp \u202Egnp.exe\r\nat the quay", "First line\r\nSecond line\u202E here"));
        assertEquals(200, page.statusCode());
        assertEquals("Broken lamp gnp.exe at the quay", inputValue(page.body(), "input:title"));
        var published = client.post("/inputs/new", page.body(), "input", "submit",
                inputFields("Broken lamp gnp.exe at the quay", "First line\nSecond line here"));
        assertEquals(302, published.statusCode(), published.body());
        var id = TestAccounts.query("SELECT MAX(id) FROM input WHERE title = 'Broken lamp gnp.exe at the quay'");
        assertNotNull(id, "stored without the override and the line break");
        assertEquals("First line\nSecond line here", TestAccounts.query("SELECT body FROM input WHERE id = ?", id));
        var shown = client.get("/inputs/" + id);
        assertTrue(shown.contains("Broken lamp gnp.exe at the quay"));
        assertFalse(shown.contains("\u202E"), "nothing reorders the page");
    }

    @Test
    void keyboardFocusIsClearlyVisibleOnFieldsButtonsAndLinks() {
        try (var browser = browser()) {
            browser.open("/register");
            for (var id : List.of("sign-in-link", "register:displayName", "register:email", "register:district",
                    "register:monthlyUpdates", "register:submit")) {
                var focused = tabTo(browser, id);
                var ring = (Map<?, ?>) script(browser, "var e = arguments[0], s = getComputedStyle(e);"
                        + "var p = e.parentElement, bg = 'rgb(255, 255, 255)';"
                        + "while (p) { var c = getComputedStyle(p).backgroundColor;"
                        + "  if (c && c !== 'transparent' && !/rgba\\(.*, 0\\)$/.test(c)) { bg = c; break; } p = p.parentElement; }"
                        + "return {style: s.outlineStyle, width: s.outlineWidth, color: s.outlineColor, background: bg};",
                        focused);
                var width = Double.parseDouble(String.valueOf(ring.get("width")).replace("px", ""));
                assertTrue(!"none".equals(ring.get("style")) && width >= 2, id + " focus outline: " + ring);
                var contrast = contrast(String.valueOf(ring.get("color")), String.valueOf(ring.get("background")));
                assertTrue(contrast >= 3, id + " focus outline contrast " + contrast + ":1 — " + ring);
            }
        }
    }

    @Test
    void aRefusedFormSaysAtTheTopWhatIsWrongAndLeadsToEachField() {
        var resident = TestAccounts.create("summary@example.org", "Sara Summary");
        try (var browser = browser()) {
            signIn(browser, resident, TestAccounts.PASSWORD);
            browser.open("/inputs/new").submit("input:submit");
            var items = texts(browser, "#error-summary li");
            assertEquals(List.of("Title: Please give your input a title.", "Your input: Please describe your input.",
                    "Topic: Please choose a topic.", "District: Please choose a district."), items);
            assertEquals("There are 4 problems with what you sent", browser.text(By.id("error-summary-heading")));
            assertEquals("error-summary", activeId(browser), "focus moved to the summary");
            browser.element("error-summary").findElement(By.linkText("Your input: Please describe your input.")).click();
            assertEquals("input:body", activeId(browser), "the link leads to the field itself");
            browser.element("error-summary").findElement(By.partialLinkText("Topic:")).click();
            assertEquals("input:topic", activeId(browser));
            browser.assertAccessible();
        }
        try (var browser = browser()) {
            browser.open("/register").submit("register:submit");
            var items = texts(browser, "#error-summary li");
            assertEquals(3, items.size(), String.valueOf(items));
            assertTrue(items.get(0).startsWith("Display name: "), items.get(0));
            assertTrue(items.get(1).startsWith("Email: "), items.get(1));
            assertTrue(items.get(2).startsWith("Password: "), items.get(2));
            assertEquals("error-summary", activeId(browser));
            browser.element("error-summary").findElement(By.partialLinkText("Email:")).click();
            assertEquals("register:email", activeId(browser));
            browser.assertAccessible();
        }
    }

    @Test
    void aHowSentencePickedByAjaxGetsItsCountAndItsLimitFromItsOwnForm() {
        var official = TestAccounts.create("long-how@example.org", "Hugo How", "OFFICIAL");
        TestAccounts.create("how-author@example.org", "Alma Author");
        var input = TestInputs.create("how-author@example.org", "Lantern posts along Mill Lane", "ANSWERED");
        try (var browser = browser()) {
            signIn(browser, official, TestAccounts.PASSWORD);
            browser.open("/admin/decision").type("editor:words", "lantern mill lane").clickAjax("editor:search");
            browser.driver().findElement(By.cssSelector(".search-results li[data-input='" + input + "'] button")).click();
            browser.waitFor(By.cssSelector(".pending-credit[data-input='" + input + "']"));
            var how = "Lanterns. ".repeat(69) + "Lanterns!!";
            paste(browser, "editor:pending:0:how", how);
            assertEquals("700 / 600 — 100 too many", browser.text(By.id("editor:pending:0:how-count")));
            browser.submit("editor:save");
            var expected = "This is 700 characters long; the most is 600. Please shorten it: everything you wrote is still here.";
            assertEquals(expected, browser.messageFor("editor:pending:0:how"));
            assertEquals(how, browser.value("editor:pending:0:how"), "all 700 characters are kept");
            assertTrue(texts(browser, "#error-summary li").contains(
                    "How did “Lantern posts along Mill Lane” (by Alma Author) change the decision? " + expected),
                    String.valueOf(texts(browser, "#error-summary li")));
            browser.assertAccessible();
        }
    }

    private static Map<String, String> inputFields(String title, String body) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("title", title);
        fields.put("body", body);
        fields.put("topic", TestAccounts.query("SELECT id FROM topic WHERE code = 'transport'"));
        fields.put("district", TestAccounts.query("SELECT id FROM district WHERE code = 'citywide'"));
        fields.put("place", "");
        fields.put("website", "");
        return fields;
    }

    /** Puts text into a field the way a paste does: as the person's own edit, so maxlength would apply. */
    private static void paste(Browser browser, String id, String text) {
        var field = browser.element(id);
        field.click();
        script(browser, "arguments[0].focus(); document.execCommand('insertText', false, arguments[1]);", field, text);
    }

    private static WebElement tabTo(Browser browser, String id) {
        var actions = new Actions(browser.driver());
        for (int i = 0; i < 40; i++) {
            actions.sendKeys(Keys.TAB).perform();
            if (id.equals(activeId(browser))) {
                return browser.element(id);
            }
        }
        throw new AssertionError("Tab never reached " + id);
    }

    private static String activeId(Browser browser) {
        return String.valueOf(script(browser, "return document.activeElement && document.activeElement.id;"));
    }

    private static List<String> texts(Browser browser, String css) {
        browser.waitFor(By.cssSelector(css));
        return browser.all(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static Object script(Browser browser, String code, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(code, args);
    }

    private static String inputValue(String html, String id) {
        var tag = Pattern.compile("<input[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        assertTrue(tag.find(), "no field " + id);
        var value = Pattern.compile("value=\"([^\"]*)\"").matcher(tag.group());
        return value.find() ? value.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&") : "";
    }

    /** WCAG's contrast ratio of two CSS colours given as rgb()/rgba(). */
    static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String css) {
        var parts = css.replaceAll("[^0-9.,]", "").split(",");
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Double.parseDouble(parts[i]) / 255;
            rgb[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }
}
