package org.emporium.payment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.emporium.payment.entity.FeeBearer;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

/** Instalment fees to the fen, and instalments that always add up to what the shopper is charged. */
class InstalmentPlansTest {

    static final InstalmentPlans.Terms TERMS = InstalmentPlans.Terms.parse(
            "12:0.075, 3:0.023,6:0.045:SHOP", "SHOPPER", new BigDecimal("100.00"), new BigDecimal("50000.00"));

    @Test
    void the_fee_is_the_amount_times_the_rate_rounded_half_up_to_the_fen() {
        assertThat(InstalmentPlans.fee(new BigDecimal("333.33"), new BigDecimal("0.023")))
                .isEqualByComparingTo("7.67"); // 7.66659
        assertThat(InstalmentPlans.fee(new BigDecimal("100.01"), new BigDecimal("0.045")))
                .isEqualByComparingTo("4.50"); // 4.50045
        assertThat(InstalmentPlans.fee(new BigDecimal("100.10"), new BigDecimal("0.045")))
                .isEqualByComparingTo("4.50"); // 4.5045
        assertThat(InstalmentPlans.fee(new BigDecimal("111.00"), new BigDecimal("0.045")))
                .isEqualByComparingTo("5.00"); // 4.995: half up
        assertThat(InstalmentPlans.fee(new BigDecimal("199.90"), new BigDecimal("0")))
                .isEqualByComparingTo("0.00");
    }

    @Test
    void a_shopper_bearing_the_fee_is_charged_amount_plus_fee_spread_over_the_months_first_month_taking_the_odd_fen() {
        InstalmentPlans.Quote quote = TERMS.quote(new BigDecimal("1000.00"), 3);

        assertThat(quote.bearer()).isEqualTo(FeeBearer.SHOPPER);
        assertThat(quote.fee()).isEqualByComparingTo("23.00");
        assertThat(quote.charged()).isEqualByComparingTo("1023.00");
        assertThat(quote.instalments())
                .containsExactly(new BigDecimal("341.00"), new BigDecimal("341.00"), new BigDecimal("341.00"));
        assertThat(quote.shopReceives()).isEqualByComparingTo("1000.00");

        InstalmentPlans.Quote twelve = TERMS.quote(new BigDecimal("1000.00"), 12);
        assertThat(twelve.charged()).isEqualByComparingTo("1075.00");
        assertThat(twelve.instalments().get(0)).isEqualByComparingTo("89.62");
        assertThat(twelve.instalments().subList(1, 12)).containsOnly(new BigDecimal("89.58"));
    }

    @Test
    void when_the_shop_bears_the_fee_the_shopper_pays_the_price_and_the_shop_receives_it_less_the_fee() {
        InstalmentPlans.Quote quote = TERMS.quote(new BigDecimal("1234.56"), 6);

        assertThat(quote.bearer()).isEqualTo(FeeBearer.SHOP);
        assertThat(quote.fee()).isEqualByComparingTo("55.56"); // 55.5552
        assertThat(quote.charged()).isEqualByComparingTo("1234.56");
        assertThat(quote.shopReceives()).isEqualByComparingTo("1179.00");
        assertThat(quote.instalments().get(0)).isEqualByComparingTo("205.76");
        assertThat(quote.instalments().subList(1, 6)).containsOnly(new BigDecimal("205.76"));
        assertThat(quote.ratePercent()).isEqualByComparingTo("4.5");
    }

    @Test
    void for_any_amount_and_plan_the_instalments_sum_to_the_charge_and_differ_by_less_than_the_months_in_fen() {
        Random random = new Random(7);
        for (int i = 0; i < 5000; i++) {
            BigDecimal amount = BigDecimal.valueOf(10_000 + random.nextInt(4_990_000), 2);
            for (InstalmentPlans.Plan plan : TERMS.plans()) {
                InstalmentPlans.Quote q = InstalmentPlans.quote(amount, plan);
                BigDecimal sum = q.instalments().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(sum).as("%s over %d", amount, plan.months()).isEqualByComparingTo(q.charged());
                assertThat(q.instalments()).hasSize(plan.months()).allMatch(x -> x.scale() == 2);
                BigDecimal spread =
                        q.instalments().get(0).subtract(q.instalments().get(plan.months() - 1));
                assertThat(spread.movePointRight(2).longValueExact()).isBetween(0L, (long) plan.months() - 1);
                assertThat(q.charged().subtract(q.principal()))
                        .isEqualByComparingTo(plan.bearer() == FeeBearer.SHOPPER ? q.fee() : BigDecimal.ZERO);
            }
        }
    }

    @Test
    void plans_are_offered_fewest_months_first_and_only_between_the_smallest_and_largest_amount_inclusive() {
        assertThat(TERMS.quotes(new BigDecimal("100.00")))
                .extracting(InstalmentPlans.Quote::months)
                .containsExactly(3, 6, 12);
        assertThat(TERMS.quotes(new BigDecimal("50000.00"))).hasSize(3);
        assertThat(TERMS.quotes(new BigDecimal("99.99"))).isEmpty();
        assertThat(TERMS.quotes(new BigDecimal("50000.01"))).isEmpty();
    }

    @Test
    void an_amount_outside_the_range_or_a_plan_not_offered_is_refused_with_its_reason() {
        assertThatThrownBy(() -> TERMS.quote(new BigDecimal("30.00"), 3))
                .isInstanceOf(BusinessRuleViolation.class)
                .extracting(e -> ((BusinessRuleViolation) e).messageKey())
                .isEqualTo("payment.instalment.amount");
        assertThatThrownBy(() -> TERMS.quote(new BigDecimal("300.00"), 24))
                .isInstanceOf(BusinessRuleViolation.class)
                .extracting(e -> ((BusinessRuleViolation) e).messageKey())
                .isEqualTo("payment.instalment.plan");
    }

    @Test
    void a_badly_written_plan_list_is_refused_at_start() {
        assertThatThrownBy(() -> InstalmentPlans.Terms.parse("3", "SHOPPER", BigDecimal.ONE, BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InstalmentPlans.Terms.parse("1:0.01", "SHOPPER", BigDecimal.ONE, BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InstalmentPlans.Terms.parse("3:0.01", "NOBODY", BigDecimal.ONE, BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(InstalmentPlans.spread(new BigDecimal("0.02"), 3))
                .isEqualTo(List.of(new BigDecimal("0.02"), new BigDecimal("0.00"), new BigDecimal("0.00")));
    }
}
