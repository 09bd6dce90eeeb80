package org.emporium.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The payment tables on H2: the demo ledger balances, and the database refuses to overdraw any account. */
class PaymentSchemaOnH2Test {

    private String url;

    @BeforeEach
    void migrated() {
        url = "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/demo")
                .table("flyway_demo_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    @Test
    void the_demo_ledger_balances_and_owes_each_active_card_its_value() throws SQLException {
        assertThat(decimal("select sum(debit) - sum(credit) from payment_journal_line"))
                .isEqualByComparingTo("0");
        assertThat(decimal("select sum(credit) - sum(debit) from payment_journal_line where subject = 'GIFT_CARD'"))
                .isEqualByComparingTo(decimal("select sum(balance) from payment_gift_card where status = 'ACTIVE'"));
    }

    @Test
    void the_database_refuses_holding_more_than_a_balance_or_a_gift_card_has() throws SQLException {
        execute("insert into payment_account (id, owner, currency, balance, balance_held, points, points_held)"
                + " values (1, 'guest:x', 'CNY', 10.00, 0.00, 5, 0)");
        assertThatThrownBy(() -> execute("update payment_account set balance_held = 10.01 where id = 1"))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> execute("update payment_account set points_held = 6 where id = 1"))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> execute("update payment_gift_card set held = 100.01 where id = 1"))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> execute("update payment_gift_card set balance = 100.01 where id = 1"))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void a_journal_line_is_a_debit_or_a_credit_never_both_nor_nothing() {
        assertThatThrownBy(
                        () -> execute("insert into payment_journal_line (id, entry_id, position, subject, subject_code,"
                                + " reference, debit, credit) values (900, 1, 5, 'CASH', '1001', 'x', 1.00, 1.00)"))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(
                        () -> execute("insert into payment_journal_line (id, entry_id, position, subject, subject_code,"
                                + " reference, debit, credit) values (901, 1, 6, 'CASH', '1001', 'x', 0.00, 0.00)"))
                .isInstanceOf(SQLException.class);
    }

    private BigDecimal decimal(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getBigDecimal(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
