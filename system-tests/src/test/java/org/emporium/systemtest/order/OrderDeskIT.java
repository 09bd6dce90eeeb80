package org.emporium.systemtest.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.emporium.inventory.boundary.Stock;
import org.emporium.inventory.boundary.StockLevel;
import org.emporium.order.boundary.OrderDesk;
import org.emporium.order.boundary.OrderFilter;
import org.emporium.order.boundary.Orders;
import org.emporium.order.boundary.PlaceOrder;
import org.emporium.order.entity.Carrier;
import org.emporium.order.entity.DeliveryAddress;
import org.emporium.order.entity.OrderStatus;
import org.emporium.order.entity.SalesOrder;
import org.emporium.order.entity.ShippingMethod;
import org.emporium.order.entity.StatusChange;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.systemtest.Deployments;
import org.emporium.systemtest.inventory.AsWarehouseClerk;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The order clerks' desk on PostgreSQL: finding orders by status, number, recipient, phone and day; moving a
 * paid order through allocation to shipping, which takes its units out of the warehouse; and who may do it.
 */
@ExtendWith(ArquillianExtension.class)
class OrderDeskIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(
                OrderDeskIT.class, OrderFixture.class, AsWarehouseClerk.class, AsOrderClerk.class);
    }

    @Inject
    Orders orders;

    @Inject
    OrderDesk desk;

    @Inject
    Stock stock;

    @Inject
    OrderFixture fixture;

    @Inject
    AsWarehouseClerk warehouse;

    @Inject
    AsOrderClerk clerk;

    String sku;
    String recipient;

    @BeforeEach
    void aProductInStock() {
        String id = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        sku = "DESK-" + id;
        recipient = "李" + id;
        fixture.productOnSale(sku, "30.00");
        warehouse.receive("SH-01", sku, 10);
    }

    SalesOrder place(String buyer, String phone, int quantity) {
        return orders.place(new PlaceOrder(
                buyer,
                "t-" + UUID.randomUUID(),
                null,
                List.of(new PlaceOrder.Item(sku, quantity)),
                new DeliveryAddress(recipient, phone, "北京市", "北京市", "朝阳区", "建国路 1 号", "100022"),
                ShippingMethod.STANDARD,
                null,
                null));
    }

    @Test
    void staff_find_orders_by_status_number_recipient_phone_and_day() {
        SalesOrder waiting = place("visitor:desk-a", "13912345678", 1);
        SalesOrder paid = place("visitor:desk-b", "13987654321", 2);
        orders.paid(paid.getNumber(), "test-payment");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        assertThat(clerk.numbers(new OrderFilter(null, recipient, null, null)))
                .as("newest first")
                .containsExactly(paid.getNumber(), waiting.getNumber());
        assertThat(clerk.count(new OrderFilter(null, recipient, null, null))).isEqualTo(2);
        assertThat(clerk.numbers(new OrderFilter(OrderStatus.PAID, recipient, null, null)))
                .containsExactly(paid.getNumber());
        assertThat(clerk.numbers(new OrderFilter(null, waiting.getNumber(), null, null)))
                .containsExactly(waiting.getNumber());
        assertThat(clerk.numbers(new OrderFilter(null, "139 8765-4321", null, null)))
                .containsExactly(paid.getNumber());
        assertThat(clerk.numbers(new OrderFilter(null, recipient, today, today)))
                .hasSize(2);
        assertThat(clerk.numbers(new OrderFilter(null, recipient, null, today.minusDays(1))))
                .isEmpty();
        assertThat(clerk.numbers(new OrderFilter(null, "%", null, null)))
                .as("a wildcard typed by staff is a character, not 'everything'")
                .doesNotContain(paid.getNumber());
    }

    @Test
    void a_paid_order_moved_through_allocation_to_shipping_leaves_the_warehouse_with_its_units() {
        SalesOrder order = place("visitor:desk-ship", "13912345678", 3);
        orders.paid(order.getNumber(), "test-payment");

        clerk.move(order.getNumber(), OrderStatus.ALLOCATED, "picked in aisle 4");
        assertThatThrownBy(() -> clerk.move(order.getNumber(), OrderStatus.SHIPPED, "no waybill"))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("order.ship.trackingNeeded"));
        assertThatThrownBy(() -> clerk.ship(order.getNumber(), Carrier.SF, "YT1234567890123", null))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("order.tracking.format"));
        assertThat(clerk.order(order.getNumber()).getStatus()).isEqualTo(OrderStatus.ALLOCATED);
        assertThat(clerk.order(order.getNumber()).getCarrier()).isNull();
        SalesOrder shipped = clerk.ship(order.getNumber(), Carrier.SF, "sf 1234 5678 90123", "SF1234567890");

        assertThat(shipped.getStatus()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(shipped.getCarrier()).isEqualTo(Carrier.SF);
        assertThat(shipped.getTrackingNumber()).isEqualTo("SF1234567890123");
        assertThat(stock.level(sku)).isEqualTo(new StockLevel(sku, 7, 0));
        assertThat(stock.ledger(sku).balances()).isTrue();
        List<StatusChange> history = clerk.order(order.getNumber()).getHistory();
        assertThat(history)
                .extracting(StatusChange::getTo)
                .containsExactly(
                        OrderStatus.CREATED,
                        OrderStatus.AWAITING_PAYMENT,
                        OrderStatus.PAID,
                        OrderStatus.ALLOCATED,
                        OrderStatus.SHIPPED);
        assertThat(history.get(4).getReason()).isEqualTo("SF1234567890");
        assertThat(stock.movements(sku, 1).get(0).kind()).isEqualTo("CONSUME");
    }

    @Test
    void a_move_the_state_machine_forbids_or_a_reason_too_long_changes_nothing() {
        SalesOrder order = place("visitor:desk-bad", "13912345678", 1);

        assertThatThrownBy(() -> clerk.move(order.getNumber(), OrderStatus.SHIPPED, "too early"))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("order.status.notAllowed"));
        assertThatThrownBy(() -> clerk.move(order.getNumber(), OrderStatus.CANCELLED, "x".repeat(201)))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("order.reason.size"));
        assertThat(clerk.order(order.getNumber()).getStatus()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(stock.level(sku).reserved()).isEqualTo(1);

        clerk.move(order.getNumber(), OrderStatus.CANCELLED, "buyer phoned");
        assertThat(stock.level(sku)).isEqualTo(new StockLevel(sku, 10, 0));
    }

    @Test
    void someone_without_the_order_clerk_role_can_neither_list_nor_move_orders() {
        SalesOrder order = place("visitor:desk-anon", "13912345678", 1);

        assertThatThrownBy(() -> desk.count(OrderFilter.ALL)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> orders.move(order.getNumber(), OrderStatus.CANCELLED, "not mine"))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void the_warehouse_receives_only_skus_the_catalogue_knows() {
        assertThatThrownBy(() -> warehouse.receiveUncatalogued("SH-01", "NO-SUCH-" + sku, 5))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("inventory.sku.unknown"));
    }
}
