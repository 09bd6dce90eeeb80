package org.emporium.web.storefront.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.emporium.catalog.boundary.Crumb;
import org.emporium.catalog.boundary.ProductView;
import org.emporium.platform.money.Money;
import org.junit.jupiter.api.Test;

class ProductPageTest {

    static final ProductView SHIRT = new ProductView(
            1,
            "oxford-shirt",
            "Oxford </script> Shirt",
            null,
            null,
            List.of(new Crumb(1, "apparel", "Apparel")),
            List.of(),
            List.of(),
            List.of(new ProductView.Axis(
                    "colour",
                    "Colour",
                    List.of(new ProductView.Choice("white", "White"), new ProductView.Choice("blue", "Blue")))),
            List.of(
                    new ProductView.Sku(
                            "OX-WH", "White <M>", Money.cny("199"), Money.cny("259"), Map.of("colour", "white"), true),
                    new ProductView.Sku("OX-BL", "Blue", Money.cny("209"), null, Map.of("colour", "blue"), true)),
            null,
            null);

    @Test
    void the_variant_pickers_data_has_every_sku_with_its_options_and_prices_as_shown() {
        assertThat(ProductPage.skuJson(SHIRT))
                .isEqualTo("{\"axes\":[\"colour\"],\"skus\":["
                        + "{\"code\":\"OX-WH\",\"spec\":\"White \\u003cM\\u003e\",\"price\":\"¥199.00\","
                        + "\"listPrice\":\"¥259.00\",\"available\":true,\"options\":{\"colour\":\"white\"}},"
                        + "{\"code\":\"OX-BL\",\"spec\":\"Blue\",\"price\":\"¥209.00\",\"available\":true,"
                        + "\"options\":{\"colour\":\"blue\"}}]}");
    }

    @Test
    void strings_escape_quotes_backslashes_and_control_characters() {
        assertThat(ProductPage.string("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
    }

    @Test
    void the_data_cannot_close_the_script_element_it_sits_in() {
        assertThat(ProductPage.skuJson(SHIRT)).doesNotContain("<").doesNotContain(">");
    }

    @Test
    void the_url_chooses_the_sku_and_an_unknown_code_falls_back_to_the_first() {
        assertThat(ProductPage.selectedSku(SHIRT, "OX-BL").code()).isEqualTo("OX-BL");
        assertThat(ProductPage.selectedSku(SHIRT, "NOPE").code()).isEqualTo("OX-WH");
        assertThat(ProductPage.selectedSku(SHIRT, null).code()).isEqualTo("OX-WH");
    }
}
