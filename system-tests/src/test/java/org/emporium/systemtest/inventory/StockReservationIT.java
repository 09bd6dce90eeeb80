package org.emporium.systemtest.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.emporium.inventory.boundary.Hold;
import org.emporium.inventory.boundary.Stock;
import org.emporium.inventory.boundary.StockLevel;
import org.emporium.inventory.boundary.StockRequest;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.systemtest.Concurrently;
import org.emporium.systemtest.Deployments;
import org.emporium.systemtest.order.OrderFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stock reservation on PostgreSQL under a flash sale: many buyers at once for few units. Every test uses SKU
 * codes of its own, stocked in the demo warehouses (SH-01 first, BJ-01 second).
 */
@ExtendWith(ArquillianExtension.class)
class StockReservationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(StockReservationIT.class, AsWarehouseClerk.class, OrderFixture.class);
    }

    @Inject
    Stock stock;

    @Inject
    AsWarehouseClerk clerk;

    String sku;

    @BeforeEach
    void aNewSku() {
        sku = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void two_hundred_buyers_for_ten_units_get_exactly_ten_reservations_and_the_log_balances() throws Exception {
        clerk.receive("SH-01", sku, 10);

        List<Outcome> outcomes = concurrently(
                200, buyer -> stock.reserve("it-order:" + sku + ":" + buyer, List.of(new StockRequest(sku, 1))));

        assertThat(outcomes.stream().filter(Outcome::reserved)).hasSize(10);
        assertThat(outcomes.stream().filter(o -> !o.reserved()))
                .hasSize(190)
                .allSatisfy(o -> assertThat(o.refusal()).isEqualTo("inventory.stock.insufficient"));
        StockLevel level = stock.level(sku);
        assertThat(level.onHand()).isEqualTo(10);
        assertThat(level.reserved()).isEqualTo(10);
        assertThat(level.available()).isZero();
        assertThat(stock.ledger(sku).balances()).as("%s", stock.ledger(sku)).isTrue();
        assertThat(stock.movements(sku, 100)).hasSize(11); // one receipt, ten reservations
    }

    @Test
    void buyers_of_two_skus_in_opposite_order_neither_deadlock_nor_oversell_either() throws Exception {
        String other = sku + "-B";
        clerk.receive("SH-01", sku, 7);
        clerk.receive("SH-01", other, 7);

        List<Outcome> outcomes = concurrently(
                60,
                buyer -> stock.reserve(
                        "it-pair:" + sku + ":" + buyer,
                        buyer % 2 == 0
                                ? List.of(new StockRequest(sku, 1), new StockRequest(other, 1))
                                : List.of(new StockRequest(other, 1), new StockRequest(sku, 1))));

        assertThat(outcomes.stream().filter(Outcome::reserved)).hasSize(7);
        assertThat(stock.level(sku).available()).isZero();
        assertThat(stock.level(other).available()).isZero();
        assertThat(stock.ledger(sku).balances()).isTrue();
        assertThat(stock.ledger(other).balances()).isTrue();
    }

    @Test
    void an_order_bigger_than_one_warehouse_is_served_from_the_next_one() {
        clerk.receive("SH-01", sku, 3);
        clerk.receive("BJ-01", sku, 4);

        List<Hold> holds = stock.reserve("it-split:" + sku, List.of(new StockRequest(sku, 5)));

        assertThat(holds)
                .extracting(Hold::warehouseCode, Hold::quantity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SH-01", 3),
                        org.assertj.core.groups.Tuple.tuple("BJ-01", 2));
        assertThat(stock.level(sku).available()).isEqualTo(2);
    }

    @Test
    void an_order_that_cannot_be_served_in_full_holds_nothing() {
        String other = sku + "-B";
        clerk.receive("SH-01", sku, 5);
        clerk.receive("SH-01", other, 1);

        assertThatThrownBy(() ->
                        stock.reserve("it-none:" + sku, List.of(new StockRequest(sku, 2), new StockRequest(other, 2))))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.arguments()).containsExactly(other, 1));

        assertThat(stock.level(sku).available()).isEqualTo(5);
        assertThat(stock.holds("it-none:" + sku)).isEmpty();
        assertThat(stock.ledger(sku).balances()).isTrue();
    }

    @Test
    void a_retried_reservation_holds_once_and_release_and_shipping_settle_it_once() {
        clerk.receive("SH-01", sku, 10);
        String reference = "it-retry:" + sku;

        stock.reserve(reference, List.of(new StockRequest(sku, 4)));
        stock.reserve(reference, List.of(new StockRequest(sku, 4)));
        assertThat(stock.level(sku).reserved()).isEqualTo(4);

        assertThat(stock.release(reference, "closed unpaid")).isEqualTo(4);
        assertThat(stock.release(reference, "closed unpaid")).isZero();
        assertThat(stock.level(sku)).isEqualTo(new StockLevel(sku, 10, 0));

        String shipped = "it-ship:" + sku;
        stock.reserve(shipped, List.of(new StockRequest(sku, 3)));
        assertThat(stock.consume(shipped)).isEqualTo(3);
        assertThat(stock.consume(shipped)).isZero();
        assertThat(stock.level(sku)).isEqualTo(new StockLevel(sku, 7, 0));
        assertThat(stock.movements(sku, 10))
                .extracting(m -> m.kind())
                .containsExactly("CONSUME", "RESERVE", "RELEASE", "RESERVE", "RECEIPT");
        assertThat(stock.ledger(sku).balances()).isTrue();
    }

    /** What one buyer got: a reservation, or the message key of the refusal. */
    record Outcome(boolean reserved, String refusal) {}

    interface Buyer {
        void buy(int buyer);
    }

    /** Runs every buyer on a thread of its own, all released at the same moment. */
    static List<Outcome> concurrently(int buyers, Buyer action) throws Exception {
        return Concurrently.race(buyers, buyer -> {
            try {
                action.buy(buyer);
                return new Outcome(true, null);
            } catch (BusinessRuleViolation refused) {
                return new Outcome(false, refused.messageKey());
            }
        });
    }
}
