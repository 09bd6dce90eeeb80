package org.emporium.catalog.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;
import org.junit.jupiter.api.Test;

class ProductTest {

    private final Product dress = new Product(null, "silk-dress", "真丝连衣裙", "Silk Dress");

    @Test
    void a_new_product_is_a_draft_that_shoppers_cannot_see() {
        assertThat(dress.getStatus()).isEqualTo(ProductStatus.DRAFT);
        assertThat(dress.getStatus().visibleToShoppers()).isFalse();
    }

    @Test
    void a_product_without_skus_cannot_go_on_sale() {
        assertThatThrownBy(dress::putOnSale)
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("catalog.product.onSale.needsSku"));
        assertThat(dress.getStatus()).isEqualTo(ProductStatus.DRAFT);
    }

    @Test
    void a_product_on_sale_keeps_its_last_sku() {
        dress.addSku("DRESS-SK-S", "S", "S", Money.cny("699.00"), null);
        dress.putOnSale();

        assertThatThrownBy(() -> dress.removeSku("DRESS-SK-S")).isInstanceOf(BusinessRuleViolation.class);
        assertThat(dress.getSkus()).hasSize(1);
    }

    @Test
    void a_product_once_published_does_not_go_back_to_draft() {
        dress.addSku("DRESS-SK-M", "M", "M", Money.cny("699.00"), null);
        dress.changeStatus(ProductStatus.ON_SALE);
        dress.changeStatus(ProductStatus.OFF_SHELF);

        assertThatThrownBy(() -> dress.changeStatus(ProductStatus.DRAFT)).isInstanceOf(BusinessRuleViolation.class);
        assertThat(dress.getStatus()).isEqualTo(ProductStatus.OFF_SHELF);
    }

    @Test
    void the_list_shows_the_lowest_sku_price() {
        dress.addSku("DRESS-SK-L", "L", "L", Money.cny("729.00"), null);
        dress.addSku("DRESS-SK-XS", "XS", "XS", Money.cny("689.50"), null);

        assertThat(dress.lowestPrice()).contains(Money.cny("689.50"));
    }

    @Test
    void names_follow_the_shoppers_language_and_fall_back_to_the_other() {
        Product onlyChinese = new Product(null, "tea", "龙井茶", " ");

        assertThat(dress.name(Locale.SIMPLIFIED_CHINESE)).isEqualTo("真丝连衣裙");
        assertThat(dress.name(Locale.ENGLISH)).isEqualTo("Silk Dress");
        assertThat(onlyChinese.name(Locale.ENGLISH)).isEqualTo("龙井茶");
    }
}
