package org.emporium.order.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.emporium.order.entity.SalesOrderTest.order;
import static org.emporium.order.entity.SalesOrderTest.sku;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.emporium.platform.money.Money;
import org.junit.jupiter.api.Test;

class OrderPromotionsTest {

    @Test
    void each_campaign_becomes_a_negative_promotion_line_and_the_amount_lines_still_sum_to_the_payable() {
        SalesOrder order = order(
                ShippingMethod.EXPRESS,
                new SalesOrder.Item(sku("A-1", "150.00"), 2),
                new SalesOrder.Item(sku("B-2", "100.00"), 1));

        order.applyPromotions(
                Map.of("A-1", new BigDecimal("30.00"), "B-2", new BigDecimal("10.00")),
                List.of(
                        new SalesOrder.Discount(7, "满400减40", "40 off 400", new BigDecimal("40.00")),
                        new SalesOrder.Discount(8, "包邮", "Free delivery", new BigDecimal("22.00"))),
                List.of(new SalesOrder.Item(sku("GIFT", "25.00"), 1)));

        assertThat(order.payable()).isEqualTo(Money.cny("360.00")); // 400 + 22 - 40 - 22
        assertThat(order.discount()).isEqualTo(Money.cny("62.00"));
        assertThat(order.getAmounts().stream().map(AmountLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(order.getPayable());
        assertThat(order.getAmounts())
                .filteredOn(a -> a.getKind() == AmountKind.PROMOTION)
                .extracting(AmountLine::getCampaignId, AmountLine::getAmount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(7L, new BigDecimal("-40.00")),
                        org.assertj.core.groups.Tuple.tuple(8L, new BigDecimal("-22.00")));
        assertThat(order.getLines())
                .extracting(OrderLine::getNetTotal)
                .containsExactly(new BigDecimal("270.00"), new BigDecimal("90.00"), new BigDecimal("0.00"));
        assertThat(order.getLines().get(2).isGift()).isTrue();
        assertThat(order.getLines().get(2).getLineTotal()).isEqualByComparingTo("0");
    }

    @Test
    void a_line_cannot_be_discounted_below_zero() {
        SalesOrder order = order(ShippingMethod.STANDARD, new SalesOrder.Item(sku("A-1", "10.00"), 1));

        assertThatThrownBy(() -> order.applyPromotions(
                        Map.of("A-1", new BigDecimal("10.01")),
                        List.of(new SalesOrder.Discount(1, "x", "x", new BigDecimal("10.01"))),
                        List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void promotions_are_applied_once() {
        SalesOrder order = order(ShippingMethod.STANDARD, new SalesOrder.Item(sku("A-1", "100.00"), 1));
        order.applyPromotions(
                Map.of("A-1", new BigDecimal("5.00")),
                List.of(new SalesOrder.Discount(1, "x", "x", new BigDecimal("5.00"))),
                List.of());

        assertThatThrownBy(() -> order.applyPromotions(
                        Map.of(), List.of(new SalesOrder.Discount(1, "x", "x", new BigDecimal("5.00"))), List.of()))
                .isInstanceOf(IllegalStateException.class);
    }
}
