package org.emporium.catalog.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShelfQueryTest {

    @Test
    void the_same_choices_in_another_order_are_the_same_question() {
        ShelfQuery a = ShelfQuery.category("apparel")
                .withBrands(Set.of("b", "a"))
                .withOptions(Map.of("size", Set.of("m", "l"), "colour", Set.of("white")));
        ShelfQuery b = ShelfQuery.category("apparel")
                .withOptions(Map.of("colour", Set.of("white"), "size", Set.of("l", "m")))
                .withBrands(Set.of("a", "b"));

        assertThat(a).isEqualTo(b);
        assertThat(a.toString()).isEqualTo(b.toString());
    }

    @Test
    void a_price_range_given_upside_down_is_turned_round_and_page_sizes_are_bounded() {
        ShelfQuery q = ShelfQuery.category("x").withPrice(new BigDecimal("500"), new BigDecimal("100"));

        assertThat(q.minPrice()).isEqualByComparingTo("100");
        assertThat(q.maxPrice()).isEqualByComparingTo("500");
        assertThat(q.withPage(-3, 10_000).page()).isZero();
        assertThat(q.withPage(0, 10_000).pageSize()).isEqualTo(ShelfQuery.MAX_PAGE_SIZE);
    }

    @Test
    void an_unknown_sort_parameter_means_newest_first() {
        assertThat(ShelfSort.fromParameter("cheapest")).isEqualTo(ShelfSort.NEWEST);
        assertThat(ShelfSort.fromParameter("price-desc")).isEqualTo(ShelfSort.PRICE_DESC);
    }
}
