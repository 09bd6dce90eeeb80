package org.emporium.catalog.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SkuTest {

    private final Product shirt = new Product(null, "oxford-shirt", "牛津纺衬衫", "Oxford Shirt");

    @Test
    void a_sku_keeps_its_price_and_list_price() {
        Sku sku = shirt.addSku("SHIRT-OX-WH-M", "白色 / M", "White / M", Money.cny("199.00"), Money.cny("259"));

        assertThat(sku.price()).isEqualTo(Money.cny("199.00"));
        assertThat(sku.listPrice()).isEqualTo(Money.cny("259.00"));
        assertThat(sku.isDiscounted()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-1", "-0.01"})
    void a_price_must_be_positive(String price) {
        assertThatThrownBy(() -> shirt.addSku("SHIRT-OX-1", "a", "a", Money.cny(price), null))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("catalog.sku.price.positive"));
    }

    @Test
    void a_list_price_below_the_price_is_refused_and_the_old_prices_stay() {
        Sku sku = shirt.addSku("SHIRT-OX-BL-M", "蓝色 / M", "Blue / M", Money.cny("209.00"), null);

        assertThatThrownBy(() -> sku.reprice(Money.cny("300.00"), Money.cny("250.00")))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("catalog.sku.listPrice.belowPrice"));
        assertThat(sku.price()).isEqualTo(Money.cny("209.00"));
        assertThat(sku.listPrice()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SHIRT-OX-WH-M", "ABC", "A1-B2-C3", "X012345678901234567890123456789012345678"})
    void well_formed_sku_codes_are_accepted(String code) {
        assertThat(shirt.addSku(code, "a", "a", Money.cny("1.00"), null).getCode())
                .isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "AB",
                "shirt-ox",
                "SHIRT--OX",
                "-SHIRT",
                "SHIRT-",
                "SHIRT OX",
                "衬衫-01",
                "X01234567890123456789012345678901234567890"
            })
    void malformed_sku_codes_are_refused(String code) {
        assertThatThrownBy(() -> shirt.addSku(code, "a", "a", Money.cny("1.00"), null))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("catalog.sku.code.format"));
    }

    @Test
    void a_sku_code_appears_once_per_product() {
        shirt.addSku("SHIRT-OX-WH-L", "a", "a", Money.cny("1.00"), null);

        assertThatThrownBy(() -> shirt.addSku("SHIRT-OX-WH-L", "b", "b", Money.cny("2.00"), null))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("catalog.sku.code.duplicate"));
        assertThat(shirt.getSkus()).hasSize(1);
    }

    @Test
    void values_written_by_a_form_are_checked_again_before_saving() {
        Sku sku = shirt.addSku("SHIRT-OX-GR-S", "a", "a", Money.cny("10.00"), null);
        sku.setPrice(new java.math.BigDecimal("-3"));

        assertThatThrownBy(sku::checkRules).isInstanceOf(BusinessRuleViolation.class);
    }
}
