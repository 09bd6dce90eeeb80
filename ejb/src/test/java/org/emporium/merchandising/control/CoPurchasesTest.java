package org.emporium.merchandising.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.emporium.merchandising.control.CoPurchases.Pair;
import org.junit.jupiter.api.Test;

class CoPurchasesTest {

    @Test
    void two_products_bought_together_make_a_pair_in_each_direction() {
        assertThat(CoPurchases.pairs(List.of(1L, 2L))).containsExactlyInAnyOrder(new Pair(1, 2), new Pair(2, 1));
    }

    @Test
    void three_products_make_six_ordered_pairs() {
        assertThat(CoPurchases.pairs(List.of(3L, 1L, 2L)))
                .containsExactlyInAnyOrder(
                        new Pair(1, 2), new Pair(1, 3), new Pair(2, 1), new Pair(2, 3), new Pair(3, 1), new Pair(3, 2));
    }

    @Test
    void a_product_on_two_lines_of_one_order_pairs_once_and_never_with_itself() {
        assertThat(CoPurchases.pairs(List.of(1L, 1L, 2L))).containsExactlyInAnyOrder(new Pair(1, 2), new Pair(2, 1));
        assertThat(CoPurchases.pairs(List.of(5L, 5L))).isEmpty();
    }

    @Test
    void an_order_of_one_product_makes_no_pair() {
        assertThat(CoPurchases.pairs(List.of(4L))).isEmpty();
    }
}
