package org.emporium.web.backoffice.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.emporium.catalog.boundary.ProductFilter;
import org.emporium.catalog.boundary.ProductSort;
import org.emporium.catalog.entity.ProductStatus;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class ProductListTest {

    @Test
    void a_sorted_column_sorts_the_catalogue_query_by_that_field_and_direction() {
        Map<String, SortMeta> byName = Map.of(
                "nameEn",
                SortMeta.builder().field("nameEn").order(SortOrder.DESCENDING).build());

        assertThat(ProductList.sort(byName)).isEqualTo(ProductSort.NAME_EN);
        assertThat(ProductList.ascending(byName)).isFalse();
    }

    @Test
    void an_unsorted_list_shows_the_latest_changes_first() {
        assertThat(ProductList.sort(Map.of())).isEqualTo(ProductSort.UPDATED);
        assertThat(ProductList.ascending(Map.of())).isFalse();
        assertThat(ProductList.sort(null)).isEqualTo(ProductSort.UPDATED);
    }

    @Test
    void the_filter_ignores_blank_text_and_trims_the_rest() {
        ProductList list = new ProductList();
        list.setText("   ");
        list.setStatus(ProductStatus.DRAFT);
        list.setCategoryId(2L);

        assertThat(list.filter()).isEqualTo(new ProductFilter(null, ProductStatus.DRAFT, 2L));

        list.setText("  oxford ");
        assertThat(list.filter().text()).isEqualTo("oxford");
    }

    @Test
    void the_brand_chosen_in_the_list_narrows_the_catalogue_query() {
        ProductList list = new ProductList();
        list.setBrandId(3L);

        assertThat(list.filter()).isEqualTo(new ProductFilter(null, null, null, 3L));
    }
}
