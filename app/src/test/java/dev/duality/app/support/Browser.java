package dev.duality.app.support;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * One person's browser: a headless Chromium of its own (its own profile, so its own storage), driven through
 * chromedriver. Chromium and chromedriver are Debian's ({@code chromium}, {@code chromium-driver}); {@code .ci/run}
 * installs them when missing, and {@code DUALITY_CHROMIUM} / {@code DUALITY_CHROMEDRIVER} name others.
 */
public final class Browser implements AutoCloseable {
    /** How long a page may take to show a change: far above what it needs, so a slow CI machine does not fail it. */
    public static final Duration PATIENCE = Duration.ofSeconds(20);
    private final ChromeDriver driver;
    private final Path profile;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        this.wait = new WebDriverWait(driver, PATIENCE, Duration.ofMillis(50));
    }

    /** A browser whose window is {@code width} × {@code height} CSS pixels (a laptop, or a phone held upright). */
    public static Browser open(int width, int height) throws IOException {
        Path profile = Files.createTempDirectory("duality-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("DUALITY_CHROMIUM", "/usr/bin/chromium", "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome"));
        // as root in a container Chromium needs --no-sandbox; the closed network needs the background fetches off
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--user-data-dir=" + profile,
                "--window-size=" + width + "," + height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(executable("DUALITY_CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), profile);
    }

    private static String executable(String variable, String... candidates) {
        String named = System.getenv(variable);
        return Optional.ofNullable(named).filter(path -> !path.isBlank())
                .or(() -> Stream.of(candidates).filter(path -> Files.isExecutable(Path.of(path))).findFirst())
                .orElseThrow(() -> new IllegalStateException("no " + String.join(" or ", candidates) + " (set "
                        + variable + "): install Debian's chromium and chromium-driver (`apt-get install chromium "
                        + "chromium-driver`; .ci/run does it when they are missing)"));
    }

    public void go(String url) {
        driver.get(url);
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public WebElement find(String css) {
        return wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    public boolean present(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    public void fill(String css, String text) {
        act(() -> {
            WebElement input = find(css);
            input.clear();
            input.sendKeys(text);
        });
    }

    public void click(String css) {
        act(() -> {
            WebElement element = find(css);
            if (!element.isEnabled()) {
                throw new StaleElementReferenceException(css + " is disabled for now");
            }
            element.click();
        });
    }

    public void choose(String css, String visibleText) {
        act(() -> new Select(find(css)).selectByVisibleText(visibleText));
    }

    public void chooseValue(String css, String value) {
        act(() -> new Select(find(css)).selectByValue(value));
    }

    public String text(String css) {
        return wait.ignoring(StaleElementReferenceException.class).until(d -> find(css).getText());
    }

    public String value(String css) {
        return wait.ignoring(StaleElementReferenceException.class).until(d -> find(css).getDomProperty("value"));
    }

    /** Live updates redraw parts of the page: an element found a moment ago may be gone, so try again. */
    private void act(Runnable action) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            action.run();
            return true;
        });
    }

    /** Waits until the element's text contains {@code expected}, and answers that text. */
    public String waitForText(String css, String expected) {
        return wait.withMessage(() -> css + " to contain \"" + expected + "\"; it shows: " + textOrNothing(css))
                .until(d -> {
                    String shown = textOrNothing(css);
                    return shown.contains(expected) ? shown : null;
                });
    }

    private String textOrNothing(String css) {
        try {
            List<WebElement> found = driver.findElements(By.cssSelector(css));
            return found.isEmpty() ? "" : found.get(0).getText();
        } catch (StaleElementReferenceException redrawn) {
            return "";
        }
    }

    /** Waits until the script answers true. */
    public void waitUntil(String description, String script, Object... args) {
        wait.withMessage(description).until(d -> Boolean.TRUE.equals(script(script, args)));
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Operates a control from the keyboard alone: it takes the focus, then gets {@code keys} (Enter, Space). */
    public void press(String css, CharSequence keys) {
        act(() -> find(css).sendKeys(keys));
    }

    /**
     * What the page shows now that a person with a keyboard, a screen reader or weak eyes would stumble on: a control
     * without a label, a button without a name, text below 4.5:1 contrast (play/audit.js).
     */
    @SuppressWarnings("unchecked")
    public List<String> audit() throws IOException {
        try (var script = Browser.class.getResourceAsStream("/play/audit.js")) {
            return (List<String>) script(new String(script.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** What the page logged as errors, except failed loads (a 404 the page expects, such as no active session). */
    public List<String> scriptErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("Failed to load resource")).toList();
    }

    public void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Object height = script("return document.documentElement.scrollHeight");
        Object width = script("return document.documentElement.clientWidth");
        driver.manage().window().setSize(new Dimension(((Number) width).intValue(),
                Math.min(((Number) height).intValue() + 120, 4000)));
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
