package org.civicportal.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven as a person would: open a page, type, click, read. It waits for full page
 * loads and for PrimeFaces ajax to settle, so tests never sleep.
 * <p>Starting Chromium and its driver costs seconds, and the suite opens over a hundred browsers: {@link #close()}
 * hands the Chromium back to a small pool of idle ones after making it as a new one is (one blank tab, no cookies,
 * storage or cache of any site), and the next Browser takes it from there. Chromium's autofill and password
 * manager are off, so nothing typed in one test is offered to another, and no form field is filled unasked.
 */
public final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);
    /**
     * How often a wait looks again. Selenium's default is 500 ms, and a page that follows a click is almost never
     * there at the first look, so every submit waited half a second after the page had come.
     */
    private static final Duration POLL = Duration.ofMillis(50);
    /** Idle Chromiums kept: two people at once per test, and two test classes running side by side. */
    private static final int MAX_IDLE = 4;
    private static final Deque<ChromeDriver> IDLE = new ConcurrentLinkedDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitIdle, "quit-idle-chromium"));
    }

    private final ChromeDriver driver;
    private final String base;

    public Browser(URL base) {
        this.base = base.toString().replaceAll("/+$", "");
        var idle = IDLE.poll();
        driver = idle != null ? idle : startChromium();
    }

    /**
     * Starts Chromiums for the pool in the background, e.g. while the portal boots, so the first tests find them
     * ready. Never more than the pool keeps idle.
     */
    static void warmUp(int count) {
        var starter = new Thread(() -> {
            for (int i = 0; i < count && IDLE.size() < MAX_IDLE; i++) {
                try {
                    IDLE.push(startChromium());
                } catch (WebDriverException failed) {
                    return; // the test that needs a browser starts one itself, and reports why it cannot
                }
            }
        }, "warm-up-chromium");
        starter.setDaemon(true);
        starter.start();
    }

    private static ChromeDriver startChromium() {
        var options = new ChromeOptions();
        options.setBinary(Path.of("/usr/bin/chromium").toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--lang=en-GB", "--user-data-dir=" + tempProfile());
        options.setExperimentalOption("prefs", Map.of("autofill.profile_enabled", false,
                "autofill.credit_card_enabled", false, "credentials_enable_service", false,
                "profile.password_manager_enabled", false));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        var chromium = new ChromeDriver(service, options);
        chromium.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return chromium;
    }

    private static String tempProfile() {
        try {
            return Files.createTempDirectory("chromium-profile").toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    String base() {
        return base;
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public String title() {
        return driver.getTitle();
    }

    public Browser type(String id, String text) {
        var field = element(id);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public String value(String id) {
        return element(id).getAttribute("value");
    }

    /** Clicks something that submits the page and waits for the next page to load. */
    public Browser submit(String id) {
        var html = driver.findElement(By.tagName("html"));
        element(id).click();
        waiting().until(d -> isGone(html));
        waitForReady();
        return this;
    }

    /** The old page's root is gone once the next page replaced it (Chromium may say so in several ways). */
    private static boolean isGone(WebElement oldRoot) {
        try {
            oldRoot.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException replaced) {
            return true;
        }
    }

    /** Clicks something that updates the page with PrimeFaces ajax and waits until the update is done. */
    public Browser clickAjax(String id) {
        element(id).click();
        waitForReady();
        return this;
    }

    public Browser select(String id, String visibleText) {
        new org.openqa.selenium.support.ui.Select(element(id)).selectByVisibleText(visibleText);
        return this;
    }

    public WebElement element(String id) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    public WebElement waitFor(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public String text(By by) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(by)).getText();
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** The message shown next to a field (PrimeFaces p:message for the given input id). */
    public String messageFor(String inputId) {
        return text(By.cssSelector("[id='" + inputId + "'] ~ .ui-message, .ui-message[id$='" + inputId + "_message']"));
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String htmlLang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    public Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Fails with the list of serious and critical WCAG 2.1 A/AA violations on the current page. */
    public void assertAccessible() {
        // Only violations are read: axe-core then gathers one node for each passed or incomplete rule, not all.
        var violationsOnly = new AxeRunOptions();
        violationsOnly.setResultTypes(List.of("violations"));
        var axe = new AxeBuilder().withOptions(violationsOnly).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
        // axe-core's default run (4.3 on) analyses each frame apart and merges the parts in a blank tab it opens
        // for that: axe's 560 KB injected twice, a tab opened and closed, per check. A page without frames is one
        // part, and the classic axe.run in the page itself checks the same rules on it with the same results.
        if (driver.findElements(By.cssSelector("iframe, frame")).isEmpty()) {
            axe.setLegacyMode(true);
        }
        var results = axe.analyze(driver);
        // AxeBuilder answers a failed injection or run with empty results rather than throwing.
        assertFalse(results.isErrored(), () -> "axe-core did not run on " + path() + ": " + results.getErrorMessage());
        var grave = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .toList();
        assertTrue(grave.isEmpty(), () -> "axe-core on " + path() + ":\n" + String.join("\n", grave));
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT, POLL);
    }

    private void waitForReady() {
        waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                        + " || PrimeFaces.ajax.Queue.isEmpty()) && (!window.jQuery || jQuery.active === 0);")));
    }

    /** Hands the Chromium to the next Browser, as new; quits it if that fails or enough are idle. */
    @Override
    public void close() {
        if (IDLE.size() < MAX_IDLE && madeNew()) {
            IDLE.push(driver);
        } else {
            driver.quit();
        }
    }

    /** One blank tab, no open dialog, and no cookies, storage or cached files of any site, as at start. */
    private boolean madeNew() {
        try {
            try {
                driver.switchTo().alert().dismiss();
            } catch (NoAlertPresentException none) {
                // the usual case
            }
            var tabs = List.copyOf(driver.getWindowHandles());
            for (var tab : tabs.subList(1, tabs.size())) {
                driver.switchTo().window(tab).close();
            }
            driver.switchTo().window(tabs.get(0));
            driver.get("about:blank");
            // Cookies of every site, and what pages of this one may have stored (the portal stores nothing itself).
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin(),
                    "storageTypes", "local_storage,indexeddb,cache_storage,service_workers"));
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            return true;
        } catch (WebDriverException | IndexOutOfBoundsException broken) {
            return false;
        }
    }

    private String origin() {
        var url = java.net.URI.create(base);
        return url.getScheme() + "://" + url.getAuthority();
    }

    private static void quitIdle() {
        for (var chromium = IDLE.poll(); chromium != null; chromium = IDLE.poll()) {
            try {
                chromium.quit();
            } catch (WebDriverException gone) {
                // Chromium ended already
            }
        }
    }
}
