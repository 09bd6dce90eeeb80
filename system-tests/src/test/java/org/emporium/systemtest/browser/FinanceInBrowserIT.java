package org.emporium.systemtest.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.systemtest.browser.Pages.logIntoBackOffice;
import static org.emporium.systemtest.browser.Pages.type;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.List;
import org.emporium.systemtest.SystemUnderTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Finance in the back office: issues a batch of gift cards, activates one (its sale booked to the ledger),
 * gives a shopper a balance with a reason, and finds the ledger balanced. Ids as documented in finance.xhtml.
 */
class FinanceInBrowserIT extends InABrowser {

    @Test
    void finance_issues_gift_cards_activates_one_adjusts_a_balance_and_the_ledger_balances() {
        logIntoBackOffice(driver, wait);
        driver.get(SystemUnderTest.backOfficeUrl() + "finance.xhtml");

        type(wait.until(visibilityOfElementLocated(By.id("card-count"))), "2");
        type(driver.findElement(By.id("face-value")), "50.00");
        driver.findElement(By.id("issue")).click();
        wait.until(textToBePresentInElementLocated(By.id("finance-messages"), "of 2 cards issued"));
        String batch =
                driver.findElement(By.id("finance-messages")).getText().replaceAll("(?s).*Batch (GC\\d+).*", "$1");
        List<WebElement> rows = driver.findElements(By.cssSelector("#batches tbody tr"));
        assertThat(rows.get(0).getText()).contains(batch, "50.00", "admin");

        // A card of the demo batch that was printed but not sold yet.
        type(driver.findElement(By.id("activate-code")), "EMPDEMO000000020");
        driver.findElement(By.id("activate")).click();
        wait.until(textToBePresentInElementLocated(By.id("finance-messages"), "****0020 activated"));

        type(driver.findElement(By.id("owner")), "guest:finance-browser-test");
        driver.findElement(By.id("look-up")).click();
        type(wait.until(visibilityOfElementLocated(By.id("amount"))), "25.00");
        type(driver.findElement(By.id("reason")), "goodwill for a late delivery");
        driver.findElement(By.id("adjust")).click();
        wait.until(textToBePresentInElementLocated(By.id("account"), "25.00"));

        assertThat(driver.findElement(By.id("ledger")).getText())
                .contains("ADJUST", "goodwill for a late delivery", "ACTIVATE");
        assertThat(driver.findElement(By.id("ledger-balanced")).getDomAttribute("data-balanced"))
                .isEqualTo("true");
        assertThat(driver.findElement(By.id("ledger-export")).getDomAttribute("href"))
                .endsWith("/finance/ledger.csv");
    }
}
