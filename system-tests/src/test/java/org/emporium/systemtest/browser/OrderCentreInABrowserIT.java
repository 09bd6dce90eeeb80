package org.emporium.systemtest.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.systemtest.browser.Pages.openProductPage;
import static org.emporium.systemtest.browser.Pages.select;
import static org.emporium.systemtest.browser.Pages.type;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import org.emporium.systemtest.SystemUnderTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The demo shopper's order centre: a guest asking for it signs in first and comes back to it; an order placed at
 * the checkout is in the list and under its tab, its detail changes its remark (a step of its timeline) and is
 * cancelled after the page asks once more, then bought again into the cart; another number, or a made-up one, is not found.
 * An order placed as a guest is in the order centre once the guest signs in in the same browser.
 *
 * <p>Element ids used: orders.xhtml a.order-tab[data-tab], li.my-order[data-number] with a.my-order-link and
 * span.my-order-status[data-status], #my-orders-empty; order-detail.xhtml #detail-status[data-status],
 * li.detail-line[data-sku], #detail-remark, li.timeline-step, #detail-edit-delivery, #d-remark, #d-save,
 * #detail-cancel, #cancel-question, #detail-cancel-yes, #detail-reorder, #detail-cart, #messages; cart.xhtml
 * tr.cart-line[data-sku].
 */
class OrderCentreInABrowserIT extends InABrowser {

    @Test
    void a_shopper_finds_an_order_in_the_order_centre_changes_its_remark_cancels_it_and_buys_it_again() {
        driver.get(SystemUnderTest.storefrontUrl() + "orders.xhtml");
        wait.until(urlContains("login.xhtml"));
        type(wait.until(visibilityOfElementLocated(By.id("login"))), "13800000000");
        type(driver.findElement(By.id("password")), "emporium");
        driver.findElement(By.id("sign-in")).click();
        wait.until(urlContains("orders.xhtml"));
        wait.until(visibilityOfElementLocated(By.id("order-tabs")));

        String number = placeAnOrder();

        driver.findElement(By.id("my-orders-link")).click();
        WebElement row =
                wait.until(visibilityOfElementLocated(By.cssSelector("li.my-order[data-number='" + number + "']")));
        assertThat(row.findElement(By.className("my-order-status")).getDomAttribute("data-status"))
                .isEqualTo("AWAITING_PAYMENT");
        driver.findElement(By.cssSelector("a.order-tab[data-tab='COMPLETED']")).click();
        wait.until(urlContains("tab=COMPLETED"));
        assertThat(driver.findElements(By.cssSelector("li.my-order[data-number='" + number + "']")))
                .isEmpty();
        driver.findElement(By.cssSelector("a.order-tab[data-tab='AWAITING_PAYMENT']"))
                .click();
        wait.until(urlContains("tab=AWAITING_PAYMENT"));
        wait.until(visibilityOfElementLocated(
                        By.cssSelector("li.my-order[data-number='" + number + "'] a.my-order-link")))
                .click();

        wait.until(urlContains("order-detail.xhtml"));
        assertThat(wait.until(visibilityOfElementLocated(By.id("detail-status")))
                        .getDomAttribute("data-status"))
                .isEqualTo("AWAITING_PAYMENT");
        assertThat(driver.findElements(By.cssSelector("li.detail-line[data-sku='SHIRT-OX-BL-M']")))
                .hasSize(1);
        assertThat(driver.findElement(By.id("detail-pay")).getDomAttribute("href"))
                .contains("pay.xhtml?number=" + number);

        click("detail-edit-delivery");
        type(wait.until(visibilityOfElementLocated(By.id("d-remark"))), "Please ring twice");
        click("d-save");
        wait.until(textToBePresentInElementLocated(By.id("messages"), "are saved"));
        assertThat(driver.findElement(By.id("detail-remark")).getText()).isEqualTo("Please ring twice");
        assertThat(driver.findElement(By.id("timeline")).getText())
                .contains("Address or remark changed")
                .contains("remark changed: Please ring twice");

        click("detail-cancel");
        wait.until(visibilityOfElementLocated(By.id("cancel-question")));
        click("detail-cancel-yes");
        wait.until(textToBePresentInElementLocated(By.id("messages"), "is cancelled"));
        wait.until(attributeToBe(By.id("detail-status"), "data-status", "CANCELLED"));
        assertThat(driver.findElements(By.id("detail-cancel"))).isEmpty();
        assertThat(driver.findElements(By.id("detail-pay"))).isEmpty();

        click("detail-reorder");
        wait.until(textToBePresentInElementLocated(By.id("messages"), "in your cart again"));
        click("detail-cart");
        wait.until(visibilityOfElementLocated(By.cssSelector("tr.cart-line[data-sku='SHIRT-OX-BL-M']")));

        driver.get(SystemUnderTest.storefrontUrl() + "orders.xhtml?tab=ENDED");
        wait.until(visibilityOfElementLocated(By.cssSelector("li.my-order[data-number='" + number + "']")));

        driver.get(SystemUnderTest.storefrontUrl() + "order-detail.xhtml?number=EM-NOT-MINE-1");
        assertThat(driver.findElements(By.id("detail-status"))).isEmpty();
        assertThat(driver.getPageSource()).doesNotContain("detail-number");
    }

    @Test
    void an_order_part_paid_with_a_gift_card_and_left_at_alipay_is_cancelled_and_every_tender_is_released() {
        driver.get(SystemUnderTest.storefrontUrl() + "login.xhtml");
        type(wait.until(visibilityOfElementLocated(By.id("login"))), "13800000000");
        type(driver.findElement(By.id("password")), "emporium");
        driver.findElement(By.id("sign-in")).click();
        wait.until(visibilityOfElementLocated(By.id("my-orders-link")));
        String number = placeAnOrder();

        // a demo gift card (¥100) first, Alipay for the rest; the shopper leaves Alipay's cashier without paying
        driver.get(SystemUnderTest.storefrontUrl() + "pay.xhtml?number=" + number);
        wait.until(visibilityOfElementLocated(By.id("use-gift-card"))).click();
        type(driver.findElement(By.id("gift-card-code")), "EMPDEMO000000005");
        assertThat(driver.findElement(By.id("use-alipay")).isSelected()).isTrue();
        driver.findElement(By.id("pay")).click();
        wait.until(visibilityOfElementLocated(By.id("sim-amount")));

        driver.get(SystemUnderTest.storefrontUrl() + "order-detail.xhtml?number=" + number);
        assertThat(wait.until(visibilityOfElementLocated(By.id("detail-status")))
                        .getDomAttribute("data-status"))
                .isEqualTo("AWAITING_PAYMENT");
        click("detail-cancel");
        wait.until(visibilityOfElementLocated(By.id("cancel-question")));
        click("detail-cancel-yes");
        wait.until(attributeToBe(By.id("detail-status"), "data-status", "CANCELLED"));

        driver.get(SystemUnderTest.storefrontUrl() + "pay.xhtml?number=" + number);
        wait.until(visibilityOfElementLocated(By.id("payment-status")));
        assertThat(driver.findElements(By.cssSelector("li.tender")))
                .as("the gift card's hold and the Alipay attempt both end")
                .extracting(t -> t.getDomAttribute("data-method") + ":" + t.getDomAttribute("data-status"))
                .containsExactly("GIFT_CARD:RELEASED", "ALIPAY:RELEASED");
        assertThat(driver.findElements(By.id("pay"))).as("nothing left to pay").isEmpty();
    }

    @Test
    void an_order_placed_as_a_guest_is_the_shoppers_once_they_sign_in_in_the_same_browser() {
        String number = placeAnOrder(); // as a guest: nobody is signed in yet

        driver.get(SystemUnderTest.storefrontUrl() + "orders.xhtml");
        wait.until(urlContains("login.xhtml"));
        type(wait.until(visibilityOfElementLocated(By.id("login"))), "13800000000");
        type(driver.findElement(By.id("password")), "emporium");
        driver.findElement(By.id("sign-in")).click();
        wait.until(urlContains("orders.xhtml"));
        wait.until(visibilityOfElementLocated(
                        By.cssSelector("li.my-order[data-number='" + number + "'] a.my-order-link")))
                .click();

        wait.until(urlContains("order-detail.xhtml"));
        assertThat(wait.until(visibilityOfElementLocated(By.id("detail-number")))
                        .getText())
                .isEqualTo(number);
        assertThat(driver.findElement(By.id("detail-status")).getDomAttribute("data-status"))
                .isEqualTo("AWAITING_PAYMENT");
        click("detail-cancel");
        wait.until(visibilityOfElementLocated(By.id("cancel-question")));
        click("detail-cancel-yes");
        wait.until(attributeToBe(By.id("detail-status"), "data-status", "CANCELLED"));
    }

    /** Clicks a button of the order page in the middle of the window, never under the sticky header. */
    private void click(String id) {
        WebElement button = wait.until(visibilityOfElementLocated(By.id(id)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    /** A shirt through the checkout as whoever is signed in, or as a guest; the order's number. */
    private String placeAnOrder() {
        openProductPage(driver, wait, "oxford-shirt");
        driver.findElement(By.id("label-colour-blue")).click();
        wait.until(attributeToBe(By.id("selected-sku"), "data-sku", "SHIRT-OX-BL-M"));
        driver.findElement(By.id("add-to-cart-button")).click();
        wait.until(urlContains("cart.xhtml"));
        wait.until(visibilityOfElementLocated(By.id("to-checkout"))).click();
        wait.until(visibilityOfElementLocated(By.id("checkout-form")));
        type(driver.findElement(By.id("recipient")), "Wang Xiaoming");
        type(driver.findElement(By.id("phone")), "138 0013 8000");
        select(driver, wait, "province", "上海市");
        select(driver, wait, "city", "上海市");
        select(driver, wait, "district", "浦东新区");
        type(driver.findElement(By.id("street")), "Century Avenue 100");
        type(driver.findElement(By.id("postcode")), "200120");
        driver.findElement(By.cssSelector("input[name='payment-method'][value='ONLINE']"))
                .click();
        driver.findElement(By.id("place-order")).click();
        wait.until(urlContains("order.xhtml"));
        return wait.until(visibilityOfElementLocated(By.id("order-number"))).getText();
    }
}
