package org.emporium.systemtest.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.systemtest.browser.Pages.type;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.emporium.systemtest.SystemUnderTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * A shopper registers, fills a cart as a guest, signs in with the password from the header's link and is back on
 * the cart with the guest's items merged in; signs out; signs in with an SMS code read in the back office's dev
 * outbox (the back office's own staff login in the same browser never makes a shopper), is remembered after the
 * session is gone, and forgotten after signing out; five wrong passwords lock the login with a message saying
 * until when, and the right password is refused meanwhile.
 *
 * <p>Ids used: the header's #sign-in-link, #account-name, #sign-out; login.xhtml #login, #password, #sign-in,
 * #phone, #send-code, #code, #sign-in-code, #remember, #messages; the cart as in CheckoutIT.
 */
class SignInInABrowserIT extends InABrowser {

    private static final Pattern CODE = Pattern.compile("(\\d{6})");

    @Test
    void a_guest_cart_comes_along_at_sign_in_by_password_then_by_sms_code_and_five_failures_lock_the_login() {
        String phone = "134" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Pages.logIntoBackOffice(driver, wait);
        String office = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        String shop = driver.getWindowHandle();
        register(phone, office, shop);

        // A guest, although staff are logged into the back office in this browser.
        Pages.openProductPage(driver, wait, "oxford-shirt");
        assertThat(driver.findElements(By.id("account-name"))).isEmpty();
        driver.findElement(By.id("label-colour-blue")).click();
        wait.until(attributeToBe(By.id("selected-sku"), "data-sku", "SHIRT-OX-BL-M"));
        driver.findElement(By.id("add-to-cart-button")).click();
        wait.until(urlContains("cart.xhtml"));
        wait.until(visibilityOfElementLocated(By.cssSelector("tr.cart-line[data-sku='SHIRT-OX-BL-M']")));

        driver.findElement(By.id("sign-in-link")).click();
        wait.until(urlContains("login.xhtml"));
        type(wait.until(visibilityOfElementLocated(By.id("login"))), phone);
        type(driver.findElement(By.id("password")), "garden2026");
        String guestSession = driver.manage().getCookieNamed("JSESSIONID").getValue();
        driver.findElement(By.id("sign-in")).click();

        wait.until(urlContains("cart.xhtml"));
        assertThat(driver.manage().getCookieNamed("JSESSIONID").getValue())
                .as("a new session id at sign-in")
                .isNotEqualTo(guestSession);
        assertThat(wait.until(visibilityOfElementLocated(By.id("account-name"))).getText())
                .isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        wait.until(visibilityOfElementLocated(By.cssSelector("tr.cart-line[data-sku='SHIRT-OX-BL-M']")));
        wait.until(textToBe(By.id("cart-count"), "1"));

        driver.findElement(By.id("sign-out")).click();
        wait.until(visibilityOfElementLocated(By.id("sign-in-link")));
        assertThat(driver.findElements(By.id("account-name"))).isEmpty();

        // By SMS code, remembered on this browser.
        driver.get(SystemUnderTest.storefrontUrl() + "login.xhtml");
        type(wait.until(visibilityOfElementLocated(By.id("phone"))), phone);
        driver.findElement(By.id("send-code")).click();
        wait.until(textToBePresentInElementLocated(By.id("messages"), phone));
        driver.switchTo().window(office);
        String code = codeIn(newestSmsTo(phone, "verification code", 2));
        driver.switchTo().window(shop);
        type(driver.findElement(By.id("code")), code);
        driver.findElement(By.id("remember")).click();
        driver.findElement(By.id("sign-in-code")).click();
        wait.until(visibilityOfElementLocated(By.id("account-name")));

        driver.manage().deleteCookieNamed("JSESSIONID");
        Pages.openProductPage(driver, wait, "oxford-shirt");
        assertThat(driver.findElements(By.id("account-name")))
                .as("remembered without a session")
                .hasSize(1);
        driver.findElement(By.id("sign-out")).click();
        wait.until(visibilityOfElementLocated(By.id("sign-in-link")));
        driver.manage().deleteCookieNamed("JSESSIONID");
        Pages.openProductPage(driver, wait, "oxford-shirt");
        assertThat(driver.findElements(By.id("account-name")))
                .as("forgotten at sign-out")
                .isEmpty();

        // Five wrong passwords lock the login; the right one is refused until the lock ends.
        driver.get(SystemUnderTest.storefrontUrl() + "login.xhtml");
        for (int i = 1; i <= 5; i++) {
            type(wait.until(visibilityOfElementLocated(By.id("login"))), phone);
            type(driver.findElement(By.id("password")), "wrong" + i + "pass");
            WebElement button = driver.findElement(By.id("sign-in"));
            button.click();
            wait.until(Pages.replaced(button)); // the page came back: its message is this try's
            String expected = i < 5 ? "is wrong" : "Too many failed sign-ins";
            wait.until(textToBePresentInElementLocated(By.id("messages"), expected));
        }
        type(driver.findElement(By.id("login")), phone);
        type(driver.findElement(By.id("password")), "garden2026");
        WebElement button = driver.findElement(By.id("sign-in"));
        button.click();
        wait.until(Pages.replaced(button));
        wait.until(textToBePresentInElementLocated(By.id("messages"), "Too many failed sign-ins"));
        assertThat(driver.findElements(By.id("account-name"))).isEmpty();
    }

    private void register(String phone, String office, String shop) {
        driver.get(SystemUnderTest.storefrontUrl() + "register.xhtml");
        type(wait.until(visibilityOfElementLocated(By.id("phone"))), phone);
        driver.findElement(By.id("send-code")).click();
        wait.until(textToBePresentInElementLocated(By.id("messages"), phone));
        driver.switchTo().window(office);
        String code = codeIn(newestSmsTo(phone, "verification code", 1));
        driver.switchTo().window(shop);
        type(driver.findElement(By.id("code")), code);
        type(driver.findElement(By.id("password")), "garden2026");
        driver.findElement(By.id("register")).click();
        wait.until(visibilityOfElementLocated(By.id("register-done")));
    }

    /** Reloads the dev outbox until it lists {@code count} SMS to the number; the newest one's text. */
    private String newestSmsTo(String phone, String saying, int count) {
        return wait.until(d -> {
            d.get(SystemUnderTest.backOfficeUrl() + "notifications/outbox.xhtml");
            List<WebElement> rows = d.findElements(By.cssSelector("#sms tbody tr")).stream()
                    .filter(r -> r.getText().contains(phone))
                    .toList();
            if (rows.size() < count) {
                return null;
            }
            Optional<String> text = rows.stream()
                    .map(r -> r.findElement(By.cssSelector("span.sms-text")).getText())
                    .filter(t -> t.contains(saying))
                    .findFirst();
            return text.orElse(null);
        });
    }

    private static String codeIn(String sms) {
        Matcher m = CODE.matcher(sms);
        assertThat(m.find()).as("a code in: %s", sms).isTrue();
        return m.group(1);
    }
}
