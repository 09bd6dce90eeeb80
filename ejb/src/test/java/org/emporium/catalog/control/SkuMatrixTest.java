package org.emporium.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.emporium.catalog.entity.Attribute;
import org.emporium.catalog.entity.AttributeKind;
import org.emporium.catalog.entity.AttributeOption;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class SkuMatrixTest {

    private final Attribute colour = new Attribute("colour", "颜色", "Colour", AttributeKind.ENUM);
    private final AttributeOption white = colour.addOption("white", "白色", "White");
    private final AttributeOption blue = colour.addOption("blue", "蓝色", "Blue");
    private final Attribute size = new Attribute("size", "尺码", "Size", AttributeKind.ENUM);
    private final AttributeOption m = size.addOption("m", "M", "M");
    private final AttributeOption l = size.addOption("l", "L", "L");
    private final AttributeOption xl = size.addOption("xl", "XL", "XL");

    @Test
    void everyCombinationOnceTheFirstAxisVaryingSlowest() {
        List<SkuMatrix.Cell> cells =
                SkuMatrix.combinations("shirt-ox", List.of(List.of(white, blue), List.of(m, l, xl)));

        assertThat(cells)
                .extracting(SkuMatrix.Cell::code)
                .containsExactly(
                        "SHIRT-OX-WHITE-M",
                        "SHIRT-OX-WHITE-L",
                        "SHIRT-OX-WHITE-XL",
                        "SHIRT-OX-BLUE-M",
                        "SHIRT-OX-BLUE-L",
                        "SHIRT-OX-BLUE-XL");
        assertThat(cells.get(4).specZh()).isEqualTo("蓝色 / L");
        assertThat(cells.get(4).specEn()).isEqualTo("Blue / L");
        assertThat(cells.get(4).options()).containsExactly(blue, l);
    }

    @Test
    void aProductWithoutVariantsHasOneSku() {
        assertThat(SkuMatrix.combinations("PAN-CI-28", List.of()))
                .singleElement()
                .satisfies(c -> assertThat(c.code()).isEqualTo("PAN-CI-28"));
    }

    @Test
    void refusesAnEmptyAxisAMissingPrefixAndAnExplosion() {
        assertThatThrownBy(() -> SkuMatrix.combinations("X-1", List.of(List.of(white), List.of())))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("catalog.sku.axis.empty");
        assertThatThrownBy(() -> SkuMatrix.combinations(" ", List.of()))
                .hasMessageContaining("catalog.sku.prefix.required");
        Attribute big = new Attribute("n", "编号", "Number", AttributeKind.ENUM);
        List<AttributeOption> many = java.util.stream.IntStream.range(0, 21)
                .mapToObj(i -> big.addOption("o" + i, "o" + i, "o" + i))
                .toList();
        assertThatThrownBy(() -> SkuMatrix.combinations("BIG", List.of(many, many)))
                .hasMessageContaining("catalog.sku.tooMany");
    }

    @Test
    void aCodeThatWouldBeInvalidIsRefused() {
        assertThatThrownBy(() -> SkuMatrix.combinations("bad prefix", List.of(List.of(white))))
                .hasMessageContaining("catalog.sku.code.format");
    }
}
