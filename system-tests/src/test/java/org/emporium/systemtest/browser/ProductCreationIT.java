package org.emporium.systemtest.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.systemtest.browser.Pages.amount;
import static org.emporium.systemtest.browser.Pages.logIntoBackOffice;
import static org.emporium.systemtest.browser.Pages.openEditor;
import static org.emporium.systemtest.browser.Pages.openProductPage;
import static org.emporium.systemtest.browser.Pages.type;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
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

/**
 * A catalogue manager creates a product with two variant axes in the back office: chooses the options,
 * generates the SKU matrix, prices it, saves, and the product is there: in the editor with its SKUs, in
 * the product list, and on the storefront with the prices set. The browser reads English.
 *
 * <p>Element ids used (see the header comments of products.xhtml and product.xhtml): #new-product; #nameZh,
 * #nameEn, #slug, the menus #category and #status (PrimeFaces: the panel #&lt;id&gt;_panel lists
 * li[data-label]); div.axis[data-axis] with check boxes whose inputs carry the option code as value;
 * #codePrefix, #defaultPrice, #generate; #skus:i:code, #skus:i:price; #save; #messages; the upload #upload
 * and the gallery #gallery of figure.gallery-item[data-media]; the list's img.cover.
 */
class ProductCreationIT extends InABrowser {

    @Test
    void a_product_created_with_colour_and_size_variants_gets_its_skus_priced_and_is_shown() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String slug = "browser-shirt-" + suffix.toLowerCase();
        String prefix = "BR-" + suffix;

        logIntoBackOffice(driver, wait);
        // The page the login lands on does not see the caller's roles yet (a quirk of the login mechanism),
        // so the list is opened again, as from the navigation, before asking for a new product.
        driver.get(SystemUnderTest.backOfficeUrl() + "products.xhtml");
        wait.until(elementToBeClickable(By.id("new-product"))).click();
        type(wait.until(visibilityOfElementLocated(By.id("nameZh"))), "浏览器测试衬衫");
        type(driver.findElement(By.id("nameEn")), "Browser Test Shirt");
        type(driver.findElement(By.id("slug")), slug);
        choose("category", "Apparel › Men's Shirts");
        wait.until(presenceOfElementLocated(By.cssSelector("div.axis[data-axis='size']")));
        tick("colour", "white");
        tick("colour", "blue");
        tick("size", "m");
        tick("size", "l");
        type(driver.findElement(By.id("codePrefix")), prefix);
        type(driver.findElement(By.id("defaultPrice")), "188.00");
        driver.findElement(By.id("generate")).click();

        wait.until(presenceOfElementLocated(By.id("skus:3:code")));
        List<String> codes = List.of(0, 1, 2, 3).stream()
                .map(i -> driver.findElement(By.id("skus:" + i + ":code"))
                        .getText()
                        .trim())
                .toList();
        assertThat(codes)
                .containsExactly(prefix + "-WHITE-M", prefix + "-WHITE-L", prefix + "-BLUE-M", prefix + "-BLUE-L");
        assertThat(driver.findElement(By.id("skus:0:price")).getDomProperty("value"))
                .isEqualTo("188.00");
        type(driver.findElement(By.id("skus:2:price")), "198.00");
        type(driver.findElement(By.id("skus:3:price")), "198.00");
        choose("status", "On sale");
        driver.findElement(By.id("save")).click();

        wait.until(textToBePresentInElementLocated(By.id("messages"), "“Browser Test Shirt” was created."));
        assertThat(driver.getCurrentUrl()).contains("product.xhtml?id=");
        assertThat(driver.findElement(By.id("skus:2:code")).getText().trim()).isEqualTo(prefix + "-BLUE-M");
        assertThat(driver.findElement(By.id("skus:2:price")).getDomProperty("value"))
                .isEqualTo("198.00");

        driver.get(SystemUnderTest.backOfficeUrl() + "products.xhtml");
        type(wait.until(visibilityOfElementLocated(By.id("filter-text"))), slug);
        driver.findElement(By.id("filter-apply")).click();
        wait.until(d -> d.findElements(By.cssSelector("a.product-edit-link")).stream()
                        .allMatch(l -> slug.equals(l.getDomAttribute("data-slug")))
                && !d.findElements(By.cssSelector("a.product-edit-link")).isEmpty());

        openProductPage(driver, wait, slug);
        assertThat(driver.findElement(By.id("product-name")).getText()).isEqualTo("Browser Test Shirt");
        assertThat(amount(driver.findElement(By.id("price-" + prefix + "-WHITE-L"))
                        .getText()))
                .isEqualByComparingTo("188.00");
        assertThat(amount(
                        driver.findElement(By.id("price-" + prefix + "-BLUE-L")).getText()))
                .isEqualByComparingTo("198.00");
    }

    @Test
    void a_picture_uploaded_in_the_editor_becomes_the_cover_in_the_product_list() throws IOException {
        Path picture = Files.createTempFile("cover-", ".png");
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        // a colour of its own each run, so that the upload is a new file and not one stored before
        image.setRGB(0, 0, (int) (System.nanoTime() & 0xFFFFFF));
        ImageIO.write(image, "png", picture.toFile());

        logIntoBackOffice(driver, wait);
        openEditor(driver, wait, "chef-knife");
        int before = driver.findElements(By.cssSelector("#gallery figure.gallery-item"))
                .size();
        driver.findElement(By.cssSelector("#upload input[type='file']")).sendKeys(picture.toString());
        wait.until(d ->
                d.findElements(By.cssSelector("#gallery figure.gallery-item")).size() == before + 1);
        driver.findElement(By.id("save")).click();
        wait.until(presenceOfElementLocated(By.cssSelector("#messages .ui-messages-info")));
        String media = driver.findElements(By.cssSelector("#gallery figure.gallery-item"))
                .get(0)
                .getDomAttribute("data-media");

        driver.get(SystemUnderTest.backOfficeUrl() + "products.xhtml");
        type(wait.until(visibilityOfElementLocated(By.id("filter-text"))), "chef-knife");
        driver.findElement(By.id("filter-apply")).click();
        // the table is redrawn by Ajax: read the address inside the wait, not from an element kept after it
        String cover = wait.until(d -> d.findElements(By.cssSelector("#products img.cover")).stream()
                .map(i -> i.getDomAttribute("src"))
                .filter(src -> src.endsWith("/media/" + media))
                .findFirst()
                .orElse(null));
        assertThat(cover).isEqualTo("/media/" + media);
        Files.deleteIfExists(picture);
    }

    private void choose(String menuId, String label) {
        Pages.choose(driver, wait, menuId, label);
    }

    /** Ticks the check box of an option on a variant axis. */
    private void tick(String axis, String option) {
        By box = By.xpath("//div[@data-axis='" + axis + "']//input[@value='" + option
                + "']/ancestor::div[contains(@class,'ui-chkbox')][1]/div[contains(@class,'ui-chkbox-box')]");
        wait.until(elementToBeClickable(box)).click();
        wait.until(d -> d.findElement(By.xpath("//div[@data-axis='" + axis + "']//input[@value='" + option + "']"))
                .isSelected());
    }
}
