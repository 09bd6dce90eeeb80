package org.emporium.systemtest;

import java.lang.reflect.Method;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * Makes a browser test look at a page only between Ajax exchanges, as a person does: before every lookup and
 * every call on an element it waits until the page has loaded and no Ajax request is in flight: PrimeFaces'
 * (counted by its {@code pfAjaxSend} and {@code pfAjaxComplete} events: its requests are not jQuery's global
 * ones), jQuery's own, and the Faces' {@code f:ajax}. Without it a test may hold an element that an Ajax answer
 * is about to replace, and Chromium then reports it stale.
 *
 * <p>Neither has a public in-flight count, so the first look at a page installs one through their events. A page that never settles (a poll, a slow answer) is looked at anyway after {@link #PATIENCE};
 * the test's own waits decide what happens then.
 */
public final class AjaxSettles implements WebDriverListener {

    static final Duration PATIENCE = Duration.ofSeconds(15);

    private static final String SETTLED = """
            if (!window.emporiumInFlight) {
                window.emporiumInFlight = { faces: 0, primefaces: 0 };
                if (window.faces && faces.ajax) {
                    faces.ajax.addOnEvent(function (e) {
                        if (e.status === 'begin') window.emporiumInFlight.faces++;
                        if (e.status === 'success') window.emporiumInFlight.faces--;
                    });
                    faces.ajax.addOnError(function () { window.emporiumInFlight.faces--; });
                }
                if (window.jQuery) {
                    jQuery(document).on('pfAjaxSend', function () { window.emporiumInFlight.primefaces++; });
                    jQuery(document).on('pfAjaxComplete', function () { window.emporiumInFlight.primefaces--; });
                }
            }
            return document.readyState === 'complete'
                && !(window.jQuery && jQuery.active > 0)
                && window.emporiumInFlight.primefaces <= 0
                && window.emporiumInFlight.faces <= 0;
            """;

    private final JavascriptExecutor page;

    /** @param page the undecorated driver, so that asking the page does not call this listener again */
    AjaxSettles(WebDriver page) {
        this.page = (JavascriptExecutor) page;
    }

    @Override
    public void beforeFindElement(WebDriver driver, By locator) {
        settle();
    }

    @Override
    public void beforeFindElements(WebDriver driver, By locator) {
        settle();
    }

    @Override
    public void beforeAnyWebElementCall(WebElement element, Method method, Object[] args) {
        settle();
    }

    private void settle() {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (Boolean.TRUE.equals(page.executeScript(SETTLED))) {
                    return;
                }
            } catch (WebDriverException e) {
                // An alert, a closed window, a page being replaced: nothing to wait for here.
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        // Not an error (the test's own waits decide), but whoever reads a slow build should see it.
        String where;
        try {
            where = String.valueOf(page.executeScript("return location.href"));
        } catch (WebDriverException e) {
            where = "?";
        }
        System.err.println("Ajax did not settle within " + PATIENCE.toSeconds() + " s on " + where);
    }
}
