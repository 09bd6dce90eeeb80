package org.emporium.systemtest.browser;

import java.time.Duration;
import org.emporium.systemtest.Browsers;
import org.emporium.systemtest.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every browser test stands on: the whole EAR deployed, and for each test a fresh headless Chromium that
 * asks for English (Accept-Language en-US), closed afterwards. The browser looks at a page only when its Ajax
 * has settled, and every wait looks again at an element that an Ajax answer replaced. A failed test leaves a screenshot named after
 * its class and method.
 */
@ExtendWith(ArquillianExtension.class)
abstract class InABrowser {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    WebDriver driver;
    WebDriverWait wait;

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> context.getExecutionException()
            .ifPresent(failure -> Browsers.screenshot(
                    driver,
                    getClass().getSimpleName() + "."
                            + context.getRequiredTestMethod().getName()));

    @BeforeEach
    void openBrowser() {
        driver = Browsers.chromium("en-US,en");
        wait = new WebDriverWait(driver, WAIT);
        // An Ajax answer may replace an element between a wait's lookup and its look at it: look again.
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }
}
