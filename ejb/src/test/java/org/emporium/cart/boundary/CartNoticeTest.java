package org.emporium.cart.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.emporium.cart.entity.Cart;
import org.emporium.cart.entity.CartLine;
import org.emporium.catalog.boundary.SaleableSku;
import org.emporium.platform.money.Money;
import org.junit.jupiter.api.Test;

/** What a cart line tells the shopper when they look at the cart again. */
class CartNoticeTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneOffset.UTC);

    static SaleableSku sku(String price, boolean buyable) {
        return new SaleableSku(
                1L, "pan", "PAN-1", "锅", "Pan", "28 厘米", "28 cm", List.of(), Money.cny(price), null, 2600, buyable);
    }

    static CartLine lineAddedAt(String price, int quantity) {
        Cart cart = new Cart("guest:x", NOW);
        return cart.add("PAN-1", quantity, Money.cny(price), true, 100, NOW);
    }

    @Test
    void a_price_that_moved_since_adding_is_pointed_out_in_its_direction() {
        assertThat(Carts.notice(lineAddedAt("329.00", 1), sku("349.00", true), 10))
                .isEqualTo(CartView.Notice.PRICE_UP);
        assertThat(Carts.notice(lineAddedAt("329.00", 1), sku("299.00", true), 10))
                .isEqualTo(CartView.Notice.PRICE_DOWN);
        assertThat(Carts.notice(lineAddedAt("329.00", 1), sku("329.00", true), 10))
                .isEqualTo(CartView.Notice.NONE);
    }

    @Test
    void stock_below_the_cart_quantity_or_gone_outranks_a_price_change() {
        assertThat(Carts.notice(lineAddedAt("329.00", 3), sku("349.00", true), 2))
                .isEqualTo(CartView.Notice.SHORT);
        assertThat(Carts.notice(lineAddedAt("329.00", 3), sku("349.00", true), 0))
                .isEqualTo(CartView.Notice.UNAVAILABLE);
        assertThat(Carts.notice(lineAddedAt("329.00", 1), sku("329.00", false), 10))
                .as("taken off sale")
                .isEqualTo(CartView.Notice.UNAVAILABLE);
        assertThat(Carts.notice(lineAddedAt("329.00", 1), null, 10))
                .as("no longer in the catalogue")
                .isEqualTo(CartView.Notice.UNAVAILABLE);
    }
}
