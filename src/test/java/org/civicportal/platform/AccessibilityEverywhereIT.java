package org.civicportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.civicportal.testing.Browser;
import org.civicportal.testing.PortalIT;
import org.civicportal.testing.Routes.Who;
import org.civicportal.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core (WCAG 2.1 A and AA, no serious or critical violation) on every page of the route list, as the person who
 * may open it: once as it opens, once after each of its forms with required fields is submitted empty (the
 * validation messages shown), and once with every dialog and disclosure of the page open. One Chromium per person.
 */
class AccessibilityEverywhereIT extends PortalIT {

    /** The forms of the page's content (not the header's sign-out or language forms) that have required fields. */
    private static final String FORMS_WITH_REQUIRED_FIELDS = """
            return Array.from(document.querySelectorAll('main form, #content form, .site-main form'))
              .filter(f => f.id && f.querySelector('[aria-required="true"], [required]')
                        && f.querySelector('button[type="submit"][id], input[type="submit"][id]'))
              .map(f => f.id);""";

    /** Empties the form's text fields and presses its first submit button (noting when an ajax answer is in). */
    private static final String EMPTY_FORM = """
            const f = document.getElementById(arguments[0]);
            f.querySelectorAll('input[type="text"], input[type="email"], input[type="password"], input[type="number"],'
              + ' input:not([type]), textarea').forEach(i => { i.value = ''; });
            window.portalAjaxDone = false;
            if (window.jQuery) jQuery(document).one('pfAjaxComplete', () => { window.portalAjaxDone = true; });
            f.querySelector('button[type="submit"][id], input[type="submit"][id]').click();""";

    /** Opens every dialog (HTML, PrimeFaces widget) and disclosure of the page; answers how many. */
    private static final String OPEN_DIALOGS = """
            let opened = 0;
            document.querySelectorAll('details:not([open])').forEach(d => { d.open = true; opened++; });
            document.querySelectorAll('dialog:not([open])').forEach(d => { d.show(); opened++; });
            if (window.PrimeFaces && PrimeFaces.widgets) {
              Object.values(PrimeFaces.widgets).forEach(w => {
                if (w && w.jq && w.jq.hasClass && (w.jq.hasClass('ui-dialog') || w.jq.hasClass('ui-overlaypanel'))
                    && typeof w.show === 'function') { w.show(); opened++; }
              });
            }
            return opened;""";

    @Test
    void everyPageIsAccessibleAsOpenedAfterValidationAndWithDialogsOpen() {
        var problems = new ArrayList<String>();
        var visits = EveryPage.byWho();
        int checks = 0;
        for (var entry : visits.entrySet()) {
            var who = entry.getKey();
            try (var browser = browser()) {
                var email = EveryPage.account(who, "a11y");
                if (email != null) {
                    signIn(browser, email, TestAccounts.PASSWORD);
                }
                for (var url : entry.getValue()) {
                    try {
                        checks += check(browser, who, url, problems);
                    } catch (WebDriverException broken) {
                        problems.add(who + " " + url + ": " + broken.getMessage().lines().findFirst().orElse(""));
                    }
                }
            }
        }
        assertTrue(checks > visits.values().stream().mapToInt(List::size).sum(), "forms and dialogs were checked too");
        assertTrue(problems.isEmpty(), problems.size() + " pages with serious or critical violations:\n"
                + String.join("\n\n", problems));
    }

    /** The DELETE's answer (the 405 page) written into the tab, as the portal rendered it; answers its status. */
    private static final String SHOW_DELETE_ANSWER = """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0], {method: 'DELETE'}).then(r => r.text().then(html => {
              document.open(); document.write(html); document.close(); done(r.status); }));""";

    /**
     * The 414 page opened by its address; the 405 page, which no address bar can ask for (it answers a DELETE),
     * fetched by the tab with DELETE and written into it: the same markup and stylesheets, its scripts held back by
     * the tab's Content-Security-Policy nonce (the error template needs none). English and Spanish.
     */
    @Test
    void theMethodNotAllowedAndTooLongPagesAreAccessibleInBothLanguages() {
        var problems = new ArrayList<String>();
        try (var browser = browser()) {
            var js = (JavascriptExecutor) browser.driver();
            for (var language : List.of("en", "es")) {
                browser.open("/").driver().manage().addCookie(new Cookie("portal_lang", language));
                browser.open("/inputs?q=" + "x".repeat(9 * 1024));
                assertEquals(language, browser.htmlLang());
                assertTrue(browser.has("error-heading"), "the 414 page");
                axe(browser, "414 (" + language + ")", problems);
                browser.open("/");
                assertEquals(405L, js.executeAsyncScript(SHOW_DELETE_ANSWER, base + "inputs"));
                assertEquals(language, browser.htmlLang());
                assertTrue(browser.has("error-heading"), "the 405 page");
                axe(browser, "405 (" + language + ")", problems);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n\n", problems));
    }

    /** The checks of one page: as opened, after each required form is sent empty, with its dialogs open. */
    private int check(Browser browser, Who who, String url, List<String> problems) {
        browser.open(url);
        int checks = 1;
        axe(browser, who + " " + url, problems);
        var js = (JavascriptExecutor) browser.driver();
        // A page with nothing to open is still as it opened: its first form is sent from there, not from a reload.
        boolean asOpened = true;
        if (((Number) js.executeScript(OPEN_DIALOGS)).intValue() > 0) {
            asOpened = false;
            checks++;
            axe(browser, who + " " + url + " with its dialogs and disclosures open", problems);
        }
        @SuppressWarnings("unchecked")
        var forms = (List<String>) js.executeScript(FORMS_WITH_REQUIRED_FIELDS);
        for (var form : forms) {
            if (!asOpened) {
                browser.open(url);
            }
            asOpened = false;
            if (!browser.has(form)) {
                continue;
            }
            var page = browser.driver().findElement(By.tagName("html"));
            js.executeScript(EMPTY_FORM, form);
            // A full post replaces the page; an ajax one updates it and says so.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20), Duration.ofMillis(50)).until(d -> {
                try {
                    page.isEnabled();
                    return Boolean.TRUE.equals(js.executeScript("return window.portalAjaxDone === true;"));
                } catch (WebDriverException replaced) {
                    return "complete".equals(js.executeScript("return document.readyState;"));
                }
            });
            checks++;
            axe(browser, who + " " + url + " after " + form + " was sent empty", problems);
        }
        return checks;
    }

    private static void axe(Browser browser, String where, List<String> problems) {
        try {
            browser.assertAccessible();
        } catch (AssertionError violations) {
            var detail = new com.deque.html.axecore.selenium.AxeBuilder().withRules(List.of("color-contrast"))
                    .analyze(browser.driver()).getViolations().stream().flatMap(v -> v.getNodes().stream())
                    .map(n -> n.getTarget() + " " + n.getFailureSummary()).toList();
            problems.add(where + ": " + violations.getMessage() + (detail.isEmpty() ? "" : "\n  " + detail));
        }
    }
}
