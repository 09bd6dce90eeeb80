package org.emporium.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.emporium.catalog.boundary.ShelfSort;
import org.junit.jupiter.api.Test;

class ShelfSqlTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 12, 0, 0, 0, ZoneOffset.UTC);

    final ShelfFilter apparel = ShelfFilter.ofCategories(Set.of(1L, 2L, 3L), NOW);

    @Test
    void a_list_shows_only_products_on_sale_inside_their_publish_window_in_the_category_and_below() {
        ShelfSql.Statement s = ShelfSql.count(apparel);

        assertThat(s.sql())
                .contains("p.status = 'ON_SALE'")
                .contains("(p.publish_at IS NULL OR p.publish_at <= ?1)")
                .contains("(p.unpublish_at IS NULL OR p.unpublish_at > ?2)")
                .contains("p.category_id IN (?3, ?4, ?5)");
        assertThat(s.parameters())
                .containsExactly(Timestamp.from(NOW.toInstant()), Timestamp.from(NOW.toInstant()), 1L, 2L, 3L);
    }

    @Test
    void a_brand_page_lists_the_brand_instead_of_a_category() {
        ShelfSql.Statement s = ShelfSql.count(ShelfFilter.ofBrand(7L, NOW));

        assertThat(s.sql()).contains("p.brand_id = ?3").doesNotContain("category_id");
        assertThat(s.parameters()).endsWith(7L);
    }

    @Test
    void options_of_one_attribute_are_alternatives_and_attributes_must_all_match() {
        ShelfFilter f = apparel.withOptions(Map.of(1L, Set.of(11L, 12L), 2L, Set.of(21L)));

        String sql = ShelfSql.count(f).sql();

        assertThat(sql.split("AND \\(EXISTS"))
                .as("one condition per attribute, joined by AND")
                .hasSize(3);
        assertThat(sql)
                .contains("pa.option_id IN (?7, ?8)")
                .contains("so.option_id IN (?10, ?11)")
                .contains("pa.option_id IN (?13)")
                .contains("so.option_id IN (?15)");
        assertThat(sql).as("product-level or SKU-level option").contains(")) OR EXISTS (SELECT 1 FROM sku s");
    }

    @Test
    void each_facet_count_ignores_its_own_choice_and_keeps_the_others() {
        ShelfFilter f = apparel.withBrands(Set.of(5L))
                .withPrice(new BigDecimal("100"), new BigDecimal("300"))
                .withOptions(Map.of(1L, Set.of(11L)));

        assertThat(ShelfSql.brandCounts(f).sql())
                .doesNotContain("p.brand_id IN")
                .contains("p.min_price >=")
                .contains("so.option_id IN");
        assertThat(ShelfSql.priceRange(f).sql())
                .contains("p.brand_id IN")
                .doesNotContain("p.min_price >=")
                .doesNotContain("p.min_price <");
        ShelfSql.Statement colour = ShelfSql.optionCounts(f, 1L);
        assertThat(colour.sql())
                .contains("p.brand_id IN")
                .contains("p.min_price >=")
                .doesNotContain("so.option_id IN");
        ShelfSql.Statement size = ShelfSql.optionCounts(f, 2L);
        assertThat(size.sql()).contains("so.option_id IN");
    }

    @Test
    void option_counts_read_only_the_skus_of_the_products_on_the_list() {
        String sql = ShelfSql.optionCounts(apparel, 1L).sql();

        assertThat(sql.split("p.category_id IN"))
                .as("both halves start from the list's products")
                .hasSize(3);
        assertThat(sql)
                .contains("FROM product p JOIN sku s ON s.product_id = p.id")
                .contains("COUNT(DISTINCT x.product_id)");
    }

    @Test
    void without_a_brand_or_price_choice_one_query_gives_total_brand_counts_and_price_range() {
        assertThat(ShelfSql.summary(apparel).sql())
                .startsWith("SELECT p.brand_id, COUNT(*), MIN(p.min_price), MAX(p.min_price) FROM product p WHERE")
                .endsWith("GROUP BY p.brand_id");
    }

    @Test
    void the_price_range_takes_products_from_the_lower_bound_up_to_below_the_upper_one() {
        ShelfSql.Statement s = ShelfSql.count(apparel.withPrice(new BigDecimal("100"), new BigDecimal("200")));

        assertThat(s.sql()).contains("p.min_price >= ?6").contains("p.min_price < ?7");
        assertThat(s.parameters()).endsWith(new BigDecimal("100"), new BigDecimal("200"));
    }

    @Test
    void price_bands_count_below_the_first_cut_between_cuts_and_from_the_last_cut() {
        ShelfSql.Statement s = ShelfSql.priceBandCounts(apparel, List.of(new BigDecimal("200"), new BigDecimal("300")));

        assertThat(s.sql().split("SUM\\(")).hasSize(4);
        assertThat(s.parameters().subList(0, 4))
                .containsExactly(
                        new BigDecimal("200"), new BigDecimal("200"), new BigDecimal("300"), new BigDecimal("300"));
    }

    @Test
    void sorting_by_name_uses_the_shoppers_language_and_every_order_ends_on_the_id() {
        assertThat(ShelfSql.orderBy(ShelfSort.NAME, Locale.SIMPLIFIED_CHINESE)).startsWith("p.name_zh");
        assertThat(ShelfSql.orderBy(ShelfSort.NAME, Locale.ENGLISH)).startsWith("p.name_en");
        for (ShelfSort sort : ShelfSort.values()) {
            assertThat(ShelfSql.orderBy(sort, Locale.ENGLISH)).as(sort.name()).contains("p.id");
        }
        assertThat(ShelfSql.page(apparel, ShelfSort.PRICE_DESC, Locale.ENGLISH, 48, 24)
                        .sql())
                .endsWith("ORDER BY p.min_price DESC, p.id DESC LIMIT 24 OFFSET 48");
    }

    @Test
    void shopper_input_never_enters_the_sql_text() {
        ShelfSql.Statement s = ShelfSql.count(apparel.withPrice(new BigDecimal("1E+3"), null));

        assertThat(s.sql()).doesNotContain("1E").doesNotContain("1000");
    }
}
