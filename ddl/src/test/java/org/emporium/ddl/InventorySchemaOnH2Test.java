package org.emporium.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The inventory tables on H2: the database itself refuses negative or over-reserved stock. */
class InventorySchemaOnH2Test {

    private H2Database db;

    @BeforeEach
    void migrated() {
        db = H2Database.migratedWithDemo();
    }

    @Test
    void the_demo_stock_balances_against_its_movement_log() throws SQLException {
        assertThat(db.count("select count(*) from stock")).isGreaterThanOrEqualTo(15);
        assertThat(db.count("select count(*) from stock s where s.on_hand <> (select coalesce(sum(m.on_hand_delta), 0)"
                        + " from stock_movement m where m.stock_id = s.id)"))
                .isZero();
    }

    @Test
    void the_database_refuses_stock_below_zero_or_reserved_beyond_what_is_on_hand() {
        assertThatThrownBy(() -> db.execute("update stock set on_hand = -1 where sku_code = 'PAN-CI-28'"))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> db.execute("update stock set reserved = on_hand + 1 where sku_code = 'PAN-CI-28'"))
                .isInstanceOf(SQLException.class);
    }
}
