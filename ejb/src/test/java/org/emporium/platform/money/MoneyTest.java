package org.emporium.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void amounts_are_kept_to_the_cent() {
        assertThat(Money.cny("12").amount().toPlainString()).isEqualTo("12.00");
        assertThat(Money.cny("12.5")).isEqualTo(Money.cny("12.50"));
    }

    @Test
    void fractions_of_a_cent_are_refused_rather_than_rounded() {
        assertThatThrownBy(() -> Money.cny("0.005")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sums_and_multiples_are_exact() {
        assertThat(Money.cny("0.10").plus(Money.cny("0.20"))).isEqualTo(Money.cny("0.30"));
        assertThat(Money.cny("19.99").times(3)).isEqualTo(Money.cny("59.97"));
    }

    @Test
    void different_currencies_do_not_mix() {
        Money dollars = Money.of("1.00", Currency.getInstance("USD"));

        assertThatThrownBy(() -> Money.cny("1.00").plus(dollars)).isInstanceOf(IllegalArgumentException.class);
    }
}
