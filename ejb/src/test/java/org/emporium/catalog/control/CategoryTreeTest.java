package org.emporium.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import org.emporium.catalog.control.CategoryTree.Node;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class CategoryTreeTest {

    // Men (1) › Shirts (2) › Oxford (3), Shirts › Linen (4); Men › Trousers (5); Women (6); Kids (7)
    private final CategoryTree tree = CategoryTree.of(List.of(
            new Node(1, null, 0),
            new Node(2, 1L, 0),
            new Node(3, 2L, 0),
            new Node(4, 2L, 1),
            new Node(5, 1L, 1),
            new Node(6, null, 1),
            new Node(7, null, 2)));

    private static String key(Throwable e) {
        return ((BusinessRuleViolation) e).messageKey();
    }

    @Test
    void a_category_cannot_move_under_itself() {
        assertThatThrownBy(() -> tree.move(2, 2L, 0))
                .extracting(CategoryTreeTest::key)
                .isEqualTo("catalog.category.cycle");
    }

    @Test
    void a_category_cannot_move_under_a_child_or_a_deeper_descendant() {
        assertThatThrownBy(() -> tree.move(1, 2L, 0))
                .extracting(CategoryTreeTest::key)
                .isEqualTo("catalog.category.cycle");
        assertThatThrownBy(() -> tree.move(1, 4L, 0))
                .extracting(CategoryTreeTest::key)
                .isEqualTo("catalog.category.cycle");
    }

    @Test
    void a_category_may_move_under_a_sibling_or_a_cousin_or_to_the_top() {
        assertThat(tree.move(5, 2L, 0)).containsEntry(5L, 0);
        assertThat(tree.move(3, 6L, 0)).containsEntry(3L, 0);
        assertThat(tree.move(3, null, 99)).containsEntry(3L, 3);
    }

    @Test
    void moving_to_another_parent_renumbers_the_old_and_the_new_siblings() {
        // Shirts goes to Women, before nothing; Trousers closes the gap under Men.
        Map<Long, Integer> positions = tree.move(2, 6L, 0);

        assertThat(positions).containsOnly(entry(2L, 0), entry(5L, 0));
    }

    @Test
    void reordering_among_siblings_renumbers_them_densely() {
        // Kids to the front of the roots: Kids 0, Men 1, Women 2.
        Map<Long, Integer> positions = tree.move(7, null, 0);

        assertThat(positions).containsOnly(entry(7L, 0), entry(1L, 1), entry(6L, 2));
    }

    @Test
    void an_index_beyond_the_siblings_means_at_the_end() {
        assertThat(tree.move(3, 2L, 42)).containsOnly(entry(3L, 1), entry(4L, 0));
    }

    @Test
    void gaps_left_by_old_data_are_closed_when_siblings_are_renumbered() {
        CategoryTree gappy = CategoryTree.of(List.of(new Node(1, null, 0), new Node(2, null, 5), new Node(3, null, 9)));

        assertThat(gappy.move(3, null, 0)).containsOnly(entry(3L, 0), entry(1L, 1), entry(2L, 2));
    }

    @Test
    void moving_an_unknown_category_or_under_an_unknown_parent_is_refused() {
        assertThatThrownBy(() -> tree.move(99, null, 0))
                .extracting(CategoryTreeTest::key)
                .isEqualTo("catalog.category.notFound");
        assertThatThrownBy(() -> tree.move(3, 99L, 0))
                .extracting(CategoryTreeTest::key)
                .isEqualTo("catalog.category.parent.notFound");
    }

    @Test
    void ancestors_run_from_the_root_down_and_the_subtree_from_the_category_down() {
        assertThat(tree.ancestors(3)).containsExactly(1L, 2L);
        assertThat(tree.ancestors(1)).isEmpty();
        assertThat(tree.subtree(1)).containsExactly(1L, 2L, 5L, 3L, 4L);
        assertThat(tree.children(null)).containsExactly(1L, 6L, 7L);
    }

    @Test
    void ancestors_stop_at_a_cycle_in_bad_data_instead_of_looping() {
        CategoryTree broken = CategoryTree.of(List.of(new Node(1, 2L, 0), new Node(2, 1L, 0)));

        assertThat(broken.ancestors(1)).containsExactly(2L);
    }

    @Test
    void a_new_child_goes_after_its_last_sibling() {
        assertThat(tree.nextPosition(2L)).isEqualTo(2);
        assertThat(tree.nextPosition(3L)).isZero();
        assertThat(tree.nextPosition(null)).isEqualTo(3);
    }
}
