package org.emporium.order.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;
import org.junit.jupiter.api.Test;

class SalesOrderTest {

    static final OffsetDateTime PLACED = OffsetDateTime.of(2026, 11, 25, 16, 30, 0, 0, ZoneOffset.UTC);
    static final DeliveryAddress HOME =
            new DeliveryAddress("王小明", "138 0013 8000", "上海市", "上海市", "浦东新区", "世纪大道 100 号", "200120");

    static OrderLine.LineSnapshot sku(String code, String price) {
        return new OrderLine.LineSnapshot(
                1L,
                "oxford-shirt",
                code,
                "牛津纺衬衫",
                "Oxford Shirt",
                "白色 / M",
                "White / M",
                "颜色：白色",
                "Colour: White",
                Money.cny(price),
                null);
    }

    static SalesOrder order(ShippingMethod method, SalesOrder.Item... items) {
        return new SalesOrder(
                "visitor:v1",
                "token-1",
                "v1",
                List.of(items),
                HOME,
                method,
                null,
                PLACED,
                PLACED.plusMinutes(30),
                "visitor:v1");
    }

    @Test
    void the_payable_is_the_items_at_their_snapshot_prices_plus_the_shipping_fee_and_both_lines_are_kept() {
        SalesOrder order = order(
                ShippingMethod.STANDARD,
                new SalesOrder.Item(sku("A-1", "19.90"), 3),
                new SalesOrder.Item(sku("B-2", "9.50"), 1));

        assertThat(order.itemsTotal()).isEqualTo(Money.cny("69.20"));
        assertThat(order.shippingFee()).isEqualTo(Money.cny("10.00"));
        assertThat(order.payable()).isEqualTo(Money.cny("79.20"));
        assertThat(order.getAmounts())
                .extracting(AmountLine::getKind, AmountLine::getAmount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AmountKind.ITEMS, new BigDecimal("69.20")),
                        org.assertj.core.groups.Tuple.tuple(AmountKind.SHIPPING, new BigDecimal("10.00")));
        assertThat(order.getLines())
                .extracting(OrderLine::getLineTotal)
                .containsExactly(new BigDecimal("59.70"), new BigDecimal("9.50"));
    }

    @Test
    void standard_delivery_is_free_from_99_yuan_of_items_and_express_never_is() {
        assertThat(order(ShippingMethod.STANDARD, new SalesOrder.Item(sku("A-1", "99.00"), 1))
                        .payable())
                .isEqualTo(Money.cny("99.00"));
        assertThat(order(ShippingMethod.STANDARD, new SalesOrder.Item(sku("A-1", "98.99"), 1))
                        .payable())
                .isEqualTo(Money.cny("108.99"));
        assertThat(order(ShippingMethod.EXPRESS, new SalesOrder.Item(sku("A-1", "500.00"), 1))
                        .payable())
                .isEqualTo(Money.cny("522.00"));
    }

    @Test
    void the_amount_lines_always_sum_to_the_payable() {
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 500; i++) {
            BigDecimal price = BigDecimal.valueOf(random.nextInt(100_000) + 1, 2);
            int quantity = random.nextInt(10) + 1;
            ShippingMethod method = ShippingMethod.values()[random.nextInt(2)];
            SalesOrder order = order(method, new SalesOrder.Item(sku("A-1", price.toPlainString()), quantity));

            BigDecimal sum =
                    order.getAmounts().stream().map(AmountLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isEqualByComparingTo(order.getPayable());
            assertThat(order.getItemsTotal()).isEqualByComparingTo(price.multiply(BigDecimal.valueOf(quantity)));
        }
    }

    @Test
    void a_new_order_is_created_with_its_first_history_entry_and_moves_only_where_the_machine_allows() {
        SalesOrder order = order(ShippingMethod.STANDARD, new SalesOrder.Item(sku("A-1", "10.00"), 1));
        assertThat(order.getStatus()).isEqualTo(OrderStatus.CREATED);
        assertThat(order.getHistory()).singleElement().satisfies(c -> {
            assertThat(c.getFrom()).isNull();
            assertThat(c.getTo()).isEqualTo(OrderStatus.CREATED);
            assertThat(c.getActor()).isEqualTo("visitor:v1");
        });

        order.moveTo(OrderStatus.AWAITING_PAYMENT, "visitor:v1", "stock reserved", PLACED);
        order.moveTo(OrderStatus.PAID, "payment", "paid", PLACED.plusMinutes(2));

        assertThatThrownBy(() -> order.moveTo(OrderStatus.AWAITING_PAYMENT, "clerk", "oops", PLACED))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("order.status.notAllowed"));
        assertThatThrownBy(() -> order.moveTo(OrderStatus.CLOSED, "system", "unpaid", PLACED))
                .isInstanceOf(BusinessRuleViolation.class);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.PAID);
        assertThat(order.getHistory())
                .extracting(StatusChange::getTo)
                .containsExactly(OrderStatus.CREATED, OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID);
        assertThat(order.getHistory().get(2).getReason()).isEqualTo("paid");
    }

    @Test
    void a_shipped_order_cannot_go_back_to_paid_nor_be_cancelled_and_final_states_go_nowhere() {
        assertThat(OrderStatus.SHIPPED.canMoveTo(OrderStatus.PAID)).isFalse();
        assertThat(OrderStatus.SHIPPED.canMoveTo(OrderStatus.CANCELLED)).isFalse();
        for (OrderStatus end : EnumSet.of(OrderStatus.COMPLETED, OrderStatus.CANCELLED, OrderStatus.CLOSED)) {
            assertThat(end.isFinal()).isTrue();
            assertThat(end.next()).isEmpty();
        }
        assertThat(OrderStatus.AWAITING_PAYMENT.next())
                .containsExactlyInAnyOrder(OrderStatus.PAID, OrderStatus.CANCELLED, OrderStatus.CLOSED);
    }

    @Test
    void every_status_is_reachable_from_created_and_the_happy_path_ends_completed() {
        EnumSet<OrderStatus> reached = EnumSet.of(OrderStatus.CREATED);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (OrderStatus s : EnumSet.copyOf(reached)) {
                grew |= reached.addAll(s.next());
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(OrderStatus.values());

        SalesOrder order = order(ShippingMethod.STANDARD, new SalesOrder.Item(sku("A-1", "10.00"), 1));
        for (OrderStatus next : List.of(
                OrderStatus.AWAITING_PAYMENT,
                OrderStatus.PAID,
                OrderStatus.ALLOCATED,
                OrderStatus.SHIPPED,
                OrderStatus.DELIVERED,
                OrderStatus.COMPLETED)) {
            if (next == OrderStatus.SHIPPED) {
                order.shipWith(Carrier.ZTO, "731234567890");
            }
            order.moveTo(next, "clerk", null, PLACED);
        }
        assertThat(order.getStatus()).isEqualTo(OrderStatus.COMPLETED);
    }

    @Test
    void an_order_is_overdue_only_while_it_awaits_payment_past_its_deadline() {
        SalesOrder order = order(ShippingMethod.STANDARD, new SalesOrder.Item(sku("A-1", "10.00"), 1));
        order.moveTo(OrderStatus.AWAITING_PAYMENT, "v", null, PLACED);

        assertThat(order.isOverdue(PLACED.plusMinutes(29))).isFalse();
        assertThat(order.isOverdue(PLACED.plusMinutes(31))).isTrue();
        order.moveTo(OrderStatus.PAID, "payment", null, PLACED.plusMinutes(5));
        assertThat(order.isOverdue(PLACED.plusMinutes(31))).isFalse();
    }

    @Test
    void an_order_without_items_or_with_two_currencies_is_refused() {
        assertThatThrownBy(() -> order(ShippingMethod.STANDARD))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("order.empty"));
        OrderLine.LineSnapshot dollars = new OrderLine.LineSnapshot(
                2L,
                "x",
                "USD-1",
                "x",
                "x",
                "x",
                "x",
                null,
                null,
                Money.of("5.00", java.util.Currency.getInstance("USD")),
                null);
        assertThatThrownBy(() -> order(
                        ShippingMethod.STANDARD,
                        new SalesOrder.Item(sku("A-1", "10.00"), 1),
                        new SalesOrder.Item(dollars, 1)))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("order.currency.mixed"));
    }

    @Test
    void the_number_carries_the_shop_date_of_placement_and_the_id() throws Exception {
        SalesOrder order = order(ShippingMethod.STANDARD, new SalesOrder.Item(sku("A-1", "10.00"), 1));
        var id = SalesOrder.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(order, 1050L);

        // 16:30 UTC is 00:30 the next day in Shanghai
        assertThat(order.assignNumber()).isEqualTo("26112600001050");
    }

    @Test
    void the_arranged_shipping_fee_replaces_the_methods_default_and_the_choices_are_kept() {
        SalesOrder order = order(ShippingMethod.STANDARD, new SalesOrder.Item(sku("A-1", "50.00"), 1));
        order.arrange(new SalesOrder.Arrangement(
                "310115",
                4200,
                new java.math.BigDecimal("14.00"),
                1L,
                java.time.LocalDate.of(2026, 11, 26),
                null,
                PaymentMethod.CASH_ON_DELIVERY,
                new Invoice(Invoice.Kind.COMPANY, Invoice.Medium.PAPER, "某某有限公司", "91350100M000100Y43"),
                true));

        assertThat(order.getShippingFee()).isEqualByComparingTo("14.00");
        assertThat(order.getPayable()).isEqualByComparingTo("64.00");
        assertThat(order.getAmounts().stream()
                        .map(AmountLine::getAmount)
                        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                .isEqualByComparingTo(order.getPayable());
        assertThat(order.invoice().taxId()).isEqualTo("91350100M000100Y43");
        assertThat(order.isGift()).isTrue();
        assertThat(order.getPaymentMethod()).isEqualTo(PaymentMethod.CASH_ON_DELIVERY);
    }

    @Test
    void an_order_with_a_wrong_tax_id_is_not_arranged() {
        SalesOrder order = order(ShippingMethod.STANDARD, new SalesOrder.Item(sku("A-1", "50.00"), 1));
        assertThatThrownBy(() -> order.arrange(new SalesOrder.Arrangement(
                        "310115",
                        0,
                        java.math.BigDecimal.ZERO,
                        null,
                        null,
                        null,
                        PaymentMethod.ONLINE,
                        new Invoice(Invoice.Kind.COMPANY, null, "某某有限公司", "91350100M000100Y4X"),
                        false)))
                .hasMessageContaining("order.invoice.taxId");
    }
}
