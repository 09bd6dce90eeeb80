package org.emporium.web.storefront.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import org.emporium.platform.money.Money;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {

    @Test
    void yuan_show_with_the_yen_sign_two_decimals_and_thousands_separators() {
        assertThat(MoneyFormat.of(Money.cny("199"))).isEqualTo("¥199.00");
        assertThat(MoneyFormat.of(Money.cny("1099.5"))).isEqualTo("¥1,099.50");
        assertThat(MoneyFormat.of(Money.cny("1234567.89"))).isEqualTo("¥1,234,567.89");
    }

    @Test
    void another_currency_shows_its_code() {
        assertThat(MoneyFormat.of(Money.of("12.5", Currency.getInstance("USD"))))
                .isEqualTo("USD 12.50");
    }

    @Test
    void a_negative_amount_keeps_its_sign_before_the_symbol() {
        assertThat(MoneyFormat.of(new BigDecimal("-5.00"), Money.CNY)).isEqualTo("-¥5.00");
    }

    @Test
    void no_amount_shows_nothing() {
        assertThat(MoneyFormat.of(null)).isEmpty();
        assertThat(new MoneyFormat().format(null)).isEmpty();
    }
}
