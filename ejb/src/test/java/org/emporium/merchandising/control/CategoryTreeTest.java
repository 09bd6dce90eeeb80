package org.emporium.merchandising.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CategoryTreeTest {

    @Test
    void a_subtree_holds_the_category_its_children_and_their_children() {
        Map<Long, List<Long>> children = Map.of(1L, List.of(2L, 3L), 2L, List.of(4L), 5L, List.of(6L));

        assertThat(CategoryTree.subtree(1, children)).containsExactly(1L, 2L, 3L, 4L);
        assertThat(CategoryTree.subtree(4, children)).containsExactly(4L);
    }

    @Test
    void a_cycle_in_bad_data_ends_the_walk() {
        assertThat(CategoryTree.subtree(1, Map.of(1L, List.of(2L), 2L, List.of(1L))))
                .containsExactly(1L, 2L);
    }
}
