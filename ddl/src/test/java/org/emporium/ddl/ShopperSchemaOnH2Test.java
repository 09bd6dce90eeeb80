package org.emporium.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Shoppers' sign-in and address book tables on H2, with the demo shopper. */
class ShopperSchemaOnH2Test {

    private H2Database db;

    @BeforeEach
    void migrated() {
        db = H2Database.migratedWithDemo();
    }

    @Test
    void the_demo_shopper_has_one_default_address_in_a_known_region() throws SQLException {
        assertThat(db.count("select count(*) from customer_account where phone = '13800000000' and status = 'ACTIVE'"))
                .isEqualTo(1);
        assertThat(db.count("select count(*) from address_book_entry a join region d on d.name = a.district"
                        + " where a.owner = 'customer:1' and a.is_default"))
                .isEqualTo(1);
    }

    @Test
    void a_remembered_series_is_unique_and_attempts_name_known_methods() throws SQLException {
        db.execute("insert into customer_remember_me (id, account_id, series_hash, token_hash, created_at,"
                + " last_used_at, expires_at) values (1, 1, 'a', 'b', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP)");
        assertThatThrownBy(() -> db.execute("insert into customer_remember_me (id, account_id, series_hash,"
                        + " token_hash, created_at, last_used_at, expires_at) values (2, 1, 'a', 'c',"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> db.execute("insert into customer_login_attempt (id, login_key, remote_address,"
                        + " method, succeeded, attempted_at) values (1, 'x', 'y', 'GUESS', FALSE, CURRENT_TIMESTAMP)"))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void an_external_subject_is_linked_to_one_account_and_an_account_to_one_subject_per_provider() throws SQLException {
        db.execute("insert into customer_external_login (id, account_id, provider, subject, linked_at)"
                + " values (1, 1, 'qq', 'OPENID1', CURRENT_TIMESTAMP)");
        assertThatThrownBy(() -> db.execute("insert into customer_external_login (id, account_id, provider, subject,"
                        + " linked_at) values (2, 1, 'qq', 'OPENID2', CURRENT_TIMESTAMP)"))
                .isInstanceOf(SQLException.class);
        db.execute("insert into customer_external_login (id, account_id, provider, subject, linked_at)"
                + " values (3, 1, 'weibo', 'OPENID1', CURRENT_TIMESTAMP)");
        assertThat(db.count("select count(*) from customer_external_login where account_id = 1"))
                .isEqualTo(2);
        db.execute("insert into customer_code (id, phone, purpose, code_hash, created_at, expires_at)"
                + " values (1, '13900000000', 'PHONE_CHANGE', 'h', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
    }
}
