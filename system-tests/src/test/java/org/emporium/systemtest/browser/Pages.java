package org.emporium.systemtest.browser;

import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.emporium.systemtest.SystemUnderTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The steps the browser tests share, written against the element ids that the pages document in their
 * header comments: storefront product links a.product-link[data-slug]; #username, #password and #login on
 * the login page; #filter-text, #filter-apply and a.product-edit-link[data-slug] on the product list.
 */
final class Pages {

    private Pages() {}

    /** Opens the product list, which sends the browser to the login page first, and logs in as the demo admin. */
    static void logIntoBackOffice(WebDriver driver, WebDriverWait wait) {
        driver.get(SystemUnderTest.backOfficeUrl() + "products.xhtml");
        type(wait.until(visibilityOfElementLocated(By.id("username"))), SystemUnderTest.STAFF_USER);
        type(driver.findElement(By.id("password")), SystemUnderTest.STAFF_PASSWORD);
        driver.findElement(By.id("login")).click();
        wait.until(presenceOfElementLocated(By.id("products")));
    }

    /** Finds a product in the back office's list by its URL name and opens its editor. */
    static void openEditor(WebDriver driver, WebDriverWait wait, String slug) {
        type(wait.until(visibilityOfElementLocated(By.id("filter-text"))), slug);
        driver.findElement(By.id("filter-apply")).click();
        // The table is redrawn by Ajax: wait until it lists this product only, not the list from before.
        wait.until(d -> {
            List<WebElement> links = d.findElements(By.cssSelector("a.product-edit-link"));
            return !links.isEmpty() && links.stream().allMatch(l -> slug.equals(l.getDomAttribute("data-slug")));
        });
        driver.findElement(By.cssSelector("a.product-edit-link[data-slug='" + slug + "']"))
                .click();
        wait.until(presenceOfElementLocated(By.id("skus:0:price")));
    }

    /** The first product on the storefront's home page, by URL name. */
    static String firstProductOnHomePage(WebDriver driver, WebDriverWait wait) {
        driver.get(SystemUnderTest.storefrontUrl());
        return wait.until(visibilityOfElementLocated(By.cssSelector("a.product-link")))
                .getDomAttribute("data-slug");
    }

    static void openProductPage(WebDriver driver, WebDriverWait wait, String slug) {
        driver.get(SystemUnderTest.storefrontUrl() + "product.xhtml?slug=" + slug);
        wait.until(visibilityOfElementLocated(By.id("product-name")));
    }

    /** Puts the demo's blue oxford shirt (M) into the cart and goes on to the checkout form. */
    static void checkoutTheBlueOxfordShirt(WebDriver driver, WebDriverWait wait) {
        openProductPage(driver, wait, "oxford-shirt");
        driver.findElement(By.id("label-colour-blue")).click();
        wait.until(attributeToBe(By.id("selected-sku"), "data-sku", "SHIRT-OX-BL-M"));
        driver.findElement(By.id("add-to-cart-button")).click();
        wait.until(urlContains("cart.xhtml"));
        wait.until(visibilityOfElementLocated(By.id("to-checkout"))).click();
        wait.until(visibilityOfElementLocated(By.id("checkout-form")));
    }

    /** Fills checkout's delivery address with one in Haidian, Beijing (postcode 100080). */
    static void typeAHaidianAddress(
            WebDriver driver, WebDriverWait wait, String recipient, String phone, String street) {
        type(driver.findElement(By.id("recipient")), recipient);
        type(driver.findElement(By.id("phone")), phone);
        select(driver, wait, "province", "北京市");
        select(driver, wait, "city", "北京市");
        select(driver, wait, "district", "海淀区");
        type(driver.findElement(By.id("street")), street);
        type(driver.findElement(By.id("postcode")), "100080");
    }

    /** Places the order checkout holds and opens its payment page from the order's page. */
    static void placeTheOrderAndOpenItsPayment(WebDriver driver, WebDriverWait wait) {
        driver.findElement(By.id("place-order")).click();
        wait.until(urlContains("order.xhtml"));
        wait.until(visibilityOfElementLocated(By.id("order-pay"))).click();
        wait.until(visibilityOfElementLocated(By.id("pay-form")));
    }

    /**
     * The page that held {@code element} was replaced by the next one. Chromium answers a look at an element of a
     * page being torn down either as stale or as "Node with given id does not belong to the document"; both mean
     * the old page is gone, where Selenium's own {@code stalenessOf} knows only the first.
     */
    static ExpectedCondition<Boolean> replaced(WebElement element) {
        return ignored -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException torn) {
                return String.valueOf(torn.getMessage()).contains("does not belong to the document");
            }
        };
    }

    /** Replaces what a field holds, the way a user selects all and types over it. */
    static void type(WebElement field, String text) {
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        field.sendKeys(Keys.DELETE);
        if (!text.isEmpty()) {
            field.sendKeys(text);
        }
    }

    /** The amount in a price as the storefront shows it, e.g. "¥1,099.00". */
    static BigDecimal amount(String shown) {
        return new BigDecimal(shown.replaceAll("[^0-9.\\-]", ""));
    }

    /**
     * Picks an entry of a PrimeFaces select menu by its label, as a user does with the mouse: opens it with
     * its arrow, waits until the panel has finished appearing (a click during its entry animation is lost),
     * then clicks the entry, until the menu shows the choice.
     */
    static void choose(WebDriver driver, WebDriverWait wait, String menuId, String label) {
        By panel = By.id(menuId + "_panel");
        By item = By.cssSelector("#" + menuId + "_panel li[data-label='" + label.replace("'", "\\'") + "']");
        // Its own wait, so that the caller's keeps reporting what it does not ignore.
        new WebDriverWait(driver, InABrowser.WAIT)
                .ignoring(WebDriverException.class)
                .until(d -> {
                    if (label.equals(
                            d.findElement(By.id(menuId + "_label")).getText().trim())) {
                        return true;
                    }
                    String classes = d.findElement(panel).getDomAttribute("class");
                    if (!d.findElement(panel).isDisplayed() || classes == null || !classes.contains("overlay-enter")) {
                        d.findElement(By.cssSelector("#" + menuId + " .ui-selectonemenu-trigger"))
                                .click();
                    }
                    new WebDriverWait(d, Duration.ofSeconds(5))
                            .until(x -> String.valueOf(x.findElement(panel).getDomAttribute("class"))
                                    .contains("ui-connected-overlay-enter-done"));
                    d.findElement(item).click();
                    return new WebDriverWait(d, Duration.ofSeconds(5))
                            .until(x -> label.equals(x.findElement(By.id(menuId + "_label"))
                                    .getText()
                                    .trim()));
                });
    }

    /**
     * Picks the option of a plain select by its label once the select offers it (a select that Ajax redraws
     * after an earlier choice is looked up afresh).
     */
    static void select(WebDriver driver, WebDriverWait wait, String selectId, String label) {
        wait.ignoring(WebDriverException.class).until(d -> {
            new org.openqa.selenium.support.ui.Select(d.findElement(By.id(selectId))).selectByVisibleText(label);
            return label.equals(new org.openqa.selenium.support.ui.Select(d.findElement(By.id(selectId)))
                    .getFirstSelectedOption()
                    .getText());
        });
    }
}
