package org.emporium.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShelfSqlTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 12, 0, 0, 0, ZoneOffset.UTC);

    final ShelfFilter apparel = ShelfFilter.ofCategories(Set.of(3L, 1L, 2L), NOW);

    @Test
    void a_category_scope_holds_what_is_on_sale_in_the_category_and_below() {
        ShelfSql.Statement s = ShelfSql.scopeProducts(apparel);

        assertThat(s.sql())
                .startsWith("SELECT p.id, p.brand_id, p.min_price, p.created_at, p.publish_at, p.unpublish_at,")
                .endsWith("WHERE p.status = 'ON_SALE' AND p.category_id IN (?1, ?2, ?3)");
        assertThat(s.parameters()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void a_brand_scope_holds_the_brands_products_in_any_category() {
        ShelfSql.Statement s = ShelfSql.scopeOptions(ShelfFilter.ofBrand(7L, NOW));

        assertThat(s.sql())
                .contains("JOIN product_option po ON po.product_id = p.id")
                .endsWith("p.brand_id = ?1")
                .doesNotContain("category_id");
        assertThat(s.parameters()).containsExactly(7L);
    }

    @Test
    void cards_are_read_by_id_with_every_id_bound() {
        ShelfSql.Statement s = ShelfSql.byIds("SELECT p.slug FROM product p WHERE p.id IN (", List.of(5L, 9L), ")");

        assertThat(s.sql()).isEqualTo("SELECT p.slug FROM product p WHERE p.id IN (?1, ?2)");
        assertThat(s.parameters()).containsExactly(5L, 9L);
    }
}
