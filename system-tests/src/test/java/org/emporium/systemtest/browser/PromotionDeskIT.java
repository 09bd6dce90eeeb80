package org.emporium.systemtest.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.systemtest.browser.Pages.amount;
import static org.emporium.systemtest.browser.Pages.logIntoBackOffice;
import static org.emporium.systemtest.browser.Pages.type;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.UUID;
import org.emporium.systemtest.SystemUnderTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A promotion manager makes a spend-and-save campaign from its template in a few fields and submits it; they may
 * not approve it themselves, a second person (the demo approver) does, tries it in the simulator, and a shopper
 * sees it in the cart with its amount; the emergency stop takes it off the cart again. The campaign is scoped to the demo knit dress, which no other test buys. The browser
 * reads English. Ids as documented in promotions.xhtml and WEB-INF/promotion/explanation.xhtml.
 */
class PromotionDeskIT extends InABrowser {

    @Test
    void a_campaign_made_from_a_template_and_approved_shows_in_a_shoppers_cart_until_it_is_stopped() {
        String name = "Dress 40 off 400 " + UUID.randomUUID().toString().substring(0, 6);
        logIntoBackOffice(driver, wait);
        String id = spendAndSaveOnTheDress("连衣裙满400减40", name, "400:40");
        wait.until(elementToBeClickable(By.cssSelector(".campaign-submit[data-campaign='" + id + "']")))
                .click();
        wait.until(elementToBeClickable(By.cssSelector(".campaign-approve[data-campaign='" + id + "']")))
                .click();
        assertThat(wait.until(visibilityOfElementLocated(By.cssSelector("#messages .ui-messages-error")))
                        .getText())
                .as("its author may not approve it")
                .contains("second person");
        assertThat(driver.findElement(By.cssSelector("span.campaign-status[data-campaign='" + id + "']"))
                        .getText())
                .isEqualTo("Awaiting approval");

        driver.findElement(By.id("logout")).click();
        driver.get(SystemUnderTest.backOfficeUrl() + "promotions.xhtml");
        type(wait.until(visibilityOfElementLocated(By.id("username"))), "approver");
        type(driver.findElement(By.id("password")), SystemUnderTest.STAFF_PASSWORD);
        driver.findElement(By.id("login")).click();
        wait.until(presenceOfElementLocated(By.id("logout")));
        driver.get(SystemUnderTest.backOfficeUrl() + "promotions.xhtml");
        WebElement row = wait.until(
                        presenceOfElementLocated(By.cssSelector("span.campaign-status[data-campaign='" + id + "']")))
                .findElement(By.xpath("./ancestor::tr"));
        assertThat(row.findElements(By.cssSelector(".campaign-approve")))
                .as("the second person may approve it: %s", row.getDomProperty("outerHTML"))
                .isNotEmpty();
        row.findElement(By.cssSelector(".campaign-approve")).click();
        wait.until(textToBePresentInElementLocated(
                By.cssSelector("span.campaign-status[data-campaign='" + id + "']"), "Live"));

        type(driver.findElement(By.id("sample-cart")), "DRESS-KN-M 1");
        driver.findElement(By.id("simulate")).click();
        wait.until(visibilityOfElementLocated(By.cssSelector("li.sim-applied[data-campaign='" + id + "']")));
        assertThat(amount(driver.findElement(By.id("sim-discount")).getText())).isEqualByComparingTo("-40.00");

        driver.get(SystemUnderTest.storefrontUrl() + "product.xhtml?slug=knit-dress&sku=DRESS-KN-M");
        wait.until(attributeToBe(By.id("selected-sku"), "data-sku", "DRESS-KN-M"));
        driver.findElement(By.id("add-to-cart-button")).click();
        wait.until(urlContains("cart.xhtml"));
        By applied = By.cssSelector("li.promotion-applied[data-campaign='" + id + "']");
        assertThat(wait.until(visibilityOfElementLocated(applied)).getText()).contains(name);
        assertThat(amount(driver.findElement(applied)
                        .findElement(By.className("promotion-amount"))
                        .getText()))
                .isEqualByComparingTo("-40.00");
        assertThat(amount(driver.findElement(By.id("cart-after-discount")).getText()))
                .isEqualByComparingTo("419.00");

        driver.get(SystemUnderTest.backOfficeUrl() + "promotions.xhtml");
        wait.until(elementToBeClickable(By.cssSelector(".campaign-stop[data-campaign='" + id + "']")))
                .click();
        wait.until(elementToBeClickable(By.id("confirm-yes"))).click();
        wait.until(textToBePresentInElementLocated(
                By.cssSelector("span.campaign-status[data-campaign='" + id + "']"), "Stopped"));

        driver.get(SystemUnderTest.storefrontUrl() + "cart.xhtml");
        wait.until(visibilityOfElementLocated(By.cssSelector("tr.cart-line[data-sku='DRESS-KN-M']")));
        assertThat(driver.findElements(applied))
                .as("a stopped campaign is off the cart")
                .isEmpty();
    }

    @Test
    void a_drafts_budget_and_stacking_are_edited_with_bad_input_refused_and_two_groups_are_made_to_combine() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String name = "Budget edit " + suffix;
        String group = "browser-" + suffix;
        logIntoBackOffice(driver, wait);
        String id = spendAndSaveOnTheDress("预算修改", name, "300:30");

        wait.until(elementToBeClickable(By.cssSelector(".campaign-edit[data-campaign='" + id + "']")))
                .click();
        type(wait.until(visibilityOfElementLocated(By.id("editMaxUses"))), "many");
        driver.findElement(By.id("edit-save")).click();
        assertThat(wait.until(visibilityOfElementLocated(By.cssSelector("#messages .ui-messages-error")))
                        .getText())
                .as("a word where a number belongs is refused, and the editor stays open")
                .contains("whole number");
        assertThat(driver.findElement(By.id("editMaxUses")).getDomProperty("value"))
                .isEqualTo("many");

        type(driver.findElement(By.id("editMaxUses")), "50");
        type(driver.findElement(By.id("editDiscountCap")), "0");
        driver.findElement(By.id("edit-save")).click();
        assertThat(wait.until(visibilityOfElementLocated(By.cssSelector("#messages .ui-messages-error")))
                        .getText())
                .as("a cap of nothing is refused by the campaign's own rule")
                .contains("budget cap must be positive");

        type(driver.findElement(By.id("editDiscountCap")), "500.00");
        type(driver.findElement(By.id("editGroup")), group);
        type(driver.findElement(By.id("editPriority")), "7");
        driver.findElement(By.id("edit-save")).click();
        wait.until(textToBePresentInElementLocated(By.id("messages"), "“" + name + "” saved."));
        assertThat(driver.findElements(By.id("editMaxUses")))
                .as("the editor closes")
                .isEmpty();
        assertThat(driver.findElement(By.cssSelector("span.campaign-status[data-campaign='" + id + "']"))
                        .getText())
                .as("a draft stays a draft")
                .isEqualTo("Draft");
        WebElement row = driver.findElement(By.cssSelector("span.campaign-name[data-campaign='" + id + "']"))
                .findElement(By.xpath("./ancestor::tr"));
        assertThat(row.getText()).contains("0 / 50").contains("¥500.00");

        wait.until(elementToBeClickable(By.cssSelector(".campaign-edit[data-campaign='" + id + "']")))
                .click();
        assertThat(wait.until(visibilityOfElementLocated(By.id("editGroup"))).getDomProperty("value"))
                .isEqualTo(group);
        assertThat(driver.findElement(By.id("editPriority")).getDomProperty("value"))
                .isEqualTo("7");
        driver.findElement(By.id("edit-cancel")).click();
        wait.until(d -> d.findElements(By.id("editGroup")).isEmpty());

        type(driver.findElement(By.id("ruleOne")), group);
        type(driver.findElement(By.id("ruleOther")), "Not A Group");
        driver.findElement(By.id("rule-save")).click();
        assertThat(wait.until(visibilityOfElementLocated(By.cssSelector("#messages .ui-messages-error")))
                        .getText())
                .contains("is not a stacking group");

        type(driver.findElement(By.id("ruleOther")), "tiers-" + suffix);
        driver.findElement(By.id("rule-save")).click();
        By rule = By.cssSelector("span.rule-combine[data-groups*='" + group + "']");
        assertThat(wait.until(visibilityOfElementLocated(rule)).getText()).isEqualTo("Combine");
    }

    @Test
    void a_shopper_claims_a_coupon_in_the_coupon_centre_and_holds_no_more_than_one_per_shopper() {
        driver.get(SystemUnderTest.storefrontUrl() + "coupons.xhtml");
        // the demo's kitchen coupon, one per shopper
        By claim = By.cssSelector("li.coupon-offer[data-campaign='4'] .coupon-claim");
        wait.until(elementToBeClickable(claim)).click();

        String code = wait.until(visibilityOfElementLocated(By.cssSelector("li.coupon-held .coupon-code")))
                .getText();
        assertThat(code).matches("[A-Z2-9]{12}");
        assertThat(driver.findElement(By.id("coupon-messages")).getText()).contains(code);
        assertThat(driver.findElement(claim).isEnabled()).as("one per shopper").isFalse();

        driver.get(SystemUnderTest.storefrontUrl() + "coupons.xhtml");
        assertThat(wait.until(visibilityOfElementLocated(By.cssSelector("li.coupon-held[data-code='" + code + "']"))))
                .as("held by this browser's shopper")
                .isNotNull();
    }

    /** Makes a draft spend-and-save campaign (template 1) on the demo knit dress; returns its id. */
    private String spendAndSaveOnTheDress(String nameZh, String nameEn, String tiers) {
        driver.get(SystemUnderTest.backOfficeUrl() + "promotions.xhtml");
        wait.until(elementToBeClickable(By.cssSelector(".template-use[data-template='1']")))
                .click();
        type(wait.until(visibilityOfElementLocated(By.id("nameZh"))), nameZh);
        type(driver.findElement(By.id("nameEn")), nameEn);
        type(driver.findElement(By.cssSelector("input.term[data-term='tiers']")), tiers);
        type(driver.findElement(By.id("productIds")), "4");
        driver.findElement(By.id("campaign-create")).click();
        wait.until(presenceOfElementLocated(By.cssSelector("#messages .ui-messages-info")));
        return wait.until(d -> d.findElements(By.cssSelector("span.campaign-name")).stream()
                .filter(e -> e.getText().equals(nameEn))
                .map(e -> e.getDomAttribute("data-campaign"))
                .findFirst()
                .orElse(null));
    }
}
