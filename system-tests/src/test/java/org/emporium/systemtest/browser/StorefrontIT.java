package org.emporium.systemtest.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.systemtest.browser.Pages.firstProductOnHomePage;
import static org.emporium.systemtest.browser.Pages.openProductPage;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.emporium.systemtest.Browsers;
import org.emporium.systemtest.SystemUnderTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The storefront as a shopper meets it: on a phone, in either language, and with an honest 404 for a product
 * that does not exist. The browser asks for English (Accept-Language en-US).
 *
 * <p>Element ids used: home page a.product-link[data-slug]; product page #product-name; the language links
 * #locale-zh and #locale-en in the header (the current one has aria-current="true"); the 404 page #not-found.
 */
class StorefrontIT extends InABrowser {

    static final int PHONE_WIDTH = 375;
    static final int PHONE_HEIGHT = 812;

    @Test
    void the_home_page_fits_a_375_pixel_wide_phone_without_sideways_scrolling() {
        holdLikeAPhone();

        driver.get(SystemUnderTest.storefrontUrl());
        wait.until(visibilityOfElementLocated(By.cssSelector("a.product-link")));

        assertThat(number("return window.innerWidth")).isEqualTo(PHONE_WIDTH);
        assertThat(number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(PHONE_WIDTH);
    }

    @Test
    void a_product_page_fits_a_375_pixel_wide_phone_without_sideways_scrolling() {
        holdLikeAPhone();
        String slug = firstProductOnHomePage(driver, wait);

        openProductPage(driver, wait, slug);

        assertThat(number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(PHONE_WIDTH);
    }

    @Test
    void a_shopper_switches_the_shop_to_chinese_and_back_to_english() {
        String slug = firstProductOnHomePage(driver, wait);
        openProductPage(driver, wait, slug);
        String englishName = driver.findElement(By.id("product-name")).getText();
        assertThat(driver.findElement(By.tagName("html")).getDomAttribute("lang"))
                .isEqualTo("en");

        driver.findElement(By.id("locale-zh")).click();
        wait.until(attributeToBe(By.tagName("html"), "lang", "zh-CN"));
        String chineseName = driver.findElement(By.id("product-name")).getText();
        assertThat(chineseName).isNotEqualTo(englishName).containsPattern("\\p{IsHan}");
        assertThat(driver.getCurrentUrl())
                .as("the switch stays on the same product")
                .contains("slug=" + slug);

        openProductPage(driver, wait, slug);
        assertThat(driver.findElement(By.id("product-name")).getText())
                .as("the choice lasts for the visit")
                .isEqualTo(chineseName);

        driver.findElement(By.id("locale-en")).click();
        wait.until(attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(driver.findElement(By.id("product-name")).getText()).isEqualTo(englishName);
    }

    @Test
    void an_unknown_product_answers_404_with_a_page_that_leads_back_to_the_shop()
            throws IOException, InterruptedException {
        String url = SystemUnderTest.storefrontUrl() + "product.xhtml?slug=no-such-product";
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Accept-Language", "en")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);

        driver.get(url);
        assertThat(wait.until(visibilityOfElementLocated(By.id("not-found"))).getText())
                .contains("Page not found");
        assertThat(driver.findElements(By.cssSelector("#not-found a[href='/']")))
                .isNotEmpty();
    }

    @Test
    void a_form_sent_after_its_session_ended_brings_the_page_back_with_a_notice_not_an_error() {
        driver.get(SystemUnderTest.storefrontUrl() + "login.xhtml");
        wait.until(visibilityOfElementLocated(By.id("login"))).sendKeys("13800000000");
        driver.findElement(By.id("password")).sendKeys("emporium");
        driver.manage().deleteCookieNamed("JSESSIONID"); // the session ended while the page stayed open
        WebElement button = driver.findElement(By.id("sign-in"));
        button.click();
        wait.until(Pages.replaced(button));

        assertThat(wait.until(visibilityOfElementLocated(By.id("expired-notice")))
                        .getText())
                .contains("open for too long");
        assertThat(driver.getCurrentUrl()).contains("login.xhtml");
        assertThat(driver.findElements(By.id("sign-in"))).hasSize(1);
        assertThat(driver.findElements(By.id("account-name"))).isEmpty();
    }

    /** A phone's viewport, with its meta viewport honoured as a phone's browser does. */
    private void holdLikeAPhone() {
        Browsers.holdLikeAPhone(driver, PHONE_WIDTH, PHONE_HEIGHT);
    }

    private long number(String script) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(script)).longValue();
    }
}
