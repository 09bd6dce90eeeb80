package org.emporium.payment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.emporium.payment.control.TenderPlan.Offer;
import org.emporium.payment.control.TenderPlan.Part;
import org.emporium.payment.entity.TenderMethod;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;
import org.junit.jupiter.api.Test;

class TenderPlanTest {

    static Money cny(String amount) {
        return Money.cny(amount);
    }

    @Test
    void gift_card_then_points_then_alipay_each_take_what_they_can_in_the_shoppers_order() {
        List<Part> parts = TenderPlan.split(
                cny("300.00"),
                List.of(
                        new Offer(TenderMethod.GIFT_CARD, "CARD", cny("100.00"), null),
                        new Offer(TenderMethod.POINTS, null, cny("25.50"), null),
                        new Offer(TenderMethod.ALIPAY, null, null, null)));

        assertThat(parts)
                .containsExactly(
                        new Part(TenderMethod.GIFT_CARD, "CARD", cny("100.00")),
                        new Part(TenderMethod.POINTS, null, cny("25.50")),
                        new Part(TenderMethod.ALIPAY, null, cny("174.50")));
    }

    @Test
    void an_internal_tender_that_covers_everything_leaves_nothing_for_the_ones_after_it() {
        List<Part> parts = TenderPlan.split(
                cny("30.00"),
                List.of(
                        new Offer(TenderMethod.BALANCE, null, cny("500.00"), null),
                        new Offer(TenderMethod.POINTS, null, cny("9.00"), null),
                        new Offer(TenderMethod.ALIPAY, null, null, null)));

        assertThat(parts).containsExactly(new Part(TenderMethod.BALANCE, null, cny("30.00")));
    }

    @Test
    void the_shoppers_limit_caps_a_tender() {
        List<Part> parts = TenderPlan.split(
                cny("50.00"),
                List.of(
                        new Offer(TenderMethod.BALANCE, null, cny("500.00"), cny("20.00")),
                        new Offer(TenderMethod.ALIPAY, null, null, null)));

        assertThat(parts)
                .containsExactly(
                        new Part(TenderMethod.BALANCE, null, cny("20.00")),
                        new Part(TenderMethod.ALIPAY, null, cny("30.00")));
    }

    @Test
    void an_empty_account_is_left_out() {
        List<Part> parts = TenderPlan.split(
                cny("50.00"),
                List.of(
                        new Offer(TenderMethod.POINTS, null, cny("0.00"), null),
                        new Offer(TenderMethod.ALIPAY, null, null, null)));

        assertThat(parts).containsExactly(new Part(TenderMethod.ALIPAY, null, cny("50.00")));
    }

    @Test
    void internal_tenders_short_of_the_payable_without_a_gateway_are_refused_with_what_is_missing() {
        assertThatThrownBy(() -> TenderPlan.split(
                        cny("50.00"), List.of(new Offer(TenderMethod.BALANCE, null, cny("49.99"), null))))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("payment.tenders.short");
                    assertThat(e.arguments()).containsExactly("0.01");
                });
    }

    @Test
    void a_gateway_must_come_last() {
        assertThatThrownBy(() -> TenderPlan.split(
                        cny("50.00"),
                        List.of(
                                new Offer(TenderMethod.ALIPAY, null, null, null),
                                new Offer(TenderMethod.BALANCE, null, cny("10.00"), null))))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("payment.tenders.externalLast"));
    }

    @Test
    void one_gateway_pays_the_rest_not_two() {
        assertThatThrownBy(() -> TenderPlan.split(
                        cny("50.00"),
                        List.of(
                                new Offer(TenderMethod.ALIPAY, null, null, null),
                                new Offer(TenderMethod.WECHAT, null, null, null))))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("payment.tenders.oneGateway"));
        assertThat(TenderPlan.split(cny("50.00"), List.of(new Offer(TenderMethod.WECHAT, null, null, null))))
                .containsExactly(new Part(TenderMethod.WECHAT, null, cny("50.00")));
    }

    @Test
    void no_tender_is_refused() {
        assertThatThrownBy(() -> TenderPlan.split(cny("1.00"), List.of()))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("payment.tenders.none"));
    }
}
