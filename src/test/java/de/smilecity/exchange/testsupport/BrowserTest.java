package de.smilecity.exchange.testsupport;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test in a real browser: the whole app on a random port, and Playwright driving Debian's
 * Chromium ({@code /usr/bin/chromium}, or CHROMIUM_PATH). Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Chromium
public abstract class BrowserTest {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void startBrowser() {
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        String chromium = chromiumPath();
        if (!Files.isExecutable(Path.of(chromium))) {
            throw new IllegalStateException("Browser tests need Chromium at " + chromium
                    + ": install it with 'apt-get install chromium' (or set CHROMIUM_PATH)");
        }
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(chromium))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    static String chromiumPath() {
        return System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(
                new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1280, 900));
        context.setDefaultTimeout(20_000);
        // Assertions wait as long as actions do: on a busy two-core machine a view that creates an
        // entry and navigates took longer than Playwright's 5 s default.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    /** Signs in through the standard login page and waits until the app shows the user. */
    protected void signIn(String username, String password) {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.locator("#logout").waitFor();
    }
}
