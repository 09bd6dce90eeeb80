package org.emporium.systemtest.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.systemtest.browser.Pages.amount;
import static org.emporium.systemtest.browser.Pages.openProductPage;
import static org.emporium.systemtest.browser.Pages.select;
import static org.emporium.systemtest.browser.Pages.type;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.emporium.systemtest.Browsers;
import org.emporium.systemtest.SystemUnderTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A shopper on a phone-sized screen: picks a variant, adds it to the cart, checks out (region chosen from the
 * cascading lists, a delivery slot, a company fapiao, remark and gift flag) with a wrong postcode first, goes back
 * to the cart and returns without losing what was typed, edits the address, is told the fapiao's tax id is
 * wrong, corrects it, and sees the placed order with every choice. Ids as documented in product.xhtml, cart.xhtml, checkout.xhtml and order.xhtml.
 */
class CheckoutIT extends InABrowser {

    @Test
    void add_to_cart_then_checkout_with_a_wrong_postcode_corrected_places_one_order_for_the_shopper() throws Exception {
        onAPhone();
        openProductPage(driver, wait, "oxford-shirt");
        driver.findElement(By.id("label-colour-blue")).click();
        wait.until(attributeToBe(By.id("selected-sku"), "data-sku", "SHIRT-OX-BL-M"));
        WebElement quantity = driver.findElement(By.id("add-to-cart-quantity"));
        type(quantity, "2");
        driver.findElement(By.id("add-to-cart-button")).click();

        wait.until(urlContains("cart.xhtml"));
        WebElement line =
                wait.until(visibilityOfElementLocated(By.cssSelector("tr.cart-line[data-sku='SHIRT-OX-BL-M']")));
        assertThat(line.findElement(By.className("cart-quantity")).getDomProperty("value"))
                .isEqualTo("2");
        assertThat(amount(driver.findElement(By.id("cart-total")).getText())).isEqualByComparingTo("418.00");
        wait.until(textToBe(By.id("cart-count"), "2"));

        // The product page that anonymous visitors are served from the cache holds no one's cart.
        String cached = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(SystemUnderTest.storefrontUrl() + "product.xhtml?slug=oxford-shirt"))
                                .header("Accept-Language", "en-US")
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(cached).contains("id=\"cart-count\" hidden=\"hidden\"></span>");

        driver.findElement(By.id("to-checkout")).click();
        wait.until(visibilityOfElementLocated(By.id("checkout-form")));
        type(driver.findElement(By.id("recipient")), "Wang Xiaoming");
        type(driver.findElement(By.id("phone")), "138 0013 8000");
        select(driver, wait, "province", "上海市");
        select(driver, wait, "city", "上海市");
        select(driver, wait, "district", "浦东新区");
        type(driver.findElement(By.id("street")), "Century Avenue 100");
        type(driver.findElement(By.id("postcode")), "2001");
        WebElement afternoon =
                driver.findElement(By.xpath("//select[@id='delivery-slot']/option[contains(., '14:00–18:00')]"));
        String slot = afternoon.getText();
        select(driver, wait, "delivery-slot", slot);
        assertThat(driver.findElements(By.cssSelector("input[name='payment-method'][value='CASH_ON_DELIVERY']")))
                .as("cash on delivery is offered in Shanghai under its limit")
                .hasSize(1);
        driver.findElement(By.cssSelector("input[name='payment-method'][value='ONLINE']"))
                .click();
        driver.findElement(By.cssSelector("input[name='invoice-kind'][value='COMPANY']"))
                .click();
        driver.findElement(By.cssSelector("input[name='invoice-medium'][value='ELECTRONIC']"))
                .click();
        type(driver.findElement(By.id("invoice-title")), "Shanghai Example Trading Co., Ltd.");
        type(driver.findElement(By.id("invoice-tax-id")), "91350100M000100Y42");
        type(driver.findElement(By.id("remark")), "Leave it with the doorman");
        driver.findElement(By.id("gift")).click();
        assertThat(amount(driver.findElement(By.id("amount-shipping")).getText()))
                .isEqualByComparingTo("0.00");
        assertThat(amount(driver.findElement(By.id("amount-payable")).getText()))
                .isEqualByComparingTo("418.00");
        driver.findElement(By.id("place-order")).click();

        wait.until(textToBePresentInElementLocated(By.id("checkout-messages"), "is not a postcode"));
        assertThat(driver.findElement(By.id("checkout-messages")).getText()).contains("“2001” is not a postcode");
        assertThat(driver.findElement(By.id("street")).getDomProperty("value"))
                .as("what the shopper typed is kept")
                .isEqualTo("Century Avenue 100");

        // Back to the cart and on to checkout again: what was typed is still there.
        driver.findElement(By.id("back-to-cart")).click();
        wait.until(visibilityOfElementLocated(By.id("to-checkout"))).click();
        wait.until(visibilityOfElementLocated(By.id("checkout-form")));
        assertThat(driver.findElement(By.id("street")).getDomProperty("value")).isEqualTo("Century Avenue 100");
        assertThat(driver.findElement(By.id("phone")).getDomProperty("value")).isEqualTo("138 0013 8000");
        assertThat(new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("district")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("浦东新区");
        assertThat(driver.findElement(By.id("invoice-tax-id")).getDomProperty("value"))
                .isEqualTo("91350100M000100Y42");

        type(driver.findElement(By.id("postcode")), "200120");
        type(driver.findElement(By.id("street")), "Century Avenue 200, Room 5");
        driver.findElement(By.id("place-order")).click();

        // The fapiao's tax id has a wrong check character: said so, nothing placed; corrected, the order goes in.
        wait.until(textToBePresentInElementLocated(By.id("checkout-messages"), "is not a unified social credit code"));
        type(driver.findElement(By.id("invoice-tax-id")), "91350100M000100Y43");
        driver.findElement(By.id("place-order")).click();

        wait.until(urlContains("order.xhtml"));
        WebElement status = wait.until(visibilityOfElementLocated(By.id("order-status")));
        assertThat(status.getDomAttribute("data-status")).isEqualTo("AWAITING_PAYMENT");
        assertThat(status.getText()).isEqualTo("Awaiting payment");
        assertThat(driver.findElements(By.cssSelector("li.order-line[data-sku='SHIRT-OX-BL-M']")))
                .hasSize(1);
        assertThat(amount(driver.findElement(By.id("order-payable")).getText())).isEqualByComparingTo("418.00");
        assertThat(driver.findElement(By.id("order-address")).getText())
                .contains("Century Avenue 200, Room 5", "200120", "13800138000");
        assertThat(driver.findElement(By.id("order-delivery")).getText()).contains("14:00–18:00");
        assertThat(driver.findElement(By.id("order-payment-method")).getText()).startsWith("Pay online");
        assertThat(driver.findElement(By.id("order-invoice")).getText())
                .contains("Company", "Electronic", "Shanghai Example Trading Co., Ltd.", "91350100M000100Y43");
        assertThat(driver.findElement(By.id("order-gift")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("order-remark")).getText()).isEqualTo("Leave it with the doorman");
        String orderUrl = driver.getCurrentUrl();

        // The ordered items left the cart; the order is this browser's alone.
        driver.get(SystemUnderTest.storefrontUrl() + "cart.xhtml");
        assertThat(wait.until(visibilityOfElementLocated(By.id("cart-empty"))).isDisplayed())
                .isTrue();
        int stranger = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(orderUrl)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
        assertThat(stranger).isEqualTo(404);
    }

    /**
     * Without script the region lists still cascade: posting the checkout form with a province (the
     * #region-refresh button a browser without script shows) answers the page with that province's cities.
     */
    @Test
    void without_script_posting_a_province_offers_its_cities() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        String shop = SystemUnderTest.storefrontUrl();
        http.send(
                HttpRequest.newBuilder(URI.create(shop + "cart/add"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("sku=SHIRT-OX-WH-M&quantity=1"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String page = http.send(
                        HttpRequest.newBuilder(URI.create(shop + "checkout.xhtml"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        java.util.regex.Matcher state = java.util.regex.Pattern.compile(
                        "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page);
        assertThat(state.find()).as("the checkout form is served").isTrue();
        assertThat(unescaped(page)).contains("id=\"region-refresh\"").doesNotContain("杭州市");

        String form = "checkout-form=checkout-form&province=" + enc("浙江省") + "&region-refresh=" + enc("x")
                + "&jakarta.faces.ViewState=" + enc(state.group(1));
        String answered = http.send(
                        HttpRequest.newBuilder(URI.create(shop + "checkout.xhtml"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();

        assertThat(unescaped(answered)).contains("<option value=\"杭州市\">", "<option value=\"宁波市\">");
    }

    /** The page with numeric character references (which a writer may use for CJK text) read as characters. */
    private static String unescaped(String html) {
        return java.util.regex.Pattern.compile("&#(x?)([0-9a-fA-F]+);")
                .matcher(html)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(Character.toString(
                        Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))));
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private void onAPhone() {
        Browsers.holdLikeAPhone(driver, 375, 812);
    }
}
