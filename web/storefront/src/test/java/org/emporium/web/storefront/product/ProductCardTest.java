package org.emporium.web.storefront.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.emporium.catalog.entity.Category;
import org.emporium.catalog.entity.Product;
import org.emporium.platform.money.Money;
import org.junit.jupiter.api.Test;

class ProductCardTest {

    final Category shirts = new Category(null, "mens-shirts", "男士衬衫", "Men’s Shirts", 1);

    @Test
    void a_card_shows_the_lowest_price_and_strikes_through_that_skus_list_price() {
        Product shirt = new Product(shirts, "oxford-shirt", "牛津纺修身衬衫", "Slim Oxford Shirt");
        shirt.addSku("SHIRT-OX-BL-M", "蓝色 / M", "Blue / M", Money.cny("209.00"), Money.cny("259.00"));
        shirt.addSku("SHIRT-OX-WH-M", "白色 / M", "White / M", Money.cny("199.00"), Money.cny("229.00"));

        ProductCard card = ProductCard.of(shirt, Locale.ENGLISH);

        assertThat(card.getName()).isEqualTo("Slim Oxford Shirt");
        assertThat(card.getSlug()).isEqualTo("oxford-shirt");
        assertThat(card.getPrice()).isEqualTo("¥199.00");
        assertThat(card.isDiscounted()).isTrue();
        assertThat(card.getListPrice()).isEqualTo("¥229.00");
        assertThat(card.isPriceVaries())
                .as("prices differ between SKUs, so it is a 'from' price")
                .isTrue();
    }

    @Test
    void a_card_without_a_discount_shows_no_list_price() {
        Product linen = new Product(shirts, "linen-shirt", "亚麻休闲衬衫", "Linen Casual Shirt");
        linen.addSku("SHIRT-LN-BE-M", "米色 / M", "Beige / M", Money.cny("239.00"), null);
        linen.addSku("SHIRT-LN-BE-L", "米色 / L", "Beige / L", Money.cny("239.00"), Money.cny("239.00"));

        ProductCard card = ProductCard.of(linen, Locale.ENGLISH);

        assertThat(card.getPrice()).isEqualTo("¥239.00");
        assertThat(card.isDiscounted()).isFalse();
        assertThat(card.getListPrice()).isNull();
        assertThat(card.isPriceVaries()).isFalse();
    }

    @Test
    void a_chinese_reader_sees_the_chinese_name_and_its_first_character() {
        Product shirt = new Product(shirts, "oxford-shirt", "牛津纺修身衬衫", "Slim Oxford Shirt");
        shirt.addSku("SHIRT-OX-WH-M", "白色 / M", "White / M", Money.cny("199.00"), null);

        ProductCard card = ProductCard.of(shirt, Locale.SIMPLIFIED_CHINESE);

        assertThat(card.getName()).isEqualTo("牛津纺修身衬衫");
        assertThat(card.getInitial()).isEqualTo("牛");
    }

    @Test
    void a_product_without_skus_shows_no_price_rather_than_failing() {
        ProductCard card = ProductCard.of(new Product(shirts, "new-shirt", "新衬衫", "New Shirt"), Locale.ENGLISH);

        assertThat(card.getPrice()).isEmpty();
        assertThat(card.isDiscounted()).isFalse();
    }
}
