package org.emporium.catalog.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.emporium.catalog.entity.Attribute;
import org.emporium.catalog.entity.AttributeKind;
import org.emporium.catalog.entity.AttributeOption;
import org.emporium.catalog.entity.Product;
import org.emporium.catalog.entity.Sku;
import org.emporium.platform.money.Money;
import org.junit.jupiter.api.Test;

class ProductDraftTest {

    private final Attribute colour = new Attribute("colour", "颜色", "Colour", AttributeKind.ENUM);
    private final AttributeOption white = colour.addOption("white", "白色", "White");
    private final AttributeOption blue = colour.addOption("blue", "蓝色", "Blue");
    private final Attribute size = new Attribute("size", "尺码", "Size", AttributeKind.ENUM);
    private final AttributeOption m = size.addOption("m", "M", "M");

    private final Product shirt = new Product(null, "oxford-shirt", "牛津纺衬衫", "Oxford Shirt");

    private void sku(String code, AttributeOption... options) {
        Sku sku = shirt.addSku(code, code, code, Money.cny("199.00"), null);
        for (AttributeOption option : options) {
            sku.choose(option);
        }
    }

    @Test
    void the_code_prefix_is_read_back_from_codes_made_of_prefix_and_option_groups() {
        sku("SHIRT-OX-WH-M", white, m);
        sku("SHIRT-OX-BL-M", blue, m);

        assertThat(ProductDraft.codePrefixOf(shirt)).isEqualTo("SHIRT-OX");
    }

    @Test
    void a_single_sku_without_options_has_its_code_as_the_prefix() {
        sku("PAN-CI-28");

        assertThat(ProductDraft.codePrefixOf(shirt)).isEqualTo("PAN-CI-28");
    }

    @Test
    void codes_that_disagree_give_the_groups_they_share() {
        sku("SHIRT-OX-WH-M", white, m);
        sku("SHIRT-OX-BLUE", blue);
        sku("SHIRT-LN-BL-M-X", blue, m);

        assertThat(ProductDraft.codePrefixOf(shirt)).isEqualTo("SHIRT");
    }

    @Test
    void a_product_without_skus_starts_from_its_url_name() {
        assertThat(ProductDraft.codePrefixOf(shirt)).isEqualTo("OXFORD-SHIRT");
    }

    @Test
    void the_draft_of_a_product_lists_the_options_its_skus_sit_on_per_axis() {
        sku("SHIRT-OX-WH-M", white, m);
        sku("SHIRT-OX-BL-M", blue, m);

        ProductDraft draft = ProductDraft.of(shirt);

        assertThat(draft.chosen("colour")).containsExactly("white", "blue");
        assertThat(draft.chosen("size")).containsExactly("m");
        assertThat(draft.getSkus())
                .extracting(ProductDraft.SkuDraft::getCode)
                .containsExactly("SHIRT-OX-WH-M", "SHIRT-OX-BL-M");
        assertThat(draft.sku("SHIRT-OX-BL-M").orElseThrow().getOptions()).containsEntry("colour", "blue");
        assertThat(draft.isRegenerate()).isFalse();
    }
}
