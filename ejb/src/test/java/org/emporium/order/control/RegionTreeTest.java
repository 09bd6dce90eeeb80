package org.emporium.order.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.emporium.order.entity.Region;
import org.junit.jupiter.api.Test;

class RegionTreeTest {

    // As the migration writes them, in code order: two provinces, cities under each, districts of the same name
    // under different cities.
    final RegionTree.Tree tree = RegionTree.Tree.of(List.of(
            new Region("110000", null, 1, "北京市"),
            new Region("110100", "110000", 2, "北京市"),
            new Region("110101", "110100", 3, "东城区"),
            new Region("110102", "110100", 3, "西城区"),
            new Region("310000", null, 1, "上海市"),
            new Region("310100", "310000", 2, "上海市"),
            new Region("310101", "310100", 3, "黄浦区"),
            new Region("320000", null, 1, "江苏省"),
            new Region("320100", "320000", 2, "南京市"),
            new Region("320102", "320100", 3, "玄武区"),
            new Region("320200", "320000", 2, "无锡市"),
            new Region("320202", "320200", 3, "玄武区")));

    @Test
    void provinces_are_the_children_of_none_in_code_order() {
        assertThat(tree.under(null)).extracting(Region::getName).containsExactly("北京市", "上海市", "江苏省");
    }

    @Test
    void children_of_a_region_in_code_order_and_none_under_a_district_or_an_unknown_code() {
        assertThat(tree.under("320000")).extracting(Region::getName).containsExactly("南京市", "无锡市");
        assertThat(tree.under("110101")).isEmpty();
        assertThat(tree.under("999999")).isEmpty();
    }

    @Test
    void a_name_is_looked_up_under_its_parent_only() {
        assertThat(tree.named(null, "北京市")).map(Region::getCode).contains("110000");
        assertThat(tree.named("110000", "北京市")).map(Region::getCode).contains("110100");
        assertThat(tree.named("320100", "玄武区")).map(Region::getCode).contains("320102");
        assertThat(tree.named("320200", "玄武区")).map(Region::getCode).contains("320202");
        assertThat(tree.named(null, "南京市")).isEmpty();
        assertThat(tree.named("310100", "东城区")).isEmpty();
    }

    @Test
    void names_are_trimmed_and_blank_names_name_nothing() {
        assertThat(tree.named(null, "  上海市 ")).map(Region::getCode).contains("310000");
        assertThat(tree.named(null, " ")).isEmpty();
        assertThat(tree.named(null, null)).isEmpty();
    }
}
