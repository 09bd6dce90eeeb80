package org.emporium.ddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The search tables (V020) on H2 in PostgreSQL mode, with the demo rules. */
class SearchSchemaOnH2Test {

    private H2Database db;

    @BeforeEach
    void migratedWithDemoData() {
        db = H2Database.migratedWithDemo();
    }

    @Test
    void the_demo_sends_the_after_sales_query_to_the_service_centre() throws SQLException {
        assertThat(db.count("SELECT COUNT(*) FROM search_rule WHERE kind = 'REDIRECT' AND query = '售后'"
                        + " AND terms = '/service.xhtml'"))
                .isEqualTo(1);
    }

    @Test
    void a_rule_for_one_query_must_name_it_and_a_synonym_group_must_not() {
        assertThatThrownBy(() -> db.execute("INSERT INTO search_rule (id, kind, query, terms, updated_at, updated_by)"
                        + " VALUES (nextval('search_rule_seq'), 'PIN', NULL, 'oxford-shirt', CURRENT_TIMESTAMP, 't')"))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> db.execute("INSERT INTO search_rule (id, kind, query, terms, updated_at, updated_by)"
                        + " VALUES (nextval('search_rule_seq'), 'SYNONYM', 'x', 'a,b', CURRENT_TIMESTAMP, 't')"))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void clicks_are_counted_in_place_on_the_log() throws SQLException {
        db.execute("INSERT INTO search_log (id, query, results, searched_at) VALUES (1, '衬衫', 2, CURRENT_TIMESTAMP)");
        db.execute("UPDATE search_log SET clicks = clicks + 1, version = version + 1 WHERE id = 1");
        assertThat(db.count("SELECT clicks FROM search_log WHERE id = 1")).isEqualTo(1);
    }
}
