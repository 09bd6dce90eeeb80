package org.emporium.catalog.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.catalog.boundary.ImportColumns;
import org.emporium.catalog.boundary.ImportedProduct;
import org.emporium.catalog.boundary.RowRejection;
import org.emporium.catalog.entity.Attribute;
import org.emporium.catalog.entity.AttributeKind;
import org.emporium.catalog.entity.ProductStatus;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The import's bulk writer on the real schema and demo catalogue (H2 in PostgreSQL mode, migrated by
 * Flyway as the application does): what it creates, that a second run changes values without adding rows,
 * and that a row breaking a database rule is rejected alone.
 */
class ProductUpsertTest {

    private Connection db;
    private ProductUpsert.Reference reference;

    @BeforeEach
    void migrate() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:upsert-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure()
                .dataSource(h2)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        Flyway.configure()
                .dataSource(h2)
                .locations("classpath:db/demo")
                .table("flyway_demo_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        db = h2.getConnection();
        Attribute colour = withId(new Attribute("colour", "颜色", "Colour", AttributeKind.ENUM), 1);
        withId(colour.addOption("white", "白色", "White"), 1);
        withId(colour.addOption("blue", "蓝色", "Blue"), 2);
        Attribute size = withId(new Attribute("size", "尺码", "Size", AttributeKind.ENUM), 2);
        withId(size.addOption("m", "M", "M"), 7);
        withId(size.addOption("l", "L", "L"), 8);
        Attribute material = withId(new Attribute("material", "材质", "Material", AttributeKind.TEXT), 4);
        reference = new ProductUpsert.Reference(
                Map.of("mens-shirts", 2L, "kitchen", 5L),
                Map.of("north-loom", 1L),
                Map.of("colour", colour, "size", size, "material", material));
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void a_new_product_gets_one_sku_per_combination_of_its_options_with_the_rows_price_and_weight()
            throws SQLException {
        ProductUpsert.Outcome outcome = write(tee("199.00", "Cotton"));

        assertThat(outcome.rejected()).isEmpty();
        assertThat(outcome.created()).isEqualTo(1);
        assertThat(outcome.skus()).isEqualTo(4);
        assertThat(strings("SELECT code FROM sku WHERE product_id = (SELECT id FROM product WHERE slug = 'import-tee')"
                        + " ORDER BY position"))
                .containsExactly("TEE-WHITE-M", "TEE-WHITE-L", "TEE-BLUE-M", "TEE-BLUE-L");
        assertThat(strings("SELECT DISTINCT price || '/' || weight_grams FROM sku WHERE code LIKE 'TEE-%'"))
                .containsExactly("199.00/180");
        assertThat(strings("SELECT DISTINCT cost_price FROM sku WHERE code LIKE 'TEE-%'"))
                .as("the row's cost price on every SKU, for the promotions' margin check")
                .containsExactly("88.00");
        assertThat(number("SELECT COUNT(*) FROM sku_option o JOIN sku s ON s.id = o.sku_id WHERE s.code LIKE 'TEE-%'"))
                .isEqualTo(8);
        assertThat(strings("SELECT text_value FROM product_attribute WHERE attribute_id = 4 AND product_id ="
                        + " (SELECT id FROM product WHERE slug = 'import-tee')"))
                .containsExactly("Cotton");
        assertThat(outcome.events()).hasSize(1);
        assertThat(outcome.events().get(0).payload()).contains("TEE-BLUE-L").contains("\"created\":true");
    }

    @Test
    void writing_the_same_row_again_updates_the_product_and_its_skus_and_adds_no_row() throws SQLException {
        write(tee("199.00", "Cotton"));
        long products = number("SELECT COUNT(*) FROM product");
        long skus = number("SELECT COUNT(*) FROM sku");

        ProductUpsert.Outcome again = write(tee("149.50", "Linen"));

        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(1);
        assertThat(number("SELECT COUNT(*) FROM product")).isEqualTo(products);
        assertThat(number("SELECT COUNT(*) FROM sku")).isEqualTo(skus);
        assertThat(strings("SELECT DISTINCT price FROM sku WHERE code LIKE 'TEE-%'"))
                .containsExactly("149.50");
        assertThat(strings("SELECT min_price FROM product WHERE slug = 'import-tee'"))
                .containsExactly("149.50");
        assertThat(strings("SELECT text_value FROM product_attribute WHERE attribute_id = 4"
                        + " AND product_id = (SELECT id FROM product WHERE slug = 'import-tee')"))
                .containsExactly("Linen");
        assertThat(number("SELECT COUNT(*) FROM sku_option o JOIN sku s ON s.id = o.sku_id WHERE s.code LIKE 'TEE-%'"))
                .isEqualTo(8);
    }

    @Test
    void a_row_whose_sku_code_belongs_to_another_product_is_rejected_and_the_rest_of_the_chunk_written()
            throws SQLException {
        ImportedProduct thief = draft("stolen-code", "SHIRT-OX-WH-M", List.of(), "99.00", ProductStatus.DRAFT, 7);

        ProductUpsert.Outcome outcome = write(thief, tee("199.00", "Cotton"));

        assertThat(outcome.rejected())
                .extracting(RowRejection::row, RowRejection::column, RowRejection::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(7L, ImportColumns.SKU_PREFIX, "catalog.sku.code.taken"));
        assertThat(outcome.created()).isEqualTo(1);
        assertThat(number("SELECT COUNT(*) FROM product WHERE slug = 'stolen-code'"))
                .isZero();
    }

    @Test
    void a_product_on_sale_cannot_be_sent_back_to_draft_by_an_import() throws SQLException {
        ImportedProduct back = draft("oxford-shirt", "OXFORD", List.of(), "99.00", ProductStatus.DRAFT, 3);

        ProductUpsert.Outcome outcome = write(back);

        assertThat(outcome.rejected()).singleElement().satisfies(r -> {
            assertThat(r.messageKey()).isEqualTo("catalog.product.backToDraft");
            assertThat(r.arguments()).containsExactly("ON_SALE");
        });
        assertThat(strings("SELECT status FROM product WHERE slug = 'oxford-shirt'"))
                .containsExactly("ON_SALE");
    }

    @Test
    void new_ids_come_from_the_sequences_in_blocks_that_jpa_never_hands_out_twice() throws SQLException {
        long before = number("SELECT nextval('product_seq')");

        write(tee("199.00", "Cotton"));

        long id = number("SELECT id FROM product WHERE slug = 'import-tee'");
        assertThat(id).isGreaterThan(before).isLessThanOrEqualTo(before + ProductUpsert.ID_BLOCK);
    }

    private ProductUpsert.Outcome write(ImportedProduct... drafts) throws SQLException {
        return new ProductUpsert(db, reference, "tester").write(List.of(drafts));
    }

    private static ImportedProduct tee(String price, String material) {
        return new ImportedProduct(
                2,
                "import-tee",
                "mens-shirts",
                "north-loom",
                "导入T恤",
                "Imported tee",
                "<p>好</p><script>alert(1)</script>",
                null,
                ProductStatus.ON_SALE,
                "TEE",
                List.of(
                        new ImportedProduct.VariantAxis("colour", List.of("white", "blue")),
                        new ImportedProduct.VariantAxis("size", List.of("m", "l"))),
                Map.of("material", material),
                new BigDecimal(price),
                new BigDecimal("259.00"),
                180,
                List.of(),
                new BigDecimal("88.00"));
    }

    private static ImportedProduct draft(
            String slug,
            String prefix,
            List<ImportedProduct.VariantAxis> axes,
            String price,
            ProductStatus status,
            long row) {
        return new ImportedProduct(
                row,
                slug,
                "kitchen",
                null,
                "名",
                "Name",
                null,
                null,
                status,
                prefix,
                axes,
                Map.of(),
                new BigDecimal(price),
                null,
                null,
                List.of(),
                null);
    }

    private List<String> strings(String sql) throws SQLException {
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            List<String> values = new java.util.ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    private long number(String sql) throws SQLException {
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The entities get their ids from the database; here they are the demo rows' ids. */
    private static <T> T withId(T entity, long id) throws ReflectiveOperationException {
        Field field = entity.getClass().getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
        return entity;
    }
}
