package org.emporium.systemtest.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.systemtest.browser.Pages.type;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.emporium.systemtest.Browsers;
import org.emporium.systemtest.SystemUnderTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two browsers: a shopper chatting through the widget on the storefront, and the demo agent answering in the
 * back office's console. The agent sees what the shopper types before it is sent, sees the shopper's path,
 * and markup typed by either side arrives as plain text. The conversation survives the shopper's next page.
 *
 * <p>Element ids: the widget's (documented in /chat/widget.js) and the console's (chat/console.xhtml).
 */
class ChatInTwoBrowsersIT extends InABrowser {

    private static final String AGENT = "agent";

    private WebDriver agent;
    private WebDriverWait agentWait;

    @AfterEach
    void agentLeaves() {
        if (agent != null) {
            Browsers.screenshot(agent, "ChatInTwoBrowsersIT.agent");
            try {
                new Select(agent.findElement(By.id("chat-status"))).selectByValue("OFFLINE");
            } catch (RuntimeException ignored) {
                // the console may already be gone; closing its socket sets the agent offline too
            }
            agent.quit();
        }
    }

    @Test
    void a_shopper_chats_with_an_agent_who_sees_their_typing_and_their_path() throws Exception {
        agent = Browsers.chromium("en-US,en");
        // the back office's first page after a deployment may take a while on a busy machine
        agentWait = new WebDriverWait(agent, WAIT.multipliedBy(2));
        agent.get(SystemUnderTest.backOfficeUrl() + "chat/console.xhtml");
        type(agentWait.until(visibilityOfElementLocated(By.id("username"))), AGENT);
        type(agent.findElement(By.id("password")), SystemUnderTest.STAFF_PASSWORD);
        agent.findElement(By.id("login")).click();
        agentWait.until(textToBePresentInElementLocated(By.id("chat-load"), "/"));
        new Select(agent.findElement(By.id("chat-status"))).selectByValue("ONLINE");
        agentWait.until(d -> "ONLINE"
                .equals(new Select(d.findElement(By.id("chat-status")))
                        .getFirstSelectedOption()
                        .getDomAttribute("value")));

        driver.get(SystemUnderTest.storefrontUrl());
        wait.until(elementToBeClickable(By.id("emporium-chat-launcher"))).click();
        // The demo site asks its pre-chat question first; the answer and the name start the conversation.
        WebElement answer0 = wait.until(visibilityOfElementLocated(By.id("emporium-chat-prechat-text")));
        assertThat(driver.findElement(By.cssSelector("#emporium-chat-prechat label"))
                        .getText())
                .contains("What would you like to ask about");
        answer0.sendKeys("Hi there");
        driver.findElement(By.id("emporium-chat-prechat-name")).sendKeys("Li Lei");
        driver.findElement(By.id("emporium-chat-prechat-submit")).click();
        WebElement input = wait.until(visibilityOfElementLocated(By.id("emporium-chat-input")));
        wait.until(presenceOfElementLocated(By.cssSelector("#emporium-chat-messages li[data-author='VISITOR']")));
        wait.until(textToBePresentInElementLocated(By.id("emporium-chat-status"), "is helping you"));

        agentWait.until(presenceOfElementLocated(By.cssSelector("#chat-mine li[data-conversation]")));
        agentWait.until(textToBePresentInElementLocated(By.id("chat-transcript"), "Hi there"));
        assertThat(agent.findElement(By.id("chat-mine")).getText())
                .as("the name given before chatting")
                .contains("Li Lei");

        String question =
                "Do you ship to Hangzhou " + UUID.randomUUID().toString().substring(0, 4);
        input.sendKeys(question);
        agentWait.until(textToBePresentInElementLocated(By.id("chat-typing"), question));
        assertThat(agent.findElement(By.id("chat-transcript")).getText())
                .as("not sent yet: only the preview shows it")
                .doesNotContain(question);
        input.sendKeys(Keys.ENTER);
        agentWait.until(textToBePresentInElementLocated(By.id("chat-transcript"), question));

        // a picture of the parcel: both sides see it
        Path photo = Files.createTempFile("parcel", ".png");
        ImageIO.write(new BufferedImage(80, 60, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        driver.findElement(By.id("emporium-chat-file")).sendKeys(photo.toString());
        WebElement mine = wait.until(visibilityOfElementLocated(
                By.cssSelector("#emporium-chat-messages li[data-author='VISITOR'] img.chat-image")));
        wait.until(d ->
                ((Number) ((JavascriptExecutor) d).executeScript("return arguments[0].naturalWidth", mine)).intValue()
                        == 80);
        WebElement theirs = agentWait.until(visibilityOfElementLocated(
                By.cssSelector("#chat-transcript li[data-author='VISITOR'] img.chat-image")));
        agentWait.until(d ->
                ((Number) ((JavascriptExecutor) d).executeScript("return arguments[0].naturalWidth", theirs)).intValue()
                        == 80);

        type(agent.findElement(By.id("chat-reply")), "Yes, in two days. <b>Free</b> over ¥99");
        agent.findElement(By.id("chat-send")).click();
        wait.until(presenceOfElementLocated(By.cssSelector("#emporium-chat-messages li[data-author='AGENT']")));
        WebElement answer = driver.findElement(By.cssSelector("#emporium-chat-messages li[data-author='AGENT']"));
        assertThat(answer.getText()).isEqualTo("Yes, in two days. <b>Free</b> over ¥99");
        assertThat(answer.findElements(By.tagName("b"))).isEmpty();

        // read receipts both ways: each side's newest message read by the other is marked
        agentWait.until(
                presenceOfElementLocated(By.cssSelector("#chat-transcript li[data-author='AGENT'] .chat-read")));
        wait.until(presenceOfElementLocated(
                By.cssSelector("#emporium-chat-messages li[data-author='VISITOR'] .chat-read")));

        // an emoji from the picker reaches the agent whole
        driver.findElement(By.id("emporium-chat-emoji")).click();
        wait.until(elementToBeClickable(By.cssSelector("#emporium-chat-emoji-list button[data-emoji='\uD83D\uDC4D']")))
                .click();
        input.sendKeys(" thanks" + Keys.ENTER);
        agentWait.until(textToBePresentInElementLocated(By.id("chat-transcript"), "\uD83D\uDC4D thanks"));

        // stored XSS: what the shopper types is text in the agent's console, now and when it is read again
        input.sendKeys("<img src=x onerror=\"window.__chatXss=1\">" + Keys.ENTER);
        agentWait.until(textToBePresentInElementLocated(By.id("chat-transcript"), "<img src=x"));
        agent.navigate().refresh();
        agentWait.until(textToBePresentInElementLocated(By.id("chat-transcript"), "<img src=x"));
        assertThat(agent.findElements(By.cssSelector("#chat-transcript img:not(.chat-image)")))
                .isEmpty();
        assertThat(((JavascriptExecutor) agent).executeScript("return window.__chatXss === undefined"))
                .isEqualTo(true);

        // the next page: the conversation is still there, and the agent sees the path
        driver.get(SystemUnderTest.storefrontUrl() + "category.xhtml?slug=apparel&utm_source=newsletter");
        wait.until(textToBePresentInElementLocated(By.id("emporium-chat-messages"), question));
        agentWait.until(d -> d.findElements(By.cssSelector("#chat-path li")).size() >= 2);
        List<WebElement> path = agent.findElements(By.cssSelector("#chat-path li"));
        assertThat(path.get(path.size() - 1).getDomAttribute("data-current")).isEqualTo("true");

        new Select(agent.findElement(By.id("chat-close-code"))).selectByValue("RESOLVED");
        agent.findElement(By.id("chat-close")).click();
        wait.until(textToBePresentInElementLocated(By.id("emporium-chat-status"), "ended"));
        wait.until(elementToBeClickable(By.cssSelector("#emporium-chat-rating button[data-stars='5']")))
                .click();
        wait.until(visibilityOfElementLocated(By.id("emporium-chat-rated")));

        // and asks for the transcript by e-mail
        type(
                driver.findElement(By.id("emporium-chat-transcript-email")),
                "visitor-" + System.nanoTime() + "@example.com");
        driver.findElement(By.id("emporium-chat-transcript-send")).click();
        wait.until(visibilityOfElementLocated(By.id("emporium-chat-transcript-done")));
    }
}
