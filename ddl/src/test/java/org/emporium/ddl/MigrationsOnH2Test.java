package org.emporium.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The migrations on H2 in PostgreSQL mode, as `./emporium run` applies them: schema first, demo data in
 * its own history. The integration tests apply the same files to PostgreSQL.
 */
class MigrationsOnH2Test {

    private String url;

    @BeforeEach
    void freshDatabase() {
        url = "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    @Test
    void schema_and_demo_data_apply_and_a_second_run_changes_nothing() throws SQLException {
        MigrateResult schema = schema().migrate();
        MigrateResult demo = demo().migrate();

        assertThat(schema.success).isTrue();
        assertThat(demo.success).isTrue();
        assertThat(count("select count(*) from product where status = 'ON_SALE'"))
                .isEqualTo(9);
        assertThat(count("select count(*) from sku")).isEqualTo(15);
        assertThat(count("select count(*) from staff_account")).isEqualTo(1);

        assertThat(schema().migrate().migrationsExecuted).isZero();
        assertThat(demo().migrate().migrationsExecuted).isZero();
    }

    @Test
    void production_without_demo_data_has_an_empty_catalogue() throws SQLException {
        schema().migrate();

        assertThat(count("select count(*) from product")).isZero();
        assertThat(count("select count(*) from staff_account")).isZero();
    }

    @Test
    void the_database_refuses_a_price_that_is_not_positive() throws SQLException {
        schema().migrate();
        demo().migrate();

        assertThatThrownBy(() -> execute("update sku set price = 0 where code = 'PAN-CI-28'"))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> execute("update sku set list_price = 1 where code = 'PAN-CI-28'"))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void sku_codes_are_unique_across_the_catalogue() throws SQLException {
        schema().migrate();
        demo().migrate();

        assertThatThrownBy(() -> execute("insert into sku (id, product_id, code, spec_zh, spec_en, price, currency) "
                        + "values (9999, 2, 'PAN-CI-28', 'x', 'x', 1.00, 'CNY')"))
                .isInstanceOf(SQLException.class);
    }

    private Flyway schema() {
        return Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .table("flyway_schema_history")
                .load();
    }

    private Flyway demo() {
        return Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/demo")
                .table("flyway_demo_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
