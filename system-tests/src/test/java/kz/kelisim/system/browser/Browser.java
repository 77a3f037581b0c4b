package kz.kelisim.system.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kz.kelisim.system.Suite;
import kz.kelisim.system.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium signed in to the portal as one person through Keycloak's login page,
 * with helpers for what the journeys do: open a page, fill a form, take a screenshot, run axe-core.
 */
final class Browser implements AutoCloseable {

    static final Path ARTIFACTS = Path.of("target", "screenshots").toAbsolutePath();

    final ChromeDriver driver;
    final WebDriverWait wait;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Opens a browser and signs in; the portal sends it to Keycloak and back (code flow with PKCE). */
    static Browser signedInAs(String username) {
        Browser browser = new Browser(chrome());
        browser.driver.get(Suite.portal() + "/");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        browser.driver.findElement(By.id("password")).sendKeys(Tokens.PASSWORD);
        browser.driver.findElement(By.id("kc-login")).click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
        return browser;
    }

    private static ChromeDriver chrome() {
        try {
            Path home = Files.createDirectories(Path.of("target", "browser").toAbsolutePath());
            Path profile = Files.createTempDirectory(home, "profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                    .withEnvironment(Map.of("XDG_CONFIG_HOME", home.toString(), "XDG_CACHE_HOME", home.toString(),
                            "TMPDIR", home.toString()))
                    .build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void open(String path) {
        driver.get(Suite.portal() + path);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("main")));
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    String text(String css) {
        return find(css).getText();
    }

    String page() {
        return driver.findElement(By.tagName("main")).getText();
    }

    /**
     * Whether the current page fits a phone-sized window (390 CSS pixels wide) without sideways
     * scrolling; the window is set back to its desktop size afterwards.
     */
    boolean fitsPhoneWidth() {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            Object fits = driver.executeScript(
                    "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;");
            return Boolean.TRUE.equals(fits);
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        }
    }

    /** Saves a screenshot under target/screenshots, named for what it shows. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(ARTIFACTS);
            Path file = ARTIFACTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs axe-core in the page and returns the serious and critical violations (rule id: help).
     * The script comes from the npm registry (./test.sh puts it in .kelisim/dist/axe/).
     */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations() {
        JavascriptExecutor js = driver;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ')')));""");
        return (List<String>) result;
    }

    private static String axeSource() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("deploy/local/env.sh"))) {
            dir = dir.getParent();
        }
        Path axe = Path.of(System.getenv().getOrDefault("KELISIM_AXE", dir == null ? "axe.min.js"
                : dir.resolve(".kelisim/dist/axe/axe.min.js").toString()));
        try {
            return Files.readString(axe);
        } catch (IOException e) {
            throw new IllegalStateException("axe-core is missing at " + axe + "; ./test.sh fetches it from the npm registry", e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
