package org.emporium.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProductOptionsTest {

    @Test
    void a_refresh_replaces_the_products_rows_with_their_own_and_their_skus_options() {
        List<String> sql = ProductOptions.statements(2, true);

        assertThat(sql.get(0)).isEqualTo("DELETE FROM product_option WHERE product_id IN (?1, ?2)");
        assertThat(sql.get(1))
                .startsWith("INSERT INTO product_option (product_id, attribute_id, option_id)")
                .contains("FROM product_attribute pa WHERE pa.option_id IS NOT NULL AND pa.product_id IN (?1, ?2)")
                .contains("UNION SELECT s.product_id, so.attribute_id, so.option_id FROM sku_option so")
                .endsWith("WHERE s.product_id IN (?3, ?4)");
    }

    @Test
    void plain_jdbc_gets_unnumbered_parameters() {
        assertThat(ProductOptions.statements(3, false))
                .allSatisfy(sql -> assertThat(sql).doesNotContainPattern("\\?\\d"))
                .first()
                .asString()
                .endsWith("IN (?, ?, ?)");
    }
}
