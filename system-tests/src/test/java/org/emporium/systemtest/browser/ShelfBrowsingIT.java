package org.emporium.systemtest.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.systemtest.browser.Pages.amount;
import static org.emporium.systemtest.browser.Pages.openProductPage;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.List;
import org.emporium.systemtest.Browsers;
import org.emporium.systemtest.SystemUnderTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A shopper narrowing a list with the facet filters and picking a variant, on the demo catalogue. Element
 * ids as documented in shelf-list.xhtml and product.xhtml: #filters, #brand-&lt;slug&gt;,
 * #option-&lt;attribute&gt;-&lt;option&gt;, #result-count[data-total], ul.shelf-results a.product-link[data-slug] (the best sellers beside the list have cards too);
 * #selected-price, #selected-sku[data-sku], radios #choice-&lt;axis&gt;-&lt;option&gt;.
 */
class ShelfBrowsingIT extends InABrowser {

    @Test
    void ticking_a_brand_and_then_a_colour_narrows_the_list_and_says_so_in_the_address() {
        driver.get(SystemUnderTest.storefrontUrl() + "category.xhtml?slug=apparel");
        assertThat(productsShown())
                .as("apparel lists its shirts and dresses, the categories below it")
                .contains("oxford-shirt", "linen-shirt", "silk-dress", "knit-dress");

        tick("brand-north-loom");
        wait.until(urlContains("brand=north-loom"));
        assertThat(productsShown()).containsExactlyInAnyOrder("oxford-shirt", "linen-shirt");
        assertThat(driver.findElement(By.id("result-count")).getDomAttribute("data-total"))
                .isEqualTo("2");

        tick("option-colour-blue");
        wait.until(urlContains("a-colour=blue"));
        assertThat(driver.getCurrentUrl()).contains("brand=north-loom");
        assertThat(productsShown()).containsExactly("oxford-shirt");

        // The address alone brings the same list back: it can be bookmarked and shared.
        String shared = driver.getCurrentUrl();
        driver.get(shared);
        assertThat(productsShown()).containsExactly("oxford-shirt");
    }

    @Test
    void picking_another_colour_on_a_product_page_shows_that_variants_price_without_reloading() {
        openProductPage(driver, wait, "oxford-shirt");
        WebElement price = driver.findElement(By.id("selected-price"));
        assertThat(amount(price.getText())).isEqualByComparingTo("199.00");
        // A marker on the page: a full reload would lose it.
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.notReloaded = true");

        driver.findElement(By.id("label-colour-blue")).click();
        wait.until(attributeToBe(By.id("selected-sku"), "data-sku", "SHIRT-OX-BL-M"));

        assertThat(amount(driver.findElement(By.id("selected-price")).getText()))
                .isEqualByComparingTo("209.00");
        assertThat(driver.getCurrentUrl()).contains("sku=SHIRT-OX-BL-M");
        assertThat((Boolean)
                        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.notReloaded"))
                .isTrue();
        assertThat(driver.findElement(By.id("label-size-l")).getDomAttribute("class"))
                .as("blue comes in M only")
                .contains("impossible");

        driver.findElement(By.id("label-colour-white")).click();
        wait.until(textToBe(By.id("selected-price"), "¥199.00"));
    }

    @Test
    void on_a_phone_the_list_fits_the_screen_and_its_filters_stay_folded_until_tapped() {
        Browsers.holdLikeAPhone(driver, 375, 812);
        driver.get(SystemUnderTest.storefrontUrl() + "category.xhtml?slug=apparel");
        WebElement filters = wait.until(visibilityOfElementLocated(By.id("filters")));

        assertThat(filters.getDomAttribute("open")).as("folded on a phone").isNull();
        assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                                .executeScript("return document.documentElement.scrollWidth"))
                        .longValue())
                .isLessThanOrEqualTo(375);

        filters.findElement(By.tagName("summary")).click();
        assertThat(wait.until(visibilityOfElementLocated(By.id("brand-north-loom")))
                        .isDisplayed())
                .isTrue();
    }

    private void tick(String checkboxId) {
        WebElement filters = wait.until(visibilityOfElementLocated(By.id("filters")));
        if (filters.getDomAttribute("open") == null) {
            filters.findElement(By.tagName("summary")).click();
        }
        String before = driver.getCurrentUrl();
        wait.until(visibilityOfElementLocated(By.id(checkboxId))).click();
        wait.until(d -> !d.getCurrentUrl().equals(before));
    }

    private List<String> productsShown() {
        return wait.until(d -> {
            wait.until(visibilityOfElementLocated(By.id("result-count")));
            return d.findElements(By.cssSelector("ul.shelf-results a.product-link")).stream()
                    .map(a -> a.getDomAttribute("data-slug"))
                    .toList();
        });
    }
}
