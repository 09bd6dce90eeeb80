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
import org.openqa.selenium.support.ui.Select;

/**
 * A shopper pays a shirt in six credit-card instalments: checkout lists the plans, the payment page shows each
 * plan's fee and monthly amounts, the shop's form takes the browser to the simulated acquirer, where the card is
 * typed (a wrong check digit is refused there), and back at the shop the order is paid with its plan shown.
 */
class InstalmentPaymentInBrowserIT extends InABrowser {

    @Test
    void a_shopper_pays_in_six_instalments_typing_the_card_only_on_the_acquirers_page() {
        checkoutTheBlueOxfordShirt(driver, wait);
        typeAHaidianAddress(driver, wait, "Han Meimei", "13900139001", "Zhongguancun Street 2");
        assertThat(wait.until(visibilityOfElementLocated(By.id("instalment-offers")))
                        .findElements(By.tagName("li")))
                .extracting(li -> li.getDomAttribute("data-months"))
                .containsExactly("3", "6", "12");
        placeTheOrderAndOpenItsPayment(driver, wait);

        BigDecimal payable = amount(driver.findElement(By.id("pay-payable")).getText());
        assertThat(driver.findElements(By.cssSelector("#instalment-plans tbody tr")))
                .hasSize(3);
        driver.findElement(By.id("use-alipay")).click();
        driver.findElement(By.id("use-instalment")).click();
        new Select(driver.findElement(By.id("instalment-months"))).selectByValue("6");
        driver.findElement(By.id("pay")).click();

        WebElement due = wait.until(visibilityOfElementLocated(By.id("bank-amount")));
        BigDecimal fee = payable.multiply(new BigDecimal("0.045")).setScale(2, java.math.RoundingMode.HALF_UP);
        assertThat(amount(due.getText())).isEqualByComparingTo(payable.add(fee));
        assertThat(driver.findElement(By.id("bank-plan")).getText()).contains("6", fee.toPlainString());
        type(driver.findElement(By.id("bank-card")), "6250 9470 0000 0015");
        type(driver.findElement(By.id("bank-expiry")), "1230");
        type(driver.findElement(By.id("bank-cvn")), "123");
        driver.findElement(By.id("bank-pay")).click();
        assertThat(wait.until(visibilityOfElementLocated(By.id("bank-card-error")))
                        .getText())
                .isNotBlank();

        type(driver.findElement(By.id("bank-card")), "6250 9470 0000 0014");
        type(driver.findElement(By.id("bank-expiry")), "1230");
        type(driver.findElement(By.id("bank-cvn")), "123");
        driver.findElement(By.id("bank-pay")).click();

        wait.until(urlContains("pay.xhtml"));
        wait.until(attributeToBe(By.id("payment-status"), "data-status", "PAID"));
        assertThat(driver.findElement(By.id("order-status")).getDomAttribute("data-status"))
                .isEqualTo("PAID");
        List<WebElement> tenders = driver.findElements(By.cssSelector("li.tender"));
        assertThat(tenders)
                .extracting(t -> t.getDomAttribute("data-method") + ":" + t.getDomAttribute("data-status"))
                .containsExactly("INSTALMENT:CAPTURED");
        assertThat(driver.findElement(By.cssSelector("span.instalment-plan")).getDomAttribute("data-months"))
                .isEqualTo("6");
    }
}
