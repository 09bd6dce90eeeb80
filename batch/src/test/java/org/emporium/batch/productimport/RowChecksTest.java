package org.emporium.batch.productimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emporium.catalog.boundary.ImportColumns;
import org.emporium.catalog.boundary.ImportedProduct;
import org.emporium.catalog.boundary.RowRejection;
import org.emporium.catalog.entity.ProductStatus;
import org.junit.jupiter.api.Test;

class RowChecksTest {

    private final RowChecks checks = new RowChecks(Codes.demo());

    @Test
    void a_good_row_becomes_a_draft_with_its_variant_axes_attributes_and_amounts() {
        ImportedProduct draft = checks.draft(row(2, Map.of()));

        assertThat(draft.row()).isEqualTo(2);
        assertThat(draft.slug()).isEqualTo("import-tee");
        assertThat(draft.status()).isEqualTo(ProductStatus.ON_SALE);
        assertThat(draft.skuPrefix()).isEqualTo("TEE");
        assertThat(draft.axes())
                .extracting(ImportedProduct.VariantAxis::attribute, ImportedProduct.VariantAxis::options)
                .containsExactly(tuple("colour", List.of("white", "blue")), tuple("size", List.of("m", "l")));
        assertThat(draft.attributes()).containsEntry("material", "Cotton").containsEntry("diameter", "");
        assertThat(draft.price()).isEqualByComparingTo("199");
        assertThat(draft.price().scale()).isEqualTo(2);
        assertThat(draft.listPrice()).isEqualTo(new BigDecimal("259.00"));
        assertThat(draft.weightGrams()).isEqualTo(180);
        assertThat(draft.barcodes()).isEmpty();
        assertThat(draft.costPrice()).isEqualTo(new BigDecimal("88.50"));
    }

    @Test
    void a_cost_price_may_be_left_out_but_not_be_negative() {
        assertThat(checks.draft(row(2, Map.of(ImportColumns.COST_PRICE, ""))).costPrice())
                .isNull();
        // a file of its own: the same slug in a second row of one file is refused as repeated
        assertThatThrownBy(() -> new RowChecks(Codes.demo()).draft(row(3, Map.of(ImportColumns.COST_PRICE, "-1"))))
                .isInstanceOfSatisfying(
                        RowRejected.class,
                        e -> assertThat(e.problems())
                                .extracting(RowRejection::column, RowRejection::messageKey)
                                .containsExactly(tuple(ImportColumns.COST_PRICE, "catalog.sku.cost.negative")));
    }

    @Test
    void a_bad_row_lists_every_problem_with_its_column_at_once() {
        Map<String, String> bad = new HashMap<>();
        bad.put(ImportColumns.SLUG, "Import Tee");
        bad.put(ImportColumns.CATEGORY, "shoes");
        bad.put(ImportColumns.NAME_EN, "");
        bad.put(ImportColumns.STATUS, "live");
        bad.put("variant:colour", "white|red");
        bad.put(ImportColumns.PRICE, "12.345");
        bad.put(ImportColumns.WEIGHT, "-3");
        bad.put(ImportColumns.BARCODE, "6901234567891");

        assertThatThrownBy(() -> checks.draft(row(5, bad)))
                .isInstanceOfSatisfying(
                        RowRejected.class,
                        e -> assertThat(e.problems())
                                .extracting(RowRejection::row, RowRejection::column, RowRejection::messageKey)
                                .containsExactlyInAnyOrder(
                                        tuple(5L, ImportColumns.SLUG, "catalog.import.value.format"),
                                        tuple(5L, ImportColumns.CATEGORY, "catalog.import.category.unknown"),
                                        tuple(5L, ImportColumns.NAME_EN, "catalog.import.value.required"),
                                        tuple(5L, ImportColumns.STATUS, "catalog.import.status.unknown"),
                                        tuple(5L, "variant:colour", "catalog.attribute.option.unknown"),
                                        tuple(5L, ImportColumns.PRICE, "catalog.import.number.format"),
                                        tuple(5L, ImportColumns.WEIGHT, "catalog.import.weight.format"),
                                        tuple(5L, ImportColumns.BARCODE, "catalog.sku.barcode.format")));
    }

    @Test
    void barcodes_must_come_one_per_sku_in_the_order_of_the_combinations() {
        Map<String, String> two = Map.of(ImportColumns.BARCODE, "6901234567892|6901234567892");

        assertThatThrownBy(() -> checks.draft(row(3, two)))
                .isInstanceOfSatisfying(
                        RowRejected.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.messageKey()).isEqualTo("catalog.import.barcode.count");
                            assertThat(p.arguments()).containsExactly("4", "2");
                        }));
    }

    @Test
    void a_slug_or_sku_code_given_by_an_earlier_row_of_the_file_is_refused_with_that_row() {
        checks.draft(row(2, Map.of()));

        assertThatThrownBy(() -> checks.draft(row(9, Map.of())))
                .isInstanceOfSatisfying(
                        RowRejected.class,
                        e -> assertThat(e.problems())
                                .extracting(RowRejection::messageKey, RowRejection::arguments)
                                .containsExactly(
                                        tuple("catalog.import.slug.repeated", List.of("import-tee", "2")),
                                        tuple("catalog.import.sku.repeated", List.of("TEE-WHITE-M", "2"))));
    }

    @Test
    void a_header_without_required_columns_or_with_unknown_ones_is_refused() {
        assertThat(RowChecks.header(List.of("product_slug", "name_zh", "colour")))
                .extracting(RowRejection::messageKey, RowRejection::column)
                .contains(
                        tuple("catalog.import.file.columns.missing", ImportColumns.CATEGORY),
                        tuple("catalog.import.file.columns.missing", ImportColumns.PRICE),
                        tuple("catalog.import.file.columns.unknown", "colour"));
    }

    static ImportRow row(long number, Map<String, String> changes) {
        Map<String, String> cells = new HashMap<>();
        cells.put(ImportColumns.SLUG, "import-tee");
        cells.put(ImportColumns.CATEGORY, "mens-shirts");
        cells.put(ImportColumns.BRAND, "north-loom");
        cells.put(ImportColumns.NAME_ZH, "导入T恤");
        cells.put(ImportColumns.NAME_EN, "Imported tee");
        cells.put(ImportColumns.STATUS, "on_sale");
        cells.put(ImportColumns.SKU_PREFIX, "tee");
        cells.put("variant:colour", "white | blue");
        cells.put("variant:size", "M|L");
        cells.put("attr:material", "Cotton");
        cells.put("attr:diameter", "");
        cells.put(ImportColumns.PRICE, "199");
        cells.put(ImportColumns.LIST_PRICE, "259.00");
        cells.put(ImportColumns.COST_PRICE, "88.5");
        cells.put(ImportColumns.WEIGHT, "180");
        cells.put(ImportColumns.BARCODE, "");
        cells.putAll(changes);
        return new ImportRow(number, cells);
    }
}
