package org.emporium.cart.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;
import org.junit.jupiter.api.Test;

class CartTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneOffset.UTC);
    static final Money PRICE = Money.cny("199.00");

    Cart cart = new Cart("guest:abc", NOW);

    @Test
    void adding_a_sku_twice_raises_its_quantity_on_one_line() {
        cart.add("SHIRT-OX-WH-M", 1, PRICE, true, 10, NOW);
        cart.add("SHIRT-OX-WH-M", 2, PRICE, true, 10, NOW);

        assertThat(cart.getLines())
                .singleElement()
                .satisfies(l -> assertThat(l.getQuantity()).isEqualTo(3));
        assertThat(cart.itemCount()).isEqualTo(3);
    }

    @Test
    void a_shopper_cannot_put_more_in_the_cart_than_is_in_stock_and_is_told_how_many_are_left() {
        cart.add("DRESS-SK-M", 2, PRICE, true, 3, NOW);

        assertThatThrownBy(() -> cart.add("DRESS-SK-M", 2, PRICE, true, 3, NOW))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("cart.stock.insufficient");
                    assertThat(e.arguments()).containsExactly("DRESS-SK-M", 3);
                });
        assertThat(cart.itemCount()).isEqualTo(2);
    }

    @Test
    void the_purchase_limit_holds_whatever_the_stock() {
        assertThatThrownBy(() -> cart.add("EAR-ANC-BK", Cart.MAX_QUANTITY + 1, PRICE, true, 1000, NOW))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("cart.quantity.limit"));
    }

    @Test
    void a_sku_off_sale_cannot_be_added() {
        assertThatThrownBy(() -> cart.add("OLD-1", 1, PRICE, false, 10, NOW))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("cart.sku.unavailable"));
    }

    @Test
    void lowering_a_quantity_is_always_allowed_and_zero_removes_the_line() {
        cart.add("PAN-CI-28", 5, PRICE, true, 5, NOW);

        cart.change("PAN-CI-28", 2, 0, NOW); // stock ran out meanwhile: coming down is still fine
        assertThat(cart.itemCount()).isEqualTo(2);
        assertThatThrownBy(() -> cart.change("PAN-CI-28", 3, 2, NOW)).isInstanceOf(BusinessRuleViolation.class);
        cart.change("PAN-CI-28", 0, 2, NOW);
        assertThat(cart.getLines()).isEmpty();
    }

    @Test
    void a_guest_cart_merged_at_login_adds_the_quantities_of_a_sku_in_both() {
        Cart member = new Cart("customer:7", NOW);
        member.add("A-1", 2, PRICE, true, 10, NOW);
        cart.add("A-1", 1, PRICE, true, 10, NOW);
        cart.add("B-2", 4, PRICE, true, 10, NOW);

        List<Cart.Shortfall> shortfalls = member.takeOver(cart, Map.of("A-1", 10, "B-2", 10), NOW);

        assertThat(member.line("A-1").orElseThrow().getQuantity()).isEqualTo(3);
        assertThat(member.line("B-2").orElseThrow().getQuantity()).isEqualTo(4);
        assertThat(shortfalls).isEmpty();
    }

    @Test
    void a_merge_stops_at_the_stock_available_and_the_purchase_limit_and_says_what_came_short() {
        Cart member = new Cart("customer:7", NOW);
        member.add("A-1", 3, PRICE, true, 10, NOW);
        member.add("L-9", 90, PRICE, true, 500, NOW);
        cart.add("A-1", 4, PRICE, true, 10, NOW);
        cart.add("L-9", 20, PRICE, true, 500, NOW);
        cart.add("C-3", 2, PRICE, true, 10, NOW);

        List<Cart.Shortfall> shortfalls = member.takeOver(cart, Map.of("A-1", 5, "L-9", 500), NOW);

        assertThat(member.line("A-1").orElseThrow().getQuantity()).isEqualTo(5);
        assertThat(member.line("L-9").orElseThrow().getQuantity()).isEqualTo(Cart.MAX_QUANTITY);
        assertThat(member.line("C-3")).isEmpty(); // sold out since the guest added it
        assertThat(shortfalls)
                .containsExactlyInAnyOrder(
                        new Cart.Shortfall("A-1", 7, 5),
                        new Cart.Shortfall("L-9", 110, Cart.MAX_QUANTITY),
                        new Cart.Shortfall("C-3", 2, 0));
    }

    @Test
    void a_merge_never_takes_away_what_the_member_cart_already_held() {
        Cart member = new Cart("customer:7", NOW);
        member.add("A-1", 6, PRICE, true, 10, NOW);
        cart.add("A-1", 1, PRICE, true, 10, NOW);

        List<Cart.Shortfall> shortfalls = member.takeOver(cart, Map.of("A-1", 2), NOW);

        assertThat(member.line("A-1").orElseThrow().getQuantity()).isEqualTo(6);
        assertThat(shortfalls).containsExactly(new Cart.Shortfall("A-1", 7, 6));
    }

    @Test
    void a_merge_keeps_the_line_limit_and_lines_saved_for_later_stay_saved() {
        Cart member = new Cart("customer:7", NOW);
        for (int i = 0; i < Cart.MAX_LINES - 1; i++) {
            member.add("M-" + i, 1, PRICE, true, 10, NOW);
        }
        cart.add("G-1", 1, PRICE, true, 10, NOW);
        cart.saveForLater("G-1", NOW);
        cart.add("G-2", 1, PRICE, true, 10, NOW);

        List<Cart.Shortfall> shortfalls = member.takeOver(cart, Map.of("G-2", 10), NOW);

        assertThat(member.line("G-1").orElseThrow().isSavedForLater()).isTrue();
        assertThat(member.getLines()).hasSize(Cart.MAX_LINES);
        assertThat(shortfalls).containsExactly(new Cart.Shortfall("G-2", 1, 0));
    }

    @Test
    void a_line_saved_for_later_is_neither_counted_nor_removed_by_an_order_and_comes_back_when_available() {
        cart.add("SHIRT-OX-WH-M", 2, PRICE, true, 10, NOW);
        cart.add("MUG-01", 1, PRICE, true, 10, NOW);
        cart.saveForLater("SHIRT-OX-WH-M", NOW);

        assertThat(cart.itemCount()).isEqualTo(1);
        cart.removeAll(java.util.List.of("SHIRT-OX-WH-M", "MUG-01"), NOW);
        assertThat(cart.getLines())
                .singleElement()
                .satisfies(l -> assertThat(l.isSavedForLater()).isTrue());

        assertThatThrownBy(() -> cart.moveToCart("SHIRT-OX-WH-M", 1, NOW))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("cart.stock.insufficient");
        cart.moveToCart("SHIRT-OX-WH-M", 2, NOW);
        assertThat(cart.itemCount()).isEqualTo(2);
    }

    @Test
    void adding_a_sku_saved_for_later_brings_its_line_back_into_the_cart() {
        cart.add("SHIRT-OX-WH-M", 1, PRICE, true, 10, NOW);
        cart.saveForLater("SHIRT-OX-WH-M", NOW);
        cart.add("SHIRT-OX-WH-M", 1, PRICE, true, 10, NOW);

        assertThat(cart.getLines()).singleElement().satisfies(l -> {
            assertThat(l.isSavedForLater()).isFalse();
            assertThat(l.getQuantity()).isEqualTo(2);
        });
    }
}
