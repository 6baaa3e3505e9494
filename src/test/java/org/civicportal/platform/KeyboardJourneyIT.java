package org.civicportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.civicportal.platform.time.Quarter;
import org.civicportal.testing.Browser;
import org.civicportal.testing.Mailbox;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.TestAccounts;
import org.civicportal.testing.TestTasks;
import org.civicportal.testing.UnsubscribeTokens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A resident who uses only the keyboard (Tab, Shift-Tab, Enter, Space, typing; never a click) registers, signs in,
 * submits an input, signs up for a task, says they are going to the forum and leaves the monthly update. Every
 * control they land on shows a focus ring (outline or box-shadow) of at least 3:1 against what is around it.
 * Opening a page by its address (the verification mail's link, a bookmark) is typing a URL, so it is allowed.
 */
class KeyboardJourneyIT extends PortalIT {

    /** More presses than any page of the portal has stops before its form's last button. */
    private static final int MAX_TABS = 120;

    @Test
    void aResidentDoesEverythingWithTheKeyboardAlone() throws Exception {
        var mark = "keys." + UUID.randomUUID().toString().substring(0, 8);
        var email = mark + "@example.org";
        var password = "keyboard lantern meadow 7";
        var taskTitle = "Keyboard planting " + email;
        var task = TestTasks.create(taskTitle, 3 * 24 * 60, 4);
        try (var browser = browser()) {
            var keys = new Keyboard(browser);

            browser.open("/register");
            keys.tabTo("register:displayName").type("Kim Keys");
            keys.tabTo("register:email").type(email);
            keys.tabTo("register:password").type(password);
            keys.tabTo("register:district").type("Riverside");
            keys.tabTo("register:monthlyUpdates").press(Keys.SPACE);
            keys.backTo("register:district"); // Shift-Tab goes back, and the choice made stays
            assertEquals("Riverside", browser.driver().findElement(By.cssSelector("#register\\:district option:checked")).getText());
            keys.tabTo("register:submit").pressAndLoad(Keys.ENTER);
            assertTrue(browser.text(By.id("register-done")).contains(email), browser.pageText());

            browser.open(Mailbox.link(Mailbox.await(email, 1), "/verify").replaceFirst("https?://[^/]+", ""));
            assertTrue(browser.has("verify-ok"), browser.pageText());

            browser.open("/sign-in");
            keys.tabTo("signin:email").type(email);
            keys.tabTo("signin:password").type(password);
            keys.tabTo("signin:submit").pressAndLoad(Keys.ENTER);
            assertEquals("/me", browser.path(), browser.pageText());
            assertEquals("1", TestAccounts.query("SELECT monthly_update_opt_in FROM account WHERE email = ?", email),
                    "Space ticked the monthly update");

            browser.open("/inputs/new");
            keys.tabTo("input:title").type("Keyboard users need a dropped kerb at " + mark);
            keys.tabTo("input:body").type("The kerb at the library crossing has no ramp, so wheelchairs cannot cross.");
            keys.tabTo("input:topic").type("Safety");
            keys.tabTo("input:district").type("Eastgate");
            keys.tabTo("input:submit").pressAndLoad(Keys.ENTER);
            assertTrue(browser.path().matches("/inputs/\\d+"), browser.path() + "\n" + browser.pageText());
            assertEquals("Keyboard users need a dropped kerb at " + mark, browser.text(By.id("input-title")));

            browser.open("/tasks/" + task);
            keys.tabTo("signup:sign-up").pressAndLoad(Keys.SPACE);
            assertTrue(browser.text(By.id("my-signup")).startsWith("You are signed up."), browser.pageText());

            browser.open("/forums/" + Quarter.of(Instant.now(), ZoneId.systemDefault()));
            keys.tabTo("rsvp:going").pressAndLoad(Keys.ENTER);
            assertTrue(browser.text(By.id("my-rsvp")).startsWith("You are going."), browser.pageText());

            var id = Long.parseLong(TestAccounts.query("SELECT id FROM account WHERE email = ?", email));
            browser.open("/unsubscribe?token=" + UnsubscribeTokens.token(id, "update"));
            keys.tabTo("unsubscribe-confirm").pressAndLoad(Keys.ENTER);
            assertTrue(browser.has("unsubscribe-done"), browser.pageText());
            assertEquals("0", TestAccounts.query("SELECT monthly_update_opt_in FROM account WHERE id = ?", id));
            assertEquals("1", TestAccounts.query("SELECT COUNT(*) FROM signup WHERE task_id = ? AND account_id = ?", task, id));
        }
    }

    /** The keys a person presses, sent to whatever has the focus, as a keyboard does. */
    private static final class Keyboard {

        private final Browser browser;

        Keyboard(Browser browser) {
            this.browser = browser;
        }

        /** Presses Tab until the element with this id has the focus, then checks its focus ring. */
        Keyboard tabTo(String id) {
            return move(id, Keys.TAB);
        }

        /** Presses Shift-Tab until the element with this id has the focus, then checks its focus ring. */
        Keyboard backTo(String id) {
            return move(id, Keys.chord(Keys.SHIFT, Keys.TAB));
        }

        private Keyboard move(String id, CharSequence key) {
            for (int i = 0; i < MAX_TABS && !id.equals(focusedId()); i++) {
                new Actions(browser.driver()).sendKeys(key).perform();
            }
            assertEquals(id, focusedId(), "the keyboard reaches " + id + " on " + browser.path());
            assertFocusVisible(id);
            return this;
        }

        Keyboard type(String text) {
            new Actions(browser.driver()).sendKeys(text).perform();
            return this;
        }

        Keyboard press(CharSequence key) {
            new Actions(browser.driver()).sendKeys(key).perform();
            return this;
        }

        /** Presses a key that submits the page and waits for the next one. */
        void pressAndLoad(CharSequence key) {
            var html = browser.driver().findElement(By.tagName("html"));
            press(key);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20), Duration.ofMillis(50)).until(d -> {
                try {
                    html.isEnabled();
                    return false;
                } catch (WebDriverException replaced) {
                    return "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;"));
                }
            });
        }

        private String focusedId() {
            return (String) js("return document.activeElement ? document.activeElement.id : null;");
        }

        /**
         * The focused element draws an outline (or a box-shadow) at least 1 px wide whose colour has a contrast of
         * 3:1 or more against the first opaque background behind it (WCAG 1.4.11 and 2.4.7).
         */
        private void assertFocusVisible(String id) {
            @SuppressWarnings("unchecked")
            var ring = (List<String>) js("""
                    const el = document.activeElement, s = getComputedStyle(el);
                    let ring = null;
                    if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1) ring = s.outlineColor;
                    else if (s.boxShadow && s.boxShadow !== 'none') ring = (s.boxShadow.match(/rgba?\\([^)]*\\)/) || [null])[0];
                    let bg = 'rgb(255, 255, 255)';
                    for (let n = el.parentElement; n; n = n.parentElement) {
                      const b = getComputedStyle(n).backgroundColor;
                      if (b && b !== 'transparent' && !/^rgba\\(.*,\\s*0\\)$/.test(b)) { bg = b; break; }
                    }
                    return [ring, bg];""");
            assertTrue(ring.get(0) != null, id + " shows no focus ring on " + browser.path());
            var contrast = contrast(rgb(ring.get(0)), rgb(ring.get(1)));
            assertTrue(contrast >= 3.0, id + "'s focus ring " + ring.get(0) + " on " + ring.get(1) + " has contrast "
                    + contrast + ", under 3:1, on " + browser.path());
        }

        private Object js(String script) {
            return ((JavascriptExecutor) browser.driver()).executeScript(script);
        }
    }

    private static double[] rgb(String css) {
        var parts = css.replaceAll("[^0-9.,]", "").split(",");
        return new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2])};
    }

    /** WCAG 2.1's contrast ratio of two sRGB colours. */
    static double contrast(double[] a, double[] b) {
        var la = luminance(a);
        var lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(double[] rgb) {
        var l = new double[3];
        for (int i = 0; i < 3; i++) {
            var c = rgb[i] / 255.0;
            l[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    }
}
