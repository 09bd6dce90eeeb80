package org.emporium.payment.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import org.emporium.payment.entity.Account;
import org.emporium.payment.entity.PointsLot;
import org.junit.jupiter.api.Test;

/**
 * Taking back the points a refunded order earned: in proportion to the money refunded, rounded in the shopper's
 * favour, all of them once all the money is back, the same however the refund is cut; from the order's own lot
 * first; what was already spent owed, and paid off by the next points earned.
 */
class PointsClawbackTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-06T02:00:00Z");

    @Test
    void a_partial_refund_takes_back_its_share_rounded_down() {
        // 27 points earned on 27.00 of money; 17.00 of it refunded
        assertThat(PointsClawback.due(27, 0, money("27.00"), money("17.00"))).isEqualTo(17);
        // 35 points on 35.99; 10.00 back: 9.72... points, the shopper keeps the fraction
        assertThat(PointsClawback.due(35, 0, money("35.99"), money("10.00"))).isEqualTo(9);
    }

    @Test
    void the_whole_money_back_takes_back_every_point_whatever_was_taken_before() {
        long first = PointsClawback.due(35, 0, money("35.99"), money("10.00"));
        long second = PointsClawback.due(35, first, money("35.99"), money("35.99"));

        assertThat(first + second).isEqualTo(35);
    }

    @Test
    void two_partial_refunds_take_back_what_one_whole_one_would() {
        long one = PointsClawback.due(100, 0, money("99.99"), money("60.00"));
        long a = PointsClawback.due(100, 0, money("99.99"), money("25.00"));
        long b = PointsClawback.due(100, a, money("99.99"), money("60.00"));

        assertThat(a + b).isEqualTo(one).isEqualTo(60);
    }

    @Test
    void a_refund_of_points_only_or_an_order_that_earned_nothing_takes_nothing() {
        assertThat(PointsClawback.due(27, 0, money("27.00"), money("0.00"))).isZero();
        assertThat(PointsClawback.due(0, 0, money("0.00"), money("5.00"))).isZero();
        assertThat(PointsClawback.due(27, 27, money("27.00"), money("27.00"))).isZero();
    }

    @Test
    void points_come_from_the_orders_own_lot_first_then_the_soonest_to_expire() {
        PointsLot older = lot(50, 30);
        PointsLot orders = lot(40, 300);
        orders.take(15); // spent some of what the order earned

        PointsClawback.Taking taking = PointsClawback.take(40, orders, List.of(older, orders), 75);

        assertThat(taking.fromLots()).isEqualTo(40);
        assertThat(taking.owed()).isZero();
        assertThat(orders.getRemaining()).isZero();
        assertThat(older.getRemaining()).isEqualTo(35);
    }

    @Test
    void what_was_spent_is_owed_and_held_points_stay_held() {
        PointsLot orders = lot(40, 300);
        orders.take(30);
        PointsLot other = lot(20, 100);
        Account account = new Account("customer:9", Currency.getInstance("CNY"));
        account.addPoints(30); // 10 left in the order's lot, 20 in the other
        account.holdPoints(20); // being spent on another order right now

        PointsClawback.Taking taking =
                PointsClawback.take(40, orders, List.of(other, orders), account.availablePoints());
        account.removePoints(taking.fromLots());
        account.owePoints(taking.owed());

        assertThat(taking.fromLots()).isEqualTo(10);
        assertThat(taking.owed()).isEqualTo(30);
        assertThat(taking.total()).isEqualTo(40);
        assertThat(account.availablePoints()).isZero();
        assertThat(account.getPointsHeld()).isEqualTo(20);
        assertThat(account.getPointsDebt()).isEqualTo(30);
        assertThat(other.getRemaining()).as("the held points' lot").isEqualTo(20);
    }

    @Test
    void points_earned_later_pay_off_the_debt_first() {
        Account account = new Account("customer:9", Currency.getInstance("CNY"));
        account.owePoints(30);

        assertThat(account.settleDebt(12)).isEqualTo(12);
        assertThat(account.getPointsDebt()).isEqualTo(18);
        assertThat(account.settleDebt(50)).isEqualTo(18);
        assertThat(account.getPointsDebt()).isZero();
        assertThat(account.settleDebt(5)).isZero();
    }

    private static PointsLot lot(long points, int daysLeft) {
        return new PointsLot(1L, points, "test", NOW.minusDays(1), NOW.plusDays(daysLeft));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
