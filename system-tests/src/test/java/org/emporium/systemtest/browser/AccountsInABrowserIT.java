package org.emporium.systemtest.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.systemtest.browser.Pages.type;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
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
 * A shopper registers with an SMS code and later resets the password with another; a tester reads both codes
 * in the back office's dev outbox (the SMS simulator), in a second tab, as a tester would. Staff follow the
 * messages and edit a template, which must keep the placeholders its senders fill.
 *
 * <p>Element ids used: register.xhtml #phone, #send-code, #code, #password, #register, #register-done;
 * forgot-password.xhtml #login, #request-reset, #reset-requested; reset-password.xhtml #phone, #code, #password,
 * #reset, #reset-done; the back office's notifications/outbox.xhtml table #sms with span.sms-text,
 * notifications/messages.xhtml #messages-table and #tab-dead, notifications/templates.xhtml table #templates with
 * .template-edit buttons, #body, #template-save, #messages.
 */
class AccountsInABrowserIT extends InABrowser {

    private static final Pattern CODE = Pattern.compile("(\\d{6})");

    @Test
    void a_shopper_registers_with_the_code_a_tester_reads_in_the_back_office_then_resets_the_password_by_sms() {
        String phone = "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Pages.logIntoBackOffice(driver, wait);
        String office = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        String shop = driver.getWindowHandle();

        driver.get(SystemUnderTest.storefrontUrl() + "register.xhtml");
        type(wait.until(visibilityOfElementLocated(By.id("phone"))), phone);
        driver.findElement(By.id("send-code")).click();
        wait.until(textToBePresentInElementLocated(By.id("messages"), phone));

        driver.switchTo().window(office);
        String code = codeIn(smsTo(phone, "verification code"));

        driver.switchTo().window(shop);
        type(driver.findElement(By.id("code")), code);
        type(driver.findElement(By.id("password")), "garden2026");
        driver.findElement(By.id("register")).click();
        wait.until(visibilityOfElementLocated(By.id("register-done")));

        driver.get(SystemUnderTest.storefrontUrl() + "forgot-password.xhtml");
        type(wait.until(visibilityOfElementLocated(By.id("login"))), phone);
        driver.findElement(By.id("request-reset")).click();
        wait.until(visibilityOfElementLocated(By.id("reset-requested")));

        driver.switchTo().window(office);
        String resetCode = codeIn(smsTo(phone, "password reset code"));

        driver.switchTo().window(shop);
        driver.get(SystemUnderTest.storefrontUrl() + "reset-password.xhtml");
        type(wait.until(visibilityOfElementLocated(By.id("phone"))), phone);
        type(driver.findElement(By.id("code")), resetCode);
        type(driver.findElement(By.id("password")), "orchard2027");
        driver.findElement(By.id("reset")).click();
        wait.until(visibilityOfElementLocated(By.id("reset-done")));
    }

    @Test
    void staff_follow_messages_by_status_and_edit_a_template_keeping_its_placeholders() {
        Pages.logIntoBackOffice(driver, wait);

        driver.get(SystemUnderTest.backOfficeUrl() + "notifications/messages.xhtml");
        wait.until(visibilityOfElementLocated(By.id("messages-table")));
        assertThat(driver.findElement(By.id("tab-dead")).getText()).startsWith("Dead letters (");

        driver.get(SystemUnderTest.backOfficeUrl() + "notifications/templates.xhtml");
        WebElement row = wait.until(d -> d.findElements(By.cssSelector("#templates tbody tr")).stream()
                .filter(r -> {
                    List<WebElement> cells = r.findElements(By.tagName("td"));
                    return cells.size() > 3
                            && cells.get(0).getText().contains("demo.newsletter")
                            && cells.get(1).getText().endsWith("SMS")
                            && cells.get(2).getText().endsWith("en");
                })
                .findFirst()
                .orElse(null));
        row.findElement(By.cssSelector(".template-edit")).click();
        WebElement body = wait.until(visibilityOfElementLocated(By.id("body")));

        type(body, "[Emporium] No offer today.");
        driver.findElement(By.id("template-save")).click();
        wait.until(textToBePresentInElementLocated(By.id("messages"), "placeholders"));

        type(driver.findElement(By.id("body")), "[Emporium] {{offer}} for members. Reply T to unsubscribe");
        driver.findElement(By.id("template-save")).click();
        wait.until(textToBePresentInElementLocated(By.id("messages"), "saved"));
        wait.until(textToBePresentInElementLocated(By.id("templates"), "{{offer}} for members"));
    }

    @Test
    void an_altered_unsubscribe_link_is_refused_with_a_clear_message() {
        driver.get(SystemUnderTest.storefrontUrl() + "unsubscribe.xhtml?t=bGkubGVpQGV4YW1wbGUuY24.forged");

        assertThat(wait.until(visibilityOfElementLocated(By.id("unsubscribe-invalid")))
                        .getText())
                .contains("not valid");
        assertThat(driver.findElements(By.id("unsubscribe"))).isEmpty();
    }

    /** Reloads the dev outbox until it lists an SMS to the number saying what is expected; its text. */
    private String smsTo(String phone, String saying) {
        return wait.until(d -> {
            d.get(SystemUnderTest.backOfficeUrl() + "notifications/outbox.xhtml");
            List<WebElement> rows = d.findElements(By.cssSelector("#sms tbody tr"));
            Optional<String> text = rows.stream()
                    .filter(r -> r.getText().contains(phone))
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
