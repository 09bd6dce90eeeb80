package org.emporium.systemtest.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.systemtest.browser.Pages.amount;
import static org.emporium.systemtest.browser.Pages.firstProductOnHomePage;
import static org.emporium.systemtest.browser.Pages.logIntoBackOffice;
import static org.emporium.systemtest.browser.Pages.openEditor;
import static org.emporium.systemtest.browser.Pages.openProductPage;
import static org.emporium.systemtest.browser.Pages.type;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.emporium.systemtest.SystemUnderTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Staff edit a product in the back office, and shoppers see the result in the storefront, or nothing at all
 * when the edit was refused. The browser reads English (Accept-Language en-US).
 *
 * <p>Element ids used: storefront home a.product-link[data-slug]; product page #product-name and the price of
 * each SKU as #price-&lt;SKU code&gt;; login #username, #password, #login; product list #filter-text,
 * #filter-apply, a.product-edit-link[data-slug]; editor #nameEn, per SKU row i (0-based, in code order)
 * #skus:i:code and #skus:i:price, the button #save, and the messages #messages, where success shows as
 * .ui-messages-info and refusal as .ui-messages-error.
 */
class ProductEditingIT extends InABrowser {

    @Test
    void a_price_changed_in_the_back_office_shows_on_the_storefront() {
        driver.get(SystemUnderTest.storefrontUrl());
        WebElement productLink = wait.until(elementToBeClickable(By.cssSelector("a.product-link")));
        String slug = productLink.getDomAttribute("data-slug");
        productLink.click();
        wait.until(visibilityOfElementLocated(By.id("product-name")));
        assertThat(driver.getCurrentUrl()).contains("product.xhtml?slug=" + slug);

        logIntoBackOffice(driver, wait);
        openEditor(driver, wait, slug);
        String code = driver.findElement(By.id("skus:0:code")).getText().trim();
        WebElement priceField = driver.findElement(By.id("skus:0:price"));
        // Lower, never higher: a price may not rise above the SKU's list price.
        BigDecimal newPrice = new BigDecimal(priceField.getDomProperty("value"))
                .subtract(BigDecimal.ONE)
                .setScale(2, RoundingMode.UNNECESSARY);
        type(priceField, newPrice.toPlainString());
        driver.findElement(By.id("save")).click();
        wait.until(presenceOfElementLocated(By.cssSelector("#messages .ui-messages-info")));

        openProductPage(driver, wait, slug);
        WebElement shownPrice = wait.until(visibilityOfElementLocated(By.id("price-" + code)));
        assertThat(amount(shownPrice.getText())).isEqualByComparingTo(newPrice);
    }

    @Test
    void an_edit_with_a_negative_price_and_no_english_name_is_refused_and_saves_nothing() {
        String slug = firstProductOnHomePage(driver, wait);
        logIntoBackOffice(driver, wait);
        openEditor(driver, wait, slug);
        String editorUrl = driver.getCurrentUrl();
        String code = driver.findElement(By.id("skus:0:code")).getText().trim();
        String savedName = driver.findElement(By.id("nameEn")).getDomProperty("value");
        BigDecimal savedPrice =
                new BigDecimal(driver.findElement(By.id("skus:0:price")).getDomProperty("value"));

        type(driver.findElement(By.id("skus:0:price")), "-5");
        type(driver.findElement(By.id("nameEn")), "");
        driver.findElement(By.id("save")).click();

        wait.until(textToBePresentInElementLocated(By.id("messages"), "The price must be greater than zero."));
        assertThat(driver.findElement(By.id("messages")).getText())
                .contains("The price must be greater than zero.")
                .contains("A name is required.");
        assertThat(driver.findElements(By.cssSelector("#messages .ui-messages-info")))
                .isEmpty();
        assertThat(driver.findElement(By.id("skus:0:price")).getDomProperty("value"))
                .as("the form keeps what was typed, to be corrected")
                .isEqualTo("-5");

        openProductPage(driver, wait, slug);
        assertThat(driver.findElement(By.id("product-name")).getText()).isEqualTo(savedName);
        assertThat(amount(driver.findElement(By.id("price-" + code)).getText())).isEqualByComparingTo(savedPrice);

        driver.get(editorUrl);
        wait.until(presenceOfElementLocated(By.id("skus:0:price")));
        assertThat(driver.findElement(By.id("nameEn")).getDomProperty("value")).isEqualTo(savedName);
        assertThat(new BigDecimal(driver.findElement(By.id("skus:0:price")).getDomProperty("value")))
                .isEqualByComparingTo(savedPrice);
    }
}
