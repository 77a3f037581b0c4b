package kz.kelisim.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real Chromium signs in to the portal through Keycloak's login page (code flow with PKCE).
 */
class PortalBrowserTest {

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        Path home = Files.createDirectories(Path.of("target", "browser").toAbsolutePath());
        Path profile = Files.createTempDirectory(home, "profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .withEnvironment(Map.of("XDG_CONFIG_HOME", home.toString(), "XDG_CACHE_HOME", home.toString(),
                        "TMPDIR", home.toString()))
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @DisplayName("Aigerim signs in through Keycloak and the portal greets her by name and role, in Kazakh, then in Russian")
    void subject_signs_in_and_is_greeted() {
        browser.get(Suite.portal() + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).contains("/realms/kelisim/").contains("code_challenge_method=S256");
        browser.findElement(By.id("username")).sendKeys("aigerim");
        browser.findElement(By.id("password")).sendKeys(Tokens.PASSWORD);
        browser.findElement(By.id("kc-login")).click();

        String greeting = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting"))).getText();
        assertThat(greeting).isEqualTo("Сәлеметсіз бе, Aigerim Sadykova!");
        assertThat(browser.findElement(By.id("roles")).getText()).contains("subject");

        browser.findElement(By.cssSelector("a[hreflang=ru]")).click();
        wait.until(ExpectedConditions.textToBe(By.id("greeting"), "Здравствуйте, Aigerim Sadykova!"));
        browser.get(Suite.portal() + "/");
        assertThat(browser.findElement(By.id("greeting")).getText()).startsWith("Здравствуйте");
    }
}
