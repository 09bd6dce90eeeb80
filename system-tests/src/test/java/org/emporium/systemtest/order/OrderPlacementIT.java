package org.emporium.systemtest.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.emporium.inventory.boundary.Stock;
import org.emporium.inventory.boundary.StockLevel;
import org.emporium.order.boundary.Orders;
import org.emporium.order.boundary.PlaceOrder;
import org.emporium.order.control.UnpaidOrderCloser;
import org.emporium.order.entity.AmountKind;
import org.emporium.order.entity.AmountLine;
import org.emporium.order.entity.DeliveryAddress;
import org.emporium.order.entity.OrderLine;
import org.emporium.order.entity.OrderStatus;
import org.emporium.order.entity.SalesOrder;
import org.emporium.order.entity.ShippingMethod;
import org.emporium.order.entity.StatusChange;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.systemtest.Concurrently;
import org.emporium.systemtest.Deployments;
import org.emporium.systemtest.inventory.AsWarehouseClerk;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Placing orders on PostgreSQL: a flash sale never oversells, a double submit makes one order, lines keep the
 * price of their moment, and an order left unpaid closes and gives its stock back. Each test puts a product of
 * its own on sale.
 */
@ExtendWith(ArquillianExtension.class)
class OrderPlacementIT {

    static final DeliveryAddress HOME =
            new DeliveryAddress("王小明", "13800138000", "上海市", "上海市", "浦东新区", "世纪大道 100 号", "200120");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(OrderPlacementIT.class, OrderFixture.class, AsWarehouseClerk.class);
    }

    @Inject
    Orders orders;

    @Inject
    Stock stock;

    @Inject
    UnpaidOrderCloser closer;

    @Inject
    OrderFixture fixture;

    @Inject
    AsWarehouseClerk clerk;

    String sku;

    @BeforeEach
    void aProductOnSale() {
        sku = "ORD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        fixture.productOnSale(sku, "49.90");
    }

    PlaceOrder order(String buyer, String token, int quantity) {
        return new PlaceOrder(
                buyer,
                token,
                null,
                List.of(new PlaceOrder.Item(sku, quantity)),
                HOME,
                ShippingMethod.STANDARD,
                null,
                null);
    }

    @Test
    void two_hundred_buyers_for_ten_in_stock_produce_exactly_ten_orders_and_the_log_balances() throws Exception {
        clerk.receive("SH-01", sku, 10);

        List<Object> outcomes = concurrently(200, buyer -> {
            try {
                return orders.place(order("visitor:buyer-" + buyer, "t-" + buyer, 1));
            } catch (BusinessRuleViolation refused) {
                return refused.messageKey();
            }
        });

        List<SalesOrder> placed = outcomes.stream()
                .filter(SalesOrder.class::isInstance)
                .map(SalesOrder.class::cast)
                .toList();
        assertThat(placed).hasSize(10);
        assertThat(placed).allSatisfy(o -> assertThat(o.getStatus()).isEqualTo(OrderStatus.AWAITING_PAYMENT));
        assertThat(placed.stream().map(SalesOrder::getNumber).collect(Collectors.toSet()))
                .hasSize(10);
        assertThat(outcomes.stream().filter(String.class::isInstance))
                .hasSize(190)
                .containsOnly("inventory.stock.insufficient");
        assertThat(stock.level(sku)).isEqualTo(new StockLevel(sku, 10, 10));
        assertThat(stock.ledger(sku).balances()).isTrue();
    }

    @Test
    void a_double_submit_and_a_retried_request_make_one_order() throws Exception {
        clerk.receive("SH-01", sku, 50);

        List<Object> outcomes = concurrently(8, attempt -> orders.place(order("visitor:double", "same-token", 2)));
        SalesOrder again = orders.place(order("visitor:double", "same-token", 2));

        Set<String> numbers =
                outcomes.stream().map(o -> ((SalesOrder) o).getNumber()).collect(Collectors.toSet());
        assertThat(numbers).containsExactly(again.getNumber());
        assertThat(orders.ordersOf("visitor:double", 10)).hasSize(1);
        assertThat(stock.level(sku).reserved()).isEqualTo(2);
    }

    @Test
    void an_order_keeps_the_name_and_price_it_was_placed_at_and_stores_its_amount_lines() {
        clerk.receive("SH-01", sku, 5);
        SalesOrder placed = orders.place(order("visitor:snap", "t-snap", 2));

        fixture.reprice(sku, "59.90");

        SalesOrder read = orders.order("visitor:snap", placed.getNumber()).orElseThrow();
        OrderLine line = read.getLines().get(0);
        assertThat(line.getSkuCode()).isEqualTo(sku);
        assertThat(line.getNameZh()).isEqualTo("测试锅 " + sku);
        assertThat(line.getSpecEn()).isEqualTo("20 cm");
        assertThat(line.getUnitPrice()).isEqualByComparingTo("49.90");
        assertThat(read.getAmounts())
                .extracting(AmountLine::getKind, AmountLine::getAmount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AmountKind.ITEMS, new BigDecimal("99.80")),
                        org.assertj.core.groups.Tuple.tuple(AmountKind.SHIPPING, new BigDecimal("0.00")));
        assertThat(read.getPayable()).isEqualByComparingTo("99.80");
        assertThat(orders.order("visitor:someone-else", placed.getNumber())).isEmpty();
    }

    @Test
    void a_total_that_changed_since_the_shopper_saw_it_is_refused_and_holds_no_stock() {
        clerk.receive("SH-01", sku, 5);
        fixture.reprice(sku, "59.90");

        assertThatThrownBy(() -> orders.place(new PlaceOrder(
                        "visitor:late",
                        "t-late",
                        null,
                        List.of(new PlaceOrder.Item(sku, 1)),
                        HOME,
                        ShippingMethod.STANDARD,
                        null,
                        new BigDecimal("59.90"))))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("order.payable.changed"));
        assertThat(stock.level(sku).reserved()).isZero();
        assertThat(orders.ordersOf("visitor:late", 10)).isEmpty();
    }

    @Test
    void an_order_left_unpaid_closes_after_its_time_and_gives_its_stock_back() {
        clerk.receive("SH-01", sku, 3);
        SalesOrder unpaid = orders.place(order("visitor:slow", "t-slow", 2));
        SalesOrder paid = orders.place(order("visitor:quick", "t-quick", 1));
        orders.paid(paid.getNumber(), "test-payment");
        assertThat(stock.level(sku).available()).isZero();

        OffsetDateTime in31Minutes = OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(31);
        assertThat(closer.closeOverdue(in31Minutes)).isGreaterThanOrEqualTo(1);
        assertThat(closer.closeOverdue(in31Minutes)).as("nothing left to close").isZero();

        SalesOrder closed = orders.order("visitor:slow", unpaid.getNumber()).orElseThrow();
        assertThat(closed.getStatus()).isEqualTo(OrderStatus.CLOSED);
        StatusChange last = closed.getHistory().get(closed.getHistory().size() - 1);
        assertThat(last.getFrom()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(last.getActor()).isEqualTo("system");
        assertThat(last.getReason()).startsWith("unpaid by");
        assertThat(orders.order("visitor:quick", paid.getNumber()).orElseThrow().getStatus())
                .isEqualTo(OrderStatus.PAID);
        assertThat(stock.level(sku)).isEqualTo(new StockLevel(sku, 3, 1));
        assertThat(stock.ledger(sku).balances()).isTrue();
    }

    @Test
    void a_shopper_cancels_an_unpaid_and_a_paid_order_and_their_stock_is_available_again_but_not_anothers() {
        clerk.receive("SH-01", sku, 4);
        SalesOrder first = orders.place(order("visitor:c", "t-c1", 2));
        SalesOrder second = orders.place(order("visitor:c", "t-c2", 2));
        orders.paid(second.getNumber(), "test-payment");

        SalesOrder cancelled = orders.cancel("visitor:c", first.getNumber(), "changed my mind");

        assertThat(cancelled.getStatus()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(stock.level(sku).available()).isEqualTo(2);
        assertThatThrownBy(() -> orders.cancel("visitor:intruder", second.getNumber(), null))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("order.unknown"));
        assertThat(orders.cancel("visitor:c", second.getNumber(), null).getStatus())
                .isEqualTo(OrderStatus.CANCELLED);
        assertThat(stock.level(sku).available()).isEqualTo(4);
        assertThat(orders.order("visitor:c", first.getNumber()).orElseThrow().getHistory())
                .extracting(StatusChange::getTo)
                .containsExactly(OrderStatus.CREATED, OrderStatus.AWAITING_PAYMENT, OrderStatus.CANCELLED);
    }

    /** Races the attempts (see {@link Concurrently#race}); what each got. */
    static List<Object> concurrently(int count, Concurrently.Attempt<Object> attempt) throws Exception {
        return Concurrently.race(count, attempt);
    }
}
