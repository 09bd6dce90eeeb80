package org.emporium.promotion.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AllocationTest {

    private static BigDecimal[] of(String... amounts) {
        BigDecimal[] out = new BigDecimal[amounts.length];
        for (int i = 0; i < amounts.length; i++) {
            out[i] = new BigDecimal(amounts[i]);
        }
        return out;
    }

    @Test
    void ten_fen_over_three_equal_lines_gives_the_extra_fen_to_the_first() {
        assertThat(Allocation.split(new BigDecimal("0.10"), of("1.00", "1.00", "1.00")))
                .extracting(BigDecimal::toPlainString)
                .containsExactly("0.04", "0.03", "0.03");
    }

    @Test
    void the_leftover_fen_go_to_the_largest_remainders() {
        assertThat(Allocation.split(new BigDecimal("1.00"), of("1.00", "2.00", "3.00")))
                .extracting(BigDecimal::toPlainString)
                .containsExactly("0.17", "0.33", "0.50");
    }

    @Test
    void a_line_of_zero_weight_gets_nothing() {
        assertThat(Allocation.split(new BigDecimal("0.05"), of("0.00", "0.03", "0.03")))
                .extracting(BigDecimal::toPlainString)
                .containsExactly("0.00", "0.03", "0.02");
    }
}
