package org.emporium.payment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.emporium.platform.money.Money;
import org.junit.jupiter.api.Test;

class PointsPolicyTest {

    final PointsPolicy policy = new PointsPolicy(1, 100, Duration.ofDays(365));

    @Test
    void a_point_is_earned_per_whole_yuan_paid() {
        assertThat(policy.earnedFor(Money.cny("99.99"))).isEqualTo(99);
        assertThat(policy.earnedFor(Money.cny("0.99"))).isZero();
        assertThat(new PointsPolicy(2, 100, Duration.ofDays(1)).earnedFor(Money.cny("10.00")))
                .isEqualTo(20);
    }

    @Test
    void a_hundred_points_pay_a_yuan_and_spending_never_gives_a_cent_away() {
        assertThat(policy.value(250, Money.CNY)).isEqualTo(Money.cny("2.50"));
        assertThat(policy.pointsFor(Money.cny("2.50"))).isEqualTo(250);

        PointsPolicy tens = new PointsPolicy(1, 10, Duration.ofDays(1));
        assertThat(tens.value(15, Money.CNY)).isEqualTo(Money.cny("1.50"));
        assertThat(tens.value(1, Money.CNY)).isEqualTo(Money.cny("0.10"));
        assertThat(tens.pointsFor(Money.cny("0.15"))).isEqualTo(2);
    }

    @Test
    void the_points_of_any_value_pay_at_most_what_they_are_worth() {
        PointsPolicy odd = new PointsPolicy(1, 7, Duration.ofDays(1));
        for (long points = 0; points < 500; points++) {
            Money value = odd.value(points, Money.CNY);
            assertThat(odd.pointsFor(value)).isLessThanOrEqualTo(points);
        }
    }

    @Test
    void earned_points_expire_after_their_validity() {
        OffsetDateTime earned = OffsetDateTime.parse("2026-01-31T10:00:00+08:00");
        assertThat(policy.expiryOf(earned)).isEqualTo(OffsetDateTime.parse("2027-01-31T10:00:00+08:00"));
    }

    @Test
    void rules_without_a_spend_ratio_are_refused() {
        assertThatThrownBy(() -> new PointsPolicy(1, 0, Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
