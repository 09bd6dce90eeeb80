package org.emporium.systemtest.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.systemtest.browser.Pages.logIntoBackOffice;
import static org.emporium.systemtest.browser.Pages.openProductPage;
import static org.emporium.systemtest.browser.Pages.select;
import static org.emporium.systemtest.browser.Pages.type;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.List;
import org.emporium.systemtest.SystemUnderTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A shopper places an order; an order clerk finds it in the back office by the recipient's phone, cancels it
 * with a reason, and the warehouse page shows its units released. A cash-on-delivery order delivered by the clerk
 * shows its cash booked. Ids as documented in orders/orders.xhtml,
 * orders/order.xhtml and inventory/stock.xhtml.
 */
class OrderDeskBrowsingIT extends InABrowser {

    static final String SKU = "SHIRT-OX-WH-L";

    @Test
    void a_clerk_finds_a_shoppers_order_by_phone_cancels_it_and_the_warehouse_sees_its_units_released() {
        String number = placeAnOrder("13700001111");

        logIntoBackOffice(driver, wait);
        driver.get(SystemUnderTest.backOfficeUrl() + "orders/orders.xhtml");
        type(wait.until(visibilityOfElementLocated(By.id("q"))), "137 0000 1111");
        driver.findElement(By.id("filter-apply")).click();
        wait.until(urlContains("q=137"));
        List<WebElement> found = wait.until(d -> {
            List<WebElement> links = d.findElements(By.cssSelector("a.order-link"));
            return links.isEmpty() ? null : links;
        });
        assertThat(found).extracting(l -> l.getDomAttribute("data-number")).contains(number);

        driver.findElement(By.cssSelector("a.order-link[data-number='" + number + "']"))
                .click();
        wait.until(attributeToBe(By.id("order-status"), "data-status", "AWAITING_PAYMENT"));
        assertThat(driver.findElement(By.id("order-address")).getText()).contains("13700001111");
        assertThat(driver.findElements(By.cssSelector("button.order-move")))
                .extracting(b -> b.getDomAttribute("data-to"))
                .as("paying is the payment's business, not a clerk's button")
                .containsExactly("CANCELLED");

        type(driver.findElement(By.id("move-reason")), "Shopper asked by phone");
        driver.findElement(By.cssSelector("button.order-move[data-to='CANCELLED']"))
                .click();
        wait.until(attributeToBe(By.id("order-status"), "data-status", "CANCELLED"));
        wait.until(presenceOfElementLocated(By.id("no-moves")));
        driver.navigate().refresh();
        WebElement last = wait.until(
                presenceOfElementLocated(By.cssSelector("#order-history tr.history-row[data-to='CANCELLED']")));
        assertThat(last.getText()).contains("Shopper asked by phone");

        driver.get(SystemUnderTest.backOfficeUrl() + "inventory/stock.xhtml?sku=" + SKU.toLowerCase());
        WebElement release =
                wait.until(presenceOfElementLocated(By.cssSelector("#movements tr.movement-row[data-kind='RELEASE']")));
        assertThat(release.getText()).contains("Shopper asked by phone");
        assertThat(driver.findElement(By.id("stock-total")).getText()).isNotBlank();

        // A count correction without a reason is refused in English and changes nothing.
        String before =
                driver.findElement(By.cssSelector("#stock-total .on-hand")).getText();
        type(driver.findElement(By.id("adjust-delta_input")), "-1");
        driver.findElement(By.id("adjust")).click();
        wait.until(textToBePresentInElementLocated(By.id("messages"), "Give the reason"));
        assertThat(driver.findElement(By.cssSelector("#stock-total .on-hand")).getText())
                .isEqualTo(before);
    }

    @Test
    void a_clerk_adds_a_delivery_slot_after_a_wrong_window_is_refused_and_stops_it() {
        logIntoBackOffice(driver, wait);
        driver.get(SystemUnderTest.backOfficeUrl() + "orders/orders.xhtml");
        wait.until(visibilityOfElementLocated(By.id("to-checkout-rules"))).click();
        wait.until(visibilityOfElementLocated(By.id("slot-form")));
        assertThat(driver.findElements(By.cssSelector("#shipping-rules tr.shipping-rule")))
                .isNotEmpty();

        type(driver.findElement(By.id("slot-from")), "21:30");
        type(driver.findElement(By.id("slot-to")), "20:00");
        driver.findElement(By.id("slot-add")).click();
        wait.until(textToBePresentInElementLocated(By.id("messages"), "Give a delivery window"));
        int before = driver.findElements(By.cssSelector("#slots tr.slot")).size();

        type(driver.findElement(By.id("slot-from")), "20:00");
        type(driver.findElement(By.id("slot-to")), "21:30");
        driver.findElement(By.id("slot-add")).click();
        wait.until(textToBePresentInElementLocated(By.id("messages"), "The rule was added"));
        List<WebElement> slots = driver.findElements(By.cssSelector("#slots tr.slot"));
        assertThat(slots).hasSize(before + 1);
        WebElement added = slots.stream()
                .filter(r -> r.getText().contains("20:00–21:30") && "true".equals(r.getDomAttribute("data-active")))
                .findFirst()
                .orElseThrow();
        String id = added.getDomAttribute("data-id");
        added.findElement(By.cssSelector("button.rule-stop")).click();
        wait.until(attributeToBe(By.cssSelector("#slots tr.slot[data-id='" + id + "']"), "data-active", "false"));
    }

    /** Buys one unit through the storefront and returns the order's number. */
    @Test
    void a_clerk_delivers_a_cash_on_delivery_order_and_the_page_shows_its_cash_booked() {
        String number = placeAnOrder("13700002222", "CASH_ON_DELIVERY");

        logIntoBackOffice(driver, wait);
        driver.get(SystemUnderTest.backOfficeUrl() + "orders/order.xhtml?number=" + number);
        wait.until(attributeToBe(By.id("order-status"), "data-status", "IN_REVIEW"));
        assertThat(driver.findElement(By.id("order-cash")).getDomAttribute("data-collected"))
                .as("nothing is booked before the courier has been to the door")
                .isEqualTo("false");
        assertThat(driver.findElement(By.id("order-cash")).getText()).contains("Marking the order delivered");
        moveTo("ALLOCATED");
        // shipping takes the carrier and its waybill number
        select(driver, wait, "ship-carrier", "SF Express");
        type(driver.findElement(By.id("ship-number")), "SF1234567890123");
        driver.findElement(By.id("ship")).click();
        wait.until(attributeToBe(By.id("order-status"), "data-status", "SHIPPED"));
        moveTo("DELIVERED");

        WebElement cash = wait.until(d -> {
            d.navigate().refresh();
            WebElement shown = d.findElement(By.id("order-cash"));
            return "true".equals(shown.getDomAttribute("data-collected")) ? shown : null;
        });
        assertThat(cash.getText()).startsWith("Collected and booked:");
    }

    private void moveTo(String step) {
        driver.findElement(By.cssSelector("button.order-move[data-to='" + step + "']"))
                .click();
        wait.until(attributeToBe(By.id("order-status"), "data-status", step));
    }

    private String placeAnOrder(String phone) {
        return placeAnOrder(phone, "ONLINE");
    }

    private String placeAnOrder(String phone, String paymentMethod) {
        openProductPage(driver, wait, "oxford-shirt");
        driver.findElement(By.id("label-colour-white")).click();
        driver.findElement(By.id("label-size-l")).click();
        wait.until(attributeToBe(By.id("selected-sku"), "data-sku", SKU));
        driver.findElement(By.id("add-to-cart-button")).click();
        wait.until(urlContains("cart.xhtml"));
        wait.until(visibilityOfElementLocated(By.id("to-checkout"))).click();
        wait.until(visibilityOfElementLocated(By.id("checkout-form")));
        type(driver.findElement(By.id("recipient")), "Zhang San");
        type(driver.findElement(By.id("phone")), phone);
        select(driver, wait, "province", "北京市");
        select(driver, wait, "city", "北京市");
        select(driver, wait, "district", "朝阳区");
        type(driver.findElement(By.id("street")), "Jianguo Road 1");
        type(driver.findElement(By.id("postcode")), "100022");
        wait.until(presenceOfElementLocated(
                        By.cssSelector("input[name='payment-method'][value='" + paymentMethod + "']")))
                .click();
        driver.findElement(By.id("place-order")).click();
        wait.until(urlContains("order.xhtml"));
        return wait.until(visibilityOfElementLocated(By.id("order-number")))
                .getText()
                .strip();
    }
}
