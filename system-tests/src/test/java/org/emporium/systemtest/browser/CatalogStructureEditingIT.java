package org.emporium.systemtest.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.systemtest.browser.Pages.logIntoBackOffice;
import static org.emporium.systemtest.browser.Pages.type;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.emporium.systemtest.SystemUnderTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A catalogue manager shapes the catalogue's structure in the back office: a new category appears in the
 * tree, and a new enumerated attribute gets its options in the order they were added. The browser reads
 * English.
 *
 * <p>Element ids used (see the pages' header comments): categories.xhtml #new-nameZh, #new-nameEn, #new-slug,
 * #add-root, span.category-node[data-slug], #messages; attributes.xhtml #new-attribute, #attr-code,
 * #attr-nameZh, #attr-nameEn, #attr-save, #attr-messages, #opt-code, #opt-labelZh, #opt-labelEn, #opt-add,
 * #options span.option-code, #attributes span.attribute-code; brands.xhtml #new-brand, #brand-nameZh, #brand-nameEn,
 * #brand-slug, the file input, img#brand-logo-preview, #brand-save, #brands span.brand-slug and img.brand-logo-thumb.
 */
class CatalogStructureEditingIT extends InABrowser {

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void a_category_created_in_the_back_office_appears_in_the_tree_and_a_bad_url_name_is_refused() {
        logIntoBackOffice(driver, wait);
        driver.get(SystemUnderTest.backOfficeUrl() + "categories.xhtml");

        type(wait.until(visibilityOfElementLocated(By.id("new-nameZh"))), "露营");
        type(driver.findElement(By.id("new-nameEn")), "Camping " + suffix);
        type(driver.findElement(By.id("new-slug")), "Not A Slug");
        driver.findElement(By.id("add-root")).click();
        wait.until(presenceOfElementLocated(By.cssSelector("#categories .ui-message-error")));
        assertThat(driver.findElements(By.cssSelector("span.category-node[data-slug='camping-" + suffix + "']")))
                .isEmpty();

        type(driver.findElement(By.id("new-slug")), "camping-" + suffix);
        driver.findElement(By.id("add-root")).click();

        WebElement node = wait.until(
                visibilityOfElementLocated(By.cssSelector("span.category-node[data-slug='camping-" + suffix + "']")));
        assertThat(node.getText()).isEqualTo("Camping " + suffix);
        assertThat(driver.findElement(By.id("messages")).getText()).contains("was created");
        // The new category is selected, its editor open with what was typed.
        assertThat(driver.findElement(By.id("edit-slug")).getDomProperty("value"))
                .isEqualTo("camping-" + suffix);
    }

    @Test
    void an_attribute_with_options_is_created_in_the_back_office() {
        String code = "finish-" + suffix;
        logIntoBackOffice(driver, wait);
        driver.get(SystemUnderTest.backOfficeUrl() + "attributes.xhtml");

        wait.until(elementToBeClickable(By.id("new-attribute"))).click();
        type(wait.until(visibilityOfElementLocated(By.id("attr-code"))), code);
        type(driver.findElement(By.id("attr-nameZh")), "表面处理");
        type(driver.findElement(By.id("attr-nameEn")), "Finish " + suffix);
        driver.findElement(By.id("attr-save")).click();
        wait.until(presenceOfElementLocated(By.cssSelector("#attr-messages .ui-messages-info")));

        addOption("matte", "哑光", "Matte");
        addOption("gloss", "亮光", "Gloss");

        assertThat(optionCodes()).containsExactly("matte", "gloss");
        // Other tests leave attributes behind and the table shows 25 a page: find the new one by the filter.
        driver.findElement(By.cssSelector(".ui-dialog-titlebar-close")).click();
        type(wait.until(elementToBeClickable(By.id("attribute-filter"))), code);
        wait.until(d -> d.findElements(By.cssSelector("#attributes span.attribute-code")).stream()
                .anyMatch(e -> e.getText().equals(code)));
    }

    @Test
    void a_brand_is_created_with_an_uploaded_logo_that_the_list_shows_from_the_media_servlet() throws IOException {
        Path logo = Files.createTempFile("logo-", ".png");
        BufferedImage image = new BufferedImage(60, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, suffix.hashCode() & 0xFFFFFF);
        ImageIO.write(image, "png", logo.toFile());
        logIntoBackOffice(driver, wait);
        driver.get(SystemUnderTest.backOfficeUrl() + "brands.xhtml");

        wait.until(elementToBeClickable(By.id("new-brand"))).click();
        type(wait.until(visibilityOfElementLocated(By.id("brand-nameZh"))), "山野");
        type(driver.findElement(By.id("brand-nameEn")), "Wild Hills " + suffix);
        type(driver.findElement(By.id("brand-slug")), "wild-hills-" + suffix);
        driver.findElement(By.cssSelector("input[type='file']"))
                .sendKeys(logo.toAbsolutePath().toString());
        String logoSrc = wait.until(visibilityOfElementLocated(By.id("brand-logo-preview")))
                .getDomAttribute("src");
        assertThat(logoSrc).matches("/media/[0-9]+");
        wait.until(d -> ((Number) ((JavascriptExecutor) d)
                                .executeScript("return document.getElementById('brand-logo-preview').naturalWidth"))
                        .intValue()
                == 60);
        driver.findElement(By.id("brand-save")).click();

        wait.until(presenceOfElementLocated(By.cssSelector("#messages .ui-messages-info")));
        wait.until(d -> d.findElements(By.cssSelector("#brands span.brand-slug")).stream()
                .anyMatch(e -> e.getText().equals("wild-hills-" + suffix)));
        assertThat(driver.findElements(By.cssSelector("#brands img.brand-logo-thumb")).stream()
                        .map(e -> e.getDomAttribute("src")))
                .contains(logoSrc);
        Files.deleteIfExists(logo);
    }

    private void addOption(String code, String labelZh, String labelEn) {
        int before = optionCodes().size();
        type(wait.until(visibilityOfElementLocated(By.id("opt-code"))), code);
        type(driver.findElement(By.id("opt-labelZh")), labelZh);
        type(driver.findElement(By.id("opt-labelEn")), labelEn);
        // The button sits at the foot of the dialog, which may still be moving into place: click until it takes.
        wait.ignoring(ElementClickInterceptedException.class).until(d -> {
            d.findElement(By.id("opt-add")).click();
            return true;
        });
        wait.until(d -> optionCodes().size() == before + 1);
    }

    private List<String> optionCodes() {
        return driver.findElements(By.cssSelector("#options span.option-code")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
