package org.emporium.merchandising.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class VariantAssignmentTest {

    @Test
    void a_visitor_gets_the_same_variant_every_time() {
        int[] weights = {50, 50};
        for (int i = 0; i < 1_000; i++) {
            String visitor = UUID.randomUUID().toString();
            int first = VariantAssignment.variantIndex(visitor, 42, weights);
            assertThat(VariantAssignment.variantIndex(visitor, 42, weights)).isEqualTo(first);
        }
    }

    @Test
    void the_shares_follow_the_weights_within_one_percentage_point_over_many_visitors() {
        int[] weights = {70, 20, 10};
        int[] counts = new int[3];
        int visitors = 100_000;
        for (int i = 0; i < visitors; i++) {
            counts[VariantAssignment.variantIndex("visitor-" + i, 7, weights)]++;
        }

        assertThat(counts[0] / (double) visitors).isCloseTo(0.70, org.assertj.core.data.Offset.offset(0.01));
        assertThat(counts[1] / (double) visitors).isCloseTo(0.20, org.assertj.core.data.Offset.offset(0.01));
        assertThat(counts[2] / (double) visitors).isCloseTo(0.10, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void a_variant_with_weight_zero_gets_nobody() {
        int[] weights = {0, 1};
        for (int i = 0; i < 1_000; i++) {
            assertThat(VariantAssignment.variantIndex("v" + i, 3, weights)).isEqualTo(1);
        }
    }

    @Test
    void no_weight_at_all_assigns_no_variant() {
        assertThat(VariantAssignment.variantIndex("v", 3, new int[] {0, 0})).isEqualTo(-1);
        assertThat(VariantAssignment.variantIndex("v", 3, new int[0])).isEqualTo(-1);
    }

    @Test
    void the_same_visitor_is_split_independently_in_two_experiments() {
        int[] weights = {50, 50};
        int same = 0;
        int visitors = 10_000;
        for (int i = 0; i < visitors; i++) {
            String visitor = "visitor-" + i;
            if (VariantAssignment.variantIndex(visitor, 1, weights)
                    == VariantAssignment.variantIndex(visitor, 2, weights)) {
                same++;
            }
        }
        // Independent halves agree about half the time; a shared hash without the experiment id would agree always.
        assertThat(same / (double) visitors).isBetween(0.47, 0.53);
    }
}
