package org.emporium.web.storefront.cart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class CartCookieTest {

    @Test
    void only_tokens_the_shop_made_find_a_cart() {
        assertThat(CartCookie.wellFormed(UUID.randomUUID().toString())).isTrue();
        assertThat(CartCookie.wellFormed("customer:7")).as("a crafted owner").isFalse();
        assertThat(CartCookie.wellFormed("' OR 1=1 --")).isFalse();
        assertThat(CartCookie.wellFormed(null)).isFalse();
    }

    @Test
    void the_cart_page_shows_only_the_refusals_of_the_cart_endpoints() {
        assertThat(CartPage.SHOWN_REFUSALS).contains("cart.stock.insufficient", "cart.quantity.limit");
        assertThat(CartPage.SHOWN_REFUSALS).doesNotContain("order.unknown");
    }
}
