package org.emporium.payment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.emporium.payment.entity.Payment;
import org.emporium.payment.entity.Tender;
import org.emporium.payment.entity.TenderMethod;
import org.emporium.payment.entity.TenderStatus;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;
import org.junit.jupiter.api.Test;

class RefundPlanTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-05T10:00:00Z");

    /** Paid 20.00 by gift card, then 500 points (5.00), then 25.00 by Alipay. */
    static Payment paid() {
        Payment payment = new Payment("26120500001050", "guest:x", new Money(new BigDecimal("50.00"), Money.CNY), NOW);
        payment.addTender(TenderMethod.GIFT_CARD, money("20.00"), null, 1L, NOW);
        payment.addTender(TenderMethod.POINTS, money("5.00"), 500L, null, NOW);
        payment.addTender(TenderMethod.ALIPAY, money("25.00"), null, null, NOW);
        payment.getTenders().forEach(t -> t.moveTo(TenderStatus.CAPTURED, NOW));
        return payment;
    }

    static Money money(String amount) {
        return new Money(new BigDecimal(amount), Money.CNY);
    }

    static final List<RefundPlan.PaidLine> LINES = List.of(
            new RefundPlan.PaidLine(1L, "pot × 1", new BigDecimal("30.00"), BigDecimal.ZERO),
            new RefundPlan.PaidLine(2L, "cup × 2", new BigDecimal("10.00"), new BigDecimal("4.00")),
            new RefundPlan.PaidLine(null, "shipping", new BigDecimal("10.00"), BigDecimal.ZERO));

    @Test
    void the_gateway_part_goes_back_first_then_the_internal_tenders_in_reverse_order() {
        List<Tender> tenders = paid().getTenders();

        List<RefundPlan.Part> parts = RefundPlan.split(tenders, new BigDecimal("32.00"));

        assertThat(parts)
                .extracting(p -> p.tender().getMethod() + " " + p.amount() + " " + p.points())
                .containsExactly("ALIPAY 25.00 0", "POINTS 5.00 500", "GIFT_CARD 2.00 0");
    }

    @Test
    void a_later_refund_takes_up_where_the_earlier_one_left_each_tender() {
        List<Tender> tenders = paid().getTenders();
        for (RefundPlan.Part part : RefundPlan.split(tenders, new BigDecimal("27.00"))) {
            part.tender().giveBack(part.amount(), part.points());
        }

        List<RefundPlan.Part> parts = RefundPlan.split(tenders, new BigDecimal("4.00"));

        assertThat(parts)
                .extracting(p -> p.tender().getMethod() + " " + p.amount() + " " + p.points())
                .containsExactly("POINTS 3.00 300", "GIFT_CARD 1.00 0");
    }

    @Test
    void more_than_is_left_of_the_payment_is_refused() {
        assertThatThrownBy(() -> RefundPlan.split(paid().getTenders(), new BigDecimal("50.01")))
                .isInstanceOf(BusinessRuleViolation.class)
                .extracting(e -> ((BusinessRuleViolation) e).messageKey())
                .isEqualTo("payment.refund.exceedsPaid");
    }

    @Test
    void a_line_gives_back_at_most_what_it_paid_less_what_came_back_before() {
        assertThat(RefundPlan.lines(LINES, List.of(new RefundPlan.Ask(2L, null))))
                .containsExactly(new RefundPlan.LineRefund(2L, "cup × 2", new BigDecimal("6.00")));
        assertThatThrownBy(() -> RefundPlan.lines(LINES, List.of(new RefundPlan.Ask(2L, new BigDecimal("6.01")))))
                .isInstanceOf(BusinessRuleViolation.class)
                .extracting(e -> ((BusinessRuleViolation) e).messageKey())
                .isEqualTo("payment.refund.lineExceeded");
        assertThatThrownBy(() -> RefundPlan.lines(
                        LINES,
                        List.of(
                                new RefundPlan.Ask(1L, new BigDecimal("20.00")),
                                new RefundPlan.Ask(1L, new BigDecimal("10.01")))))
                .as("two asks for one line add up")
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void lines_of_another_order_nothing_at_all_and_amounts_below_a_cent_are_refused() {
        assertThatThrownBy(() -> RefundPlan.lines(LINES, List.of(new RefundPlan.Ask(9L, null))))
                .isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> RefundPlan.lines(LINES, List.of())).isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> RefundPlan.lines(LINES, List.of(new RefundPlan.Ask(1L, BigDecimal.ZERO))))
                .isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> RefundPlan.lines(LINES, List.of(new RefundPlan.Ask(1L, new BigDecimal("1.005")))))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void points_given_back_in_parts_add_up_to_the_points_paid() {
        Payment payment = new Payment("26120500001051", "guest:x", money("1.00"), NOW);
        Tender points = payment.addTender(TenderMethod.POINTS, money("1.00"), 7L, null, NOW);
        points.moveTo(TenderStatus.CAPTURED, NOW);
        long back = 0;
        for (String part : List.of("0.33", "0.33", "0.34")) {
            long count = points.pointsFor(new BigDecimal(part));
            points.giveBack(new BigDecimal(part), count);
            back += count;
        }
        assertThat(back).isEqualTo(7);
        assertThat(points.fullyGivenBack()).isTrue();
    }
}
