package org.emporium.systemtest.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.systemtest.browser.Pages.amount;
import static org.emporium.systemtest.browser.Pages.checkoutTheBlueOxfordShirt;
import static org.emporium.systemtest.browser.Pages.placeTheOrderAndOpenItsPayment;
import static org.emporium.systemtest.browser.Pages.type;
import static org.emporium.systemtest.browser.Pages.typeAHaidianAddress;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A shopper pays an order with a demo gift card (¥100) first and Alipay for the rest: the payment page, the
 * simulated Alipay cashier, and back to the shop, where the order is paid. Ids as documented in order.xhtml
 * and pay.xhtml; the cashier's as the simulator writes them.
 */
class PaymentInBrowserIT extends InABrowser {

    @Test
    void a_gift_card_then_alipay_pay_the_order_and_the_shopper_sees_it_paid() {
        checkoutTheBlueOxfordShirt(driver, wait);
        typeAHaidianAddress(driver, wait, "Li Lei", "13900139000", "Zhongguancun Street 1");
        placeTheOrderAndOpenItsPayment(driver, wait);

        BigDecimal payable = amount(driver.findElement(By.id("pay-payable")).getText());
        driver.findElement(By.id("use-gift-card")).click();
        type(driver.findElement(By.id("gift-card-code")), "EMPDEMO-000000003");
        assertThat(driver.findElement(By.id("use-alipay")).isSelected()).isTrue();
        driver.findElement(By.id("pay")).click();

        WebElement due = wait.until(visibilityOfElementLocated(By.id("sim-amount")));
        assertThat(amount(due.getText())).isEqualByComparingTo(payable.subtract(new BigDecimal("100.00")));
        driver.findElement(By.id("sim-pay")).click();

        wait.until(urlContains("pay.xhtml"));
        wait.until(attributeToBe(By.id("payment-status"), "data-status", "PAID"));
        assertThat(driver.findElement(By.id("order-status")).getDomAttribute("data-status"))
                .isEqualTo("PAID");
        List<WebElement> tenders = driver.findElements(By.cssSelector("li.tender"));
        assertThat(tenders)
                .extracting(t -> t.getDomAttribute("data-method") + ":" + t.getDomAttribute("data-status"))
                .containsExactly("GIFT_CARD:CAPTURED", "ALIPAY:CAPTURED");
        assertThat(driver.findElements(By.id("pay"))).isEmpty();
    }
}
