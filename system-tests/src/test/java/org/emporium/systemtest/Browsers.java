package org.emporium.systemtest;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;

/**
 * Debian's headless Chromium driven by Debian's chromedriver; nothing is downloaded. Each browser gets a
 * fresh profile and the flags this machine needs (no background networking: the network is closed), and
 * looks at its pages only when their Ajax has settled ({@link AjaxSettles}).
 */
public final class Browsers {

    /** Each browser as Chromium itself, for what only Chromium does (its DevTools commands). */
    private static final java.util.Map<WebDriver, ChromeDriver> UNDECORATED =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private Browsers() {}

    public static WebDriver chromium(String acceptLanguage) {
        try {
            Path profile = Files.createTempDirectory("emporium-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("emporium.chromium", "/usr/bin/chromium"));
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-quic",
                    "--no-first-run",
                    "--window-size=1280,900",
                    "--user-data-dir=" + profile,
                    "--lang=" + acceptLanguage);
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguage));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(
                            new File(System.getProperty("emporium.chromedriver", "/usr/bin/chromedriver")))
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(0));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            WebDriver decorated = new EventFiringDecorator<WebDriver>(new AjaxSettles(driver)).decorate(driver);
            UNDECORATED.put(decorated, driver);
            return decorated;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a browser profile", e);
        }
    }

    /** Keeps a picture of the page for whoever reads a failed build. */
    public static void screenshot(WebDriver driver, String name) {
        try {
            Path dir = Path.of(System.getProperty("emporium.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            System.err.println("No screenshot " + name + ": " + e);
        }
    }

    /**
     * Makes the browser a phone of this size: its window, and a phone's viewport and pixel density, with the page's
     * meta viewport honoured as a phone's browser does.
     */
    public static void holdLikeAPhone(WebDriver driver, int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        ChromeDriver chromium = UNDECORATED.getOrDefault(driver, driver instanceof ChromeDriver c ? c : null);
        chromium.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 3, "mobile", true));
    }
}
