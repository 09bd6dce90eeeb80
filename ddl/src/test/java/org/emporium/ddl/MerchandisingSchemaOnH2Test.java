package org.emporium.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The merchandising tables (V009) on H2 in PostgreSQL mode, as the dev default runs them: the demo sales
 * agree with their "also bought" pairs, and the statements merchandising relies on for counting under
 * concurrency (INSERT ... ON CONFLICT DO NOTHING) work here as on PostgreSQL.
 */
class MerchandisingSchemaOnH2Test {

    private H2Database db;

    @BeforeEach
    void migratedWithDemoData() {
        db = H2Database.migratedWithDemo();
    }

    @Test
    void every_demo_pair_counts_the_demo_orders_that_hold_both_products() throws SQLException {
        long mismatches = db.count("SELECT COUNT(*) FROM also_bought a WHERE a.orders <> ("
                + "SELECT COUNT(DISTINCT x.order_id) FROM sales_line x JOIN sales_line y ON x.order_id = y.order_id"
                + " WHERE x.product_id = a.product_id AND y.product_id = a.other_id)");

        assertThat(db.count("SELECT COUNT(*) FROM also_bought")).isPositive();
        assertThat(mismatches).isZero();
    }

    @Test
    void a_second_insert_of_the_same_sales_line_does_nothing() throws SQLException {
        String line = "INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at)"
                + " VALUES ('T-1', 1, 1, 'SHIRT-OX-WH-M', 1, CURRENT_TIMESTAMP) ON CONFLICT DO NOTHING";

        assertThat(db.execute(line)).isEqualTo(1);
        assertThat(db.execute(line)).isZero();
    }

    @Test
    void the_database_refuses_a_product_paired_with_itself_and_an_unknown_slot_item_kind() {
        assertThatThrownBy(() -> db.execute("INSERT INTO also_bought (product_id, other_id, orders) VALUES (3, 3, 1)"))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() ->
                        db.execute("INSERT INTO slot_item (id, slot_id, kind, position) VALUES (99, 1, 'VIDEO', 1)"))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void the_demo_has_a_published_campaign_page_and_a_draft() throws SQLException {
        assertThat(db.count("SELECT COUNT(*) FROM campaign_page WHERE status = 'PUBLISHED'"))
                .isEqualTo(1);
        assertThat(db.count("SELECT COUNT(*) FROM campaign_page WHERE status = 'DRAFT'"))
                .isEqualTo(1);
        assertThat(db.count("SELECT COUNT(*) FROM slot WHERE code IN ('home-hero', 'home-recommend', 'category-top')"))
                .isEqualTo(3);
    }
}
