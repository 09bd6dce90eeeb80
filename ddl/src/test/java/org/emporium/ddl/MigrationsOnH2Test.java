package org.emporium.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The migrations on H2 in PostgreSQL mode, as `./emporium run` applies them: schema first, demo data in
 * its own history. The integration tests apply the same files to PostgreSQL.
 */
class MigrationsOnH2Test {

    private H2Database db;

    @BeforeEach
    void freshDatabase() {
        db = H2Database.empty();
    }

    @Test
    void schema_and_demo_data_apply_and_a_second_run_changes_nothing() throws SQLException {
        MigrateResult schema = db.schema().migrate();
        MigrateResult demo = db.demo().migrate();

        assertThat(schema.success).isTrue();
        assertThat(demo.success).isTrue();
        assertThat(db.count("select count(*) from product where status = 'ON_SALE'"))
                .isEqualTo(9);
        assertThat(db.count("select count(*) from sku")).isEqualTo(15);
        assertThat(db.count("select count(*) from staff_account")).isEqualTo(3); // admin, agent, approver

        assertThat(db.schema().migrate().migrationsExecuted).isZero();
        assertThat(db.demo().migrate().migrationsExecuted).isZero();
    }

    @Test
    void production_without_demo_data_has_an_empty_catalogue() throws SQLException {
        db.schema().migrate();

        assertThat(db.count("select count(*) from product")).isZero();
        assertThat(db.count("select count(*) from staff_account")).isZero();
    }

    @Test
    void the_database_refuses_a_price_that_is_not_positive() throws SQLException {
        db.schema().migrate();
        db.demo().migrate();

        assertThatThrownBy(() -> db.execute("update sku set price = 0 where code = 'PAN-CI-28'"))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> db.execute("update sku set list_price = 1 where code = 'PAN-CI-28'"))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void sku_codes_are_unique_across_the_catalogue() throws SQLException {
        db.schema().migrate();
        db.demo().migrate();

        assertThatThrownBy(() -> db.execute("insert into sku (id, product_id, code, spec_zh, spec_en, price, currency) "
                        + "values (9999, 2, 'PAN-CI-28', 'x', 'x', 1.00, 'CNY')"))
                .isInstanceOf(SQLException.class);
    }
}
