package org.civicportal.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven as a person would: open a page, type, click, read. It waits for full page
 * loads and for PrimeFaces ajax to settle, so tests never sleep.
 */
public final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final WebDriver driver;
    private final String base;

    public Browser(URL base) {
        this.base = base.toString().replaceAll("/+$", "");
        var options = new ChromeOptions();
        options.setBinary(Path.of("/usr/bin/chromium").toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--lang=en-GB", "--user-data-dir=" + tempProfile());
        var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
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
        new WebDriverWait(driver, WAIT).until(d -> isGone(html));
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
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public String text(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(by)).getText();
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
        var results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        var grave = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .toList();
        assertTrue(grave.isEmpty(), () -> "axe-core on " + path() + ":\n" + String.join("\n", grave));
    }

    private void waitForReady() {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax"
                        + " || PrimeFaces.ajax.Queue.isEmpty()) && (!window.jQuery || jQuery.active === 0);")));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
