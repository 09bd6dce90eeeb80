package org.emporium.payment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;
import org.junit.jupiter.api.Test;

class AccountTest {

    Account funded(String amount) {
        Account account = new Account("guest:a", Money.CNY);
        account.credit(Money.cny(amount));
        return account;
    }

    @Test
    void held_money_is_not_available_and_goes_back_when_released() {
        Account account = funded("100.00");

        account.holdBalance(Money.cny("60.00"));
        assertThat(account.availableBalance()).isEqualTo(Money.cny("40.00"));
        account.releaseBalance(Money.cny("60.00"));

        assertThat(account.availableBalance()).isEqualTo(Money.cny("100.00"));
        assertThat(account.getBalance()).isEqualByComparingTo("100.00");
    }

    @Test
    void captured_money_leaves_the_account() {
        Account account = funded("100.00");
        account.holdBalance(Money.cny("60.00"));

        account.captureBalance(Money.cny("60.00"));

        assertThat(account.getBalance()).isEqualByComparingTo("40.00");
        assertThat(account.getBalanceHeld()).isEqualByComparingTo("0.00");
    }

    @Test
    void holding_more_than_is_available_is_refused_with_both_amounts() {
        Account account = funded("100.00");
        account.holdBalance(Money.cny("70.00"));

        assertThatThrownBy(() -> account.holdBalance(Money.cny("30.01")))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("payment.balance.insufficient");
                    assertThat(e.arguments()).containsExactly("30.00", "30.01");
                });
        assertThat(account.getBalanceHeld()).isEqualByComparingTo("70.00");
    }

    @Test
    void only_held_money_can_be_released_or_captured() {
        Account account = funded("100.00");
        account.holdBalance(Money.cny("10.00"));

        assertThatThrownBy(() -> account.releaseBalance(Money.cny("10.01"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> account.captureBalance(Money.cny("20.00"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void points_are_held_spent_and_refused_beyond_what_is_available() {
        Account account = new Account("guest:a", Money.CNY);
        account.addPoints(500);

        account.holdPoints(300);
        assertThatThrownBy(() -> account.holdPoints(201))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("payment.points.insufficient"));
        account.capturePoints(300);

        assertThat(account.getPoints()).isEqualTo(200);
        assertThat(account.availablePoints()).isEqualTo(200);
    }

    @Test
    void staff_cannot_take_money_that_is_held() {
        Account account = funded("50.00");
        account.holdBalance(Money.cny("40.00"));

        assertThatThrownBy(() -> account.debit(Money.cny("10.01"))).isInstanceOf(BusinessRuleViolation.class);
        account.debit(Money.cny("10.00"));
        assertThat(account.getBalance()).isEqualByComparingTo("40.00");
    }
}
