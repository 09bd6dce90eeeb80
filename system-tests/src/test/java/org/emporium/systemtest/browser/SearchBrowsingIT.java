package org.emporium.systemtest.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.time.Duration;
import java.util.List;
import org.emporium.systemtest.SystemUnderTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A shopper searching the demo catalogue in English: suggestions under the header's box as they type, a
 * results page with the matched words marked and facets that keep other brands in reach, and a no-result page
 * that offers a spelling, similar products, best sellers and the chat. Ids as documented in shop.xhtml and search.xhtml.
 */
class SearchBrowsingIT extends InABrowser {

    /** A node builds its index shortly after start; the first test may have to wait for it. */
    static final Duration INDEX = Duration.ofSeconds(90);

    @Test
    void typing_part_of_a_word_offers_matching_products_and_a_category_and_choosing_one_searches_it() {
        driver.get(SystemUnderTest.storefrontUrl());
        WebElement box = driver.findElement(By.id("search-box"));
        List<String> offered = new WebDriverWait(driver, INDEX).until(d -> {
            box.clear();
            box.sendKeys("shir");
            List<String> texts = suggestions();
            return texts.isEmpty() ? null : texts;
        });

        assertThat(offered).contains("Slim Oxford Shirt", "Linen Casual Shirt");
        assertThat(driver.findElements(By.cssSelector("#search-suggestions li.category-hint")))
                .extracting(WebElement::getText)
                .anyMatch(hint -> hint.contains("Men"));

        box.sendKeys(Keys.ARROW_DOWN);
        while (!driver.findElement(By.cssSelector("#search-suggestions li[aria-selected='true']"))
                .getText()
                .equals("Linen Casual Shirt")) {
            box.sendKeys(Keys.ARROW_DOWN);
        }
        box.sendKeys(Keys.ENTER);

        wait.until(urlContains("search.xhtml?q=Linen"));
        assertThat(results("ul.search-results")).first().isEqualTo("linen-shirt");
        assertThat(driver.findElement(By.cssSelector("ul.search-results a.product-link .name"))
                        .getDomProperty("innerHTML"))
                .contains("<mark>Linen</mark>");
    }

    @Test
    void a_query_that_finds_nothing_offers_a_spelling_popular_products_and_the_chat() {
        new WebDriverWait(driver, INDEX).until(d -> {
            d.get(SystemUnderTest.storefrontUrl() + "search.xhtml?q=shrit");
            return !d.findElements(By.id("did-you-mean")).isEmpty();
        });
        assertThat(driver.findElement(By.id("search-count-none")).getText()).contains("shrit");
        assertThat(results("ul.popular-results")).isNotEmpty();
        assertThat(results("#no-result-similar ul.similar-results"))
                .as("products like the corrected query's best result")
                .isNotEmpty();
        // No agent is online in the tests: the chat opens on its offline form, with the draft in the message.
        driver.findElement(By.cssSelector("#search-chat a")).click();
        WebElement draft = wait.until(visibilityOfElementLocated(By.id("emporium-chat-offline-text")));
        assertThat(draft.getDomProperty("value"))
                .as("the chat opens with a draft naming the query")
                .contains("shrit");
        driver.findElement(By.id("emporium-chat-minimise")).click();

        driver.findElement(By.cssSelector("#did-you-mean a")).click();
        wait.until(urlContains("q=shirt"));
        assertThat(results("ul.search-results")).contains("oxford-shirt", "linen-shirt");
    }

    @Test
    void script_in_the_query_is_shown_as_text_and_never_run() {
        driver.get(
                SystemUnderTest.storefrontUrl() + "search.xhtml?q=%3Cscript%3Ewindow.hacked%3D1%3C%2Fscript%3Eshirt");
        wait.until(visibilityOfElementLocated(By.id("search-heading")));
        assertThat((Object) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.hacked"))
                .isNull();
        assertThat(driver.getTitle()).doesNotContain("<script>");
    }

    @Test
    void a_brand_chosen_keeps_the_other_brands_offered_so_a_second_one_widens_the_results() {
        new WebDriverWait(driver, INDEX).until(d -> {
            d.get(SystemUnderTest.storefrontUrl() + "search.xhtml?q=apparel");
            return !d.findElements(By.cssSelector("a.facet-link[data-facet='brand'][data-code='north-loom']"))
                    .isEmpty();
        });
        driver.findElement(By.cssSelector("a.facet-link[data-facet='brand'][data-code='north-loom']"))
                .click();
        wait.until(urlContains("brand=north-loom"));
        assertThat(results("ul.search-results")).containsExactlyInAnyOrder("oxford-shirt", "linen-shirt");

        WebElement silkRoad =
                driver.findElement(By.cssSelector("a.facet-link[data-facet='brand'][data-code='silk-road']"));
        assertThat(silkRoad.findElement(By.className("count")).getText()).isEqualTo("2");
        silkRoad.click();
        wait.until(urlContains("brand=silk-road"));
        assertThat(results("ul.search-results")).contains("oxford-shirt", "linen-shirt", "silk-dress", "knit-dress");
        assertThat(driver.findElement(By.cssSelector("a.facet-link[data-code='north-loom']"))
                        .getDomAttribute("aria-current"))
                .isEqualTo("true");
    }

    @Test
    void words_with_nothing_to_search_or_too_many_are_explained_not_an_error() {
        driver.get(SystemUnderTest.storefrontUrl() + "search.xhtml?q=%F0%9F%98%80%F0%9F%91%97%20%2A%3F");
        assertThat(wait.until(visibilityOfElementLocated(By.id("search-unsearchable")))
                        .getText())
                .contains("😀👗");
        assertThat(results("ul.popular-results")).isNotEmpty();

        driver.get(SystemUnderTest.storefrontUrl() + "search.xhtml?q=shirt%20" + "x".repeat(300));
        assertThat(wait.until(visibilityOfElementLocated(By.id("search-shortened")))
                        .getText())
                .contains("64");
    }

    @Test
    void a_query_with_a_redirect_rule_opens_its_page() {
        driver.get(SystemUnderTest.storefrontUrl());
        WebElement box = driver.findElement(By.id("search-box"));
        box.sendKeys("售后");
        driver.findElement(By.id("search-submit")).click();
        // The service centre, or the sign-in page that leads back to it.
        wait.until(urlContains("service.xhtml"));
    }

    private List<String> suggestions() {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(3))
                    .until(visibilityOfElementLocated(By.cssSelector("#search-suggestions li.product-suggestion")));
        } catch (org.openqa.selenium.TimeoutException e) {
            return List.of();
        }
        return driver.findElements(By.cssSelector("#search-suggestions li.product-suggestion")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private List<String> results(String list) {
        return driver.findElements(By.cssSelector(list + " a.product-link")).stream()
                .map(a -> a.getDomAttribute("data-slug"))
                .toList();
    }
}
