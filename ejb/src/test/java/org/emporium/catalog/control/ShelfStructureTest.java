package org.emporium.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.emporium.catalog.control.ShelfStructure.AttributeRow;
import org.emporium.catalog.control.ShelfStructure.CategoryAttributeRow;
import org.emporium.catalog.control.ShelfStructure.Node;
import org.junit.jupiter.api.Test;

class ShelfStructureTest {

    // apparel(1) > tops(2) > shirts(3) > oxford(4); home(5)
    final ShelfStructure tree = new ShelfStructure(
            List.of(
                    new Node(1, null, "apparel", "服装", "Apparel", 1),
                    new Node(2, 1L, "tops", "上衣", "Tops", 1),
                    new Node(3, 2L, "shirts", "衬衫", "Shirts", 1),
                    new Node(4, 3L, "oxford", "牛津纺", "Oxford", 1),
                    new Node(5, null, "home", "家居", "Home", 2)),
            List.of(),
            List.of(
                    new AttributeRow(10, "colour", "颜色", "Colour", "ENUM", null, true, 1, List.of()),
                    new AttributeRow(11, "fit", "版型", "Fit", "ENUM", null, true, 2, List.of()),
                    new AttributeRow(12, "material", "材质", "Material", "TEXT", null, true, 3, List.of()),
                    new AttributeRow(13, "bed-width", "床宽", "Bed width", "ENUM", null, true, 4, List.of())),
            List.of(
                    new CategoryAttributeRow(1, 10, 1),
                    new CategoryAttributeRow(1, 12, 2),
                    new CategoryAttributeRow(4, 11, 1),
                    new CategoryAttributeRow(5, 13, 1)));

    @Test
    void a_category_lists_the_products_of_every_category_below_it_at_any_depth() {
        assertThat(tree.selfAndDescendants(1)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        assertThat(tree.selfAndDescendants(3)).containsExactlyInAnyOrder(3L, 4L);
        assertThat(tree.selfAndDescendants(5)).containsExactly(5L);
    }

    @Test
    void breadcrumbs_run_from_the_root_down_to_the_category() {
        assertThat(tree.path(4)).extracting(Node::slug).containsExactly("apparel", "tops", "shirts", "oxford");
    }

    @Test
    void facets_come_from_the_attribute_sets_above_and_below_and_only_filterable_enumerations_count() {
        assertThat(tree.facetsFor(3L)).extracting(AttributeRow::code).containsExactly("colour", "fit");
        assertThat(tree.facetsFor(5L)).extracting(AttributeRow::code).containsExactly("bed-width");
        assertThat(tree.facetsFor(null)).extracting(AttributeRow::code).containsExactly("colour", "fit", "bed-width");
    }
}
