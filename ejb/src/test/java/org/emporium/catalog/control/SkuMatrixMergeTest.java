package org.emporium.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.emporium.catalog.entity.Attribute;
import org.emporium.catalog.entity.AttributeKind;
import org.emporium.catalog.entity.AttributeOption;
import org.emporium.catalog.entity.Product;
import org.emporium.catalog.entity.Sku;
import org.emporium.platform.money.Money;
import org.junit.jupiter.api.Test;

class SkuMatrixMergeTest {

    private final Attribute colour = new Attribute("colour", "颜色", "Colour", AttributeKind.ENUM);
    private final AttributeOption white = colour.addOption("white", "白色", "White");
    private final AttributeOption blue = colour.addOption("blue", "蓝色", "Blue");
    private final AttributeOption black = colour.addOption("black", "黑色", "Black");
    private final Attribute size = new Attribute("size", "尺码", "Size", AttributeKind.ENUM);
    private final AttributeOption m = size.addOption("m", "M", "M");
    private final AttributeOption l = size.addOption("l", "L", "L");

    private final Product shirt = new Product(null, "oxford-shirt", "牛津纺衬衫", "Oxford Shirt");

    private Sku sku(String code, String price, AttributeOption... options) {
        Sku sku = shirt.addSku(code, code, code, Money.cny(price), null);
        for (AttributeOption option : options) {
            sku.choose(option);
        }
        return sku;
    }

    @Test
    void adding_a_colour_keeps_the_skus_already_priced_and_adds_only_the_new_cells() {
        Sku whiteM = sku("SHIRT-OX-WH-M", "199.00", white, m);
        Sku whiteL = sku("SHIRT-OX-WH-L", "209.00", white, l);

        SkuMatrixMerge.Plan plan = SkuMatrixMerge.of(
                shirt.getSkus(), SkuMatrix.combinations("SHIRT-OX", List.of(List.of(white, blue), List.of(m, l))));

        assertThat(plan.kept()).extracting(SkuMatrixMerge.Row::existing).containsExactly(whiteM, whiteL);
        assertThat(plan.kept())
                .extracting(SkuMatrixMerge.Row::code)
                .as("a kept SKU keeps its own code, even one from before the prefix")
                .containsExactly("SHIRT-OX-WH-M", "SHIRT-OX-WH-L");
        assertThat(plan.added())
                .extracting(SkuMatrixMerge.Row::code)
                .containsExactly("SHIRT-OX-BLUE-M", "SHIRT-OX-BLUE-L");
        assertThat(plan.removed()).isEmpty();
        assertThat(plan.rows())
                .extracting(SkuMatrixMerge.Row::code)
                .as("rows follow the matrix, first axis slowest")
                .containsExactly("SHIRT-OX-WH-M", "SHIRT-OX-WH-L", "SHIRT-OX-BLUE-M", "SHIRT-OX-BLUE-L");
    }

    @Test
    void a_colour_no_longer_chosen_removes_its_skus_and_keeps_the_others() {
        Sku whiteM = sku("SHIRT-OX-WH-M", "199.00", white, m);
        Sku blackM = sku("SHIRT-OX-BK-M", "219.00", black, m);

        SkuMatrixMerge.Plan plan = SkuMatrixMerge.of(
                shirt.getSkus(), SkuMatrix.combinations("SHIRT-OX", List.of(List.of(white), List.of(m))));

        assertThat(plan.kept()).extracting(SkuMatrixMerge.Row::existing).containsExactly(whiteM);
        assertThat(plan.added()).isEmpty();
        assertThat(plan.removed()).containsExactly(blackM);
    }

    @Test
    void a_sku_on_fewer_axes_than_the_matrix_matches_no_cell() {
        Sku sizeOnly = sku("DRESS-SK-M", "699.00", m);

        SkuMatrixMerge.Plan plan = SkuMatrixMerge.of(
                shirt.getSkus(), SkuMatrix.combinations("DRESS-SK", List.of(List.of(white), List.of(m))));

        assertThat(plan.added()).extracting(SkuMatrixMerge.Row::code).containsExactly("DRESS-SK-WHITE-M");
        assertThat(plan.removed()).containsExactly(sizeOnly);
    }

    @Test
    void a_new_cell_with_the_code_of_a_sku_that_goes_is_flagged_so_the_old_one_goes_first() {
        Sku oldWhite = sku("SHIRT-OX-WHITE", "199.00", white, m);

        SkuMatrixMerge.Plan plan =
                SkuMatrixMerge.of(shirt.getSkus(), SkuMatrix.combinations("SHIRT-OX", List.of(List.of(white))));

        assertThat(plan.removed()).containsExactly(oldWhite);
        assertThat(plan.reusesCodeOf(oldWhite)).isTrue();
    }

    @Test
    void a_product_without_skus_gets_one_new_sku_per_cell() {
        SkuMatrixMerge.Plan plan = SkuMatrixMerge.of(
                List.of(), SkuMatrix.combinations("SHIRT-OX", List.of(List.of(white, blue), List.of(m, l))));

        assertThat(plan.rows()).hasSize(4).allMatch(SkuMatrixMerge.Row::isNew);
        assertThat(plan.removed()).isEmpty();
    }
}
