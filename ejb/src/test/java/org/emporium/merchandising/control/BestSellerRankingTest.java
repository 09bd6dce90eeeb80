package org.emporium.merchandising.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BestSellerRankingTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void the_product_with_most_units_comes_first() {
        List<Long> ranked = BestSellerRanking.rank(
                List.of(new SalesTotal(1, 3, 3), new SalesTotal(2, 9, 2), new SalesTotal(3, 5, 5)), 10);

        assertThat(ranked).containsExactly(2L, 3L, 1L);
    }

    @Test
    void on_equal_units_the_product_in_more_orders_wins_then_the_lower_id() {
        List<SalesTotal> totals = new java.util.ArrayList<>(List.of(
                new SalesTotal(7, 4, 1), new SalesTotal(5, 4, 4), new SalesTotal(9, 4, 4), new SalesTotal(3, 4, 1)));

        List<Long> first = BestSellerRanking.rank(totals, 10);
        Collections.reverse(totals);
        List<Long> second = BestSellerRanking.rank(totals, 10);

        assertThat(first).containsExactly(5L, 9L, 3L, 7L);
        assertThat(second).as("the input order does not matter").isEqualTo(first);
    }

    @Test
    void the_list_is_cut_at_the_limit_and_skips_products_without_units() {
        List<Long> ranked = BestSellerRanking.rank(
                List.of(
                        new SalesTotal(1, 1, 1),
                        new SalesTotal(2, 2, 1),
                        new SalesTotal(3, 3, 1),
                        new SalesTotal(4, 0, 0)),
                2);

        assertThat(ranked).containsExactly(3L, 2L);
        assertThat(BestSellerRanking.rank(List.of(new SalesTotal(4, 0, 0)), 10)).isEmpty();
    }

    @Test
    void a_window_of_seven_days_starts_exactly_seven_days_before_now() {
        OffsetDateTime start = BestSellerRanking.windowStart(NOW, 7);

        assertThat(start).isEqualTo(NOW.minusDays(7));
        assertThat(BestSellerRanking.windowStart(NOW, 30)).isEqualTo(NOW.minusDays(30));
    }

    @Test
    void a_window_must_be_between_one_day_and_a_year() {
        assertThatThrownBy(() -> BestSellerRanking.windowStart(NOW, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BestSellerRanking.windowStart(NOW, 367)).isInstanceOf(IllegalArgumentException.class);
    }
}
