package org.emporium.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceBandsTest {

    @Test
    void prices_from_199_to_699_are_cut_at_round_hundreds() {
        assertThat(PriceBands.boundaries(new BigDecimal("199.00"), new BigDecimal("699.00")))
                .containsExactly(amounts("200", "300", "400", "500", "600"));
    }

    @Test
    void a_wide_range_gets_wider_round_steps_and_never_more_than_six_bands() {
        List<BigDecimal> cuts = PriceBands.boundaries(new BigDecimal("9.90"), new BigDecimal("12999"));
        assertThat(cuts).containsExactly(amounts("5000", "10000"));
        assertThat(PriceBands.boundaries(BigDecimal.ONE, new BigDecimal("1000")))
                .hasSizeLessThanOrEqualTo(PriceBands.MAX_BANDS - 1);
    }

    @Test
    void one_price_or_no_price_gives_no_bands() {
        assertThat(PriceBands.boundaries(new BigDecimal("99"), new BigDecimal("99")))
                .isEmpty();
        assertThat(PriceBands.boundaries(null, null)).isEmpty();
    }

    @Test
    void steps_are_one_two_or_five_times_a_power_of_ten() {
        assertThat(PriceBands.niceStep(new BigDecimal("120"))).isEqualByComparingTo("200");
        assertThat(PriceBands.niceStep(new BigDecimal("300"))).isEqualByComparingTo("500");
        assertThat(PriceBands.niceStep(new BigDecimal("0.7"))).isEqualByComparingTo("1");
    }

    private static BigDecimal[] amounts(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toArray(BigDecimal[]::new);
    }
}
