package org.emporium.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** China's regions as reference data, and the checkout rules' tables on H2. */
class CheckoutSchemaOnH2Test {

    private H2Database db;

    @BeforeEach
    void migrated() {
        db = H2Database.migratedWithDemo();
    }

    @Test
    void every_province_has_its_prefecture_level_cities_and_districts() throws SQLException {
        assertThat(db.count("select count(*) from region where depth = 1")).isEqualTo(31);
        assertThat(db.count("select count(*) from region where depth = 2")).isGreaterThanOrEqualTo(330);
        assertThat(db.count("select count(*) from region where depth = 3")).isGreaterThanOrEqualTo(2800);
        assertThat(db.count("select count(*) from region p where p.depth = 1"
                        + " and not exists (select 1 from region c where c.parent_code = p.code)"))
                .isZero();
        assertThat(db.count("select count(*) from region d join region c on d.parent_code = c.code"
                        + " join region p on c.parent_code = p.code"
                        + " where p.name = '上海市' and c.name = '上海市' and d.name = '浦东新区'"))
                .isEqualTo(1);
    }

    @Test
    void a_slot_booking_never_goes_below_zero_and_rules_name_known_methods() {
        assertThatThrownBy(
                        () -> db.execute(
                                "insert into delivery_slot_booking (slot_id, delivery_date, booked) values (1, DATE '2030-01-01', -1)"))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(
                        () -> db.execute("insert into payment_rule (id, method, active) values (99, 'BARTER', TRUE)"))
                .isInstanceOf(SQLException.class);
    }
}
