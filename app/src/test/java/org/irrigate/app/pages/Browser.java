package org.irrigate.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.irrigate.app.demo.DemoUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for the whole test run (starting one takes seconds), quit when the JVM ends. Debian's
 * chromium and chromium-driver are used at fixed paths; scripts/test-deps.sh installs them.
 */
final class Browser {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static Browser shared;

    private final ChromeDriver driver;
    private final Path profile;
    private String base;
    private String signedInAs;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** The shared browser, pointed at this test context's port. */
    static synchronized Browser on(int port) {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::quit));
        }
        String base = "http://localhost:" + port;
        if (!base.equals(shared.base)) {
            shared.base = base;
            shared.signedInAs = null;
        }
        return shared;
    }

    private static Browser start() {
        assertThat(CHROMIUM).as("Debian chromium (scripts/test-deps.sh installs it)").exists();
        assertThat(CHROMEDRIVER).as("Debian chromium-driver (scripts/test-deps.sh installs it)").exists();
        try {
            Path profile = Files.createTempDirectory("irrigate-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            // No first-run, sync, component or background traffic: the browser talks only to localhost.
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--lang=en-GB",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(DESKTOP);
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    /** Signs in through the sign-in page (signing out first if someone else is signed in). */
    Browser signIn(String username) {
        if (username.equals(signedInAs)) {
            return this;
        }
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
        waitFor(By.cssSelector(".site-header__user"));
        signedInAs = username;
        return this;
    }

    Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Clicks something that loads a new page, and waits until the old page is gone (asserting earlier races it). */
    void clickToLoad(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(by).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
        waitFor(By.tagName("main"));
    }

    /** Reloads {@code path} until the text shows (read models catch up a moment after a command). */
    void reloadUntil(String path, By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(400)).until(d -> {
            open(path);
            return d.findElements(by).stream().anyMatch(e -> e.getText().contains(text));
        });
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    Object asyncScript(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    String h1() {
        return waitFor(By.tagName("h1")).getText();
    }

    /** A full-page PNG under target/screenshots, at the window's width and the page's whole height. */
    Path screenshot(String name) {
        Dimension before = driver.manage().window().getSize();
        try {
            long height = (Long) script("return Math.max(document.documentElement.scrollHeight, 600)");
            driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 40, 6000)));
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    private void quit() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
