package org.emporium.inventory.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class WarehouseStockTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneOffset.UTC);

    WarehouseStock stock = new WarehouseStock(1L, "PAN-CI-28");

    @Test
    void a_reservation_holds_units_that_are_then_no_longer_available() {
        stock.receive(10, "po:1", null, "clerk", NOW);

        StockMovement held = stock.reserve(3, "order:7", "system", NOW);

        assertThat(stock.getOnHand()).isEqualTo(10);
        assertThat(stock.getReserved()).isEqualTo(3);
        assertThat(stock.available()).isEqualTo(7);
        assertThat(held.getKind()).isEqualTo(MovementKind.RESERVE);
        assertThat(held.getReservedDelta()).isEqualTo(3);
        assertThat(held.getReservedAfter()).isEqualTo(3);
        assertThat(held.getReference()).isEqualTo("order:7");
    }

    @Test
    void the_last_unit_goes_to_one_buyer_and_the_next_is_told_how_many_are_left() {
        stock.receive(1, "po:1", null, "clerk", NOW);
        stock.reserve(1, "order:1", "system", NOW);

        assertThatThrownBy(() -> stock.reserve(1, "order:2", "system", NOW))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("inventory.stock.insufficient");
                    assertThat(e.arguments()).containsExactly("PAN-CI-28", 0);
                });
        assertThat(stock.getReserved()).isEqualTo(1);
    }

    @Test
    void releasing_makes_units_available_again_and_shipping_takes_them_off_the_shelf() {
        stock.receive(5, "po:1", null, "clerk", NOW);
        stock.reserve(2, "order:1", "system", NOW);
        stock.reserve(2, "order:2", "system", NOW);

        stock.release(2, "order:1", "closed unpaid", "system", NOW);
        StockMovement shipped = stock.consume(2, "order:2", "system", NOW);

        assertThat(stock.getOnHand()).isEqualTo(3);
        assertThat(stock.getReserved()).isZero();
        assertThat(stock.available()).isEqualTo(3);
        assertThat(shipped.getOnHandDelta()).isEqualTo(-2);
        assertThat(shipped.getReservedDelta()).isEqualTo(-2);
    }

    @Test
    void a_count_may_not_take_on_hand_below_what_orders_hold() {
        stock.receive(5, "po:1", null, "clerk", NOW);
        stock.reserve(4, "order:1", "system", NOW);

        assertThatThrownBy(() -> stock.adjust(-2, "count", "broken", "clerk", NOW))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("inventory.stock.belowReserved"));
        stock.adjust(-1, "count", "one broken", "clerk", NOW);
        assertThat(stock.getOnHand()).isEqualTo(4);
    }

    @Test
    void quantities_must_be_positive() {
        assertThatThrownBy(() -> stock.receive(0, "po:1", null, "clerk", NOW))
                .isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> stock.reserve(-1, "order:1", "system", NOW)).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void releasing_more_than_is_held_is_a_programming_error_not_a_silent_negative() {
        stock.receive(5, "po:1", null, "clerk", NOW);
        stock.reserve(1, "order:1", "system", NOW);

        assertThatThrownBy(() -> stock.release(2, "order:1", "x", "system", NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> stock.consume(2, "order:1", "system", NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(stock.getReserved()).isEqualTo(1);
    }

    /** Any sequence of changes, accepted or refused: the row never goes negative and its log sums to it. */
    @Test
    void whatever_happens_stock_never_goes_negative_and_the_movement_log_sums_to_the_row() {
        for (long seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            WarehouseStock row = new WarehouseStock(1L, "SKU-" + seed);
            List<StockMovement> log = new ArrayList<>();
            for (int step = 0; step < 100; step++) {
                int quantity = random.nextInt(6) + 1;
                try {
                    log.add(
                            switch (random.nextInt(5)) {
                                case 0 -> row.receive(quantity, "po", null, "clerk", NOW);
                                case 1 -> row.adjust(random.nextBoolean() ? quantity : -quantity, "c", "x", "c", NOW);
                                case 2 -> row.reserve(quantity, "o", "system", NOW);
                                case 3 ->
                                    row.release(
                                            Math.min(quantity, Math.max(row.getReserved(), 1)),
                                            "o",
                                            "x",
                                            "system",
                                            NOW);
                                default ->
                                    row.consume(Math.min(quantity, Math.max(row.getReserved(), 1)), "o", "system", NOW);
                            });
                } catch (BusinessRuleViolation | IllegalStateException refused) {
                    // refused changes leave the row as it was
                }
                assertThat(row.getReserved()).as("seed %d", seed).isBetween(0, row.getOnHand());
                assertThat(log.stream().mapToInt(StockMovement::getOnHandDelta).sum())
                        .isEqualTo(row.getOnHand());
                assertThat(log.stream()
                                .mapToInt(StockMovement::getReservedDelta)
                                .sum())
                        .isEqualTo(row.getReserved());
            }
        }
    }
}
