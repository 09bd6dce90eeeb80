package org.emporium.systemtest.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.systemtest.browser.Pages.logIntoBackOffice;
import static org.emporium.systemtest.browser.Pages.type;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.List;
import java.util.UUID;
import org.emporium.systemtest.SystemUnderTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Staff build a campaign page from blocks in the back office, publish it, and shoppers see it at
 * /campaign/{slug}; before publishing, shoppers get a 404 page. The browser reads English.
 *
 * <p>Element ids used (documented in the pages' header comments): campaign list #slug, #titleZh, #titleEn,
 * #campaign-create; block editor #newKind (its items #newKind_items li[data-label]), #block-add,
 * #blocks:i:textZh, #blocks:i:textEn, #blocks:i:productSlugs, #blocks:i:up, #save, #publish, #messages,
 * the preview's .preview-block[data-kind]; storefront #campaign-title, .campaign-block[data-kind],
 * a.product-link[data-slug].
 */
class CampaignBuildingIT extends InABrowser {

    @Test
    void a_campaign_page_built_from_blocks_and_published_shows_on_the_storefront_in_the_chosen_order() {
        String slug = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        logIntoBackOffice(driver, wait);

        driver.get(SystemUnderTest.backOfficeUrl() + "merchandising/campaigns.xhtml");
        type(wait.until(visibilityOfElementLocated(By.id("slug"))), slug);
        type(driver.findElement(By.id("titleZh")), "浏览器活动");
        type(driver.findElement(By.id("titleEn")), "Browser campaign");
        driver.findElement(By.id("campaign-create")).click();

        wait.until(elementToBeClickable(By.id("block-add"))).click();
        String editorUrl = driver.getCurrentUrl();
        type(wait.until(visibilityOfElementLocated(By.id("blocks:0:textEn"))), "<p>Deals for <em>everyone</em></p>");
        type(driver.findElement(By.id("blocks:0:textZh")), "<p>人人有优惠</p>");
        choose("newKind", "Product grid");
        driver.findElement(By.id("block-add")).click();
        type(wait.until(visibilityOfElementLocated(By.id("blocks:1:productSlugs"))), "oxford-shirt, chef-knife");

        driver.findElement(By.id("save")).click();
        wait.until(presenceOfElementLocated(By.cssSelector("#messages .ui-messages-info")));
        assertThat(previewKinds()).containsExactly("RICH_TEXT", "PRODUCT_GRID");

        driver.get(SystemUnderTest.storefrontUrl() + "campaign/" + slug);
        assertThat(driver.findElements(By.id("campaign-title")))
                .as("a draft is not shown to shoppers")
                .isEmpty();

        driver.get(editorUrl);
        wait.until(elementToBeClickable(By.id("blocks:1:up"))).click();
        wait.until(d -> "PRODUCT_GRID"
                .equals(d.findElement(By.cssSelector("li.block-editor")).getDomAttribute("data-kind")));
        driver.findElement(By.id("publish")).click();
        wait.until(textToBePresentInElementLocated(By.id("campaign-status"), "Published"));
        assertThat(previewKinds()).containsExactly("PRODUCT_GRID", "RICH_TEXT");

        driver.get(SystemUnderTest.storefrontUrl() + "campaign/" + slug);
        assertThat(wait.until(visibilityOfElementLocated(By.id("campaign-title")))
                        .getText())
                .isEqualTo("Browser campaign");
        assertThat(driver.findElements(By.cssSelector(".campaign-block")).stream()
                        .map(b -> b.getDomAttribute("data-kind"))
                        .toList())
                .containsExactly("PRODUCT_GRID", "RICH_TEXT");
        assertThat(driver.findElements(By.cssSelector(".campaign-block a.product-link")).stream()
                        .map(a -> a.getDomAttribute("data-slug"))
                        .toList())
                .containsExactly("oxford-shirt", "chef-knife");
        assertThat(driver.findElement(By.cssSelector(".campaign-block[data-kind='RICH_TEXT'] em"))
                        .getText())
                .isEqualTo("everyone");
    }

    private void choose(String menuId, String label) {
        Pages.choose(driver, wait, menuId, label);
    }

    private List<String> previewKinds() {
        List<WebElement> blocks = driver.findElements(By.cssSelector("#preview .preview-block"));
        return blocks.stream().map(b -> b.getDomAttribute("data-kind")).toList();
    }
}
