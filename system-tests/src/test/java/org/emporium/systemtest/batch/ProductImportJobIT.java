package org.emporium.systemtest.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.emporium.batch.boundary.ImportProgress;
import org.emporium.batch.boundary.JobRun;
import org.emporium.batch.boundary.Jobs;
import org.emporium.batch.boundary.ProductImports;
import org.emporium.catalog.boundary.Catalog;
import org.emporium.catalog.boundary.RowRejection;
import org.emporium.catalog.entity.Product;
import org.emporium.catalog.entity.ProductStatus;
import org.emporium.catalog.entity.Sku;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.systemtest.Deployments;
import org.emporium.systemtest.Eventually;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The {@code product-import} job on Payara's batch runtime and PostgreSQL: good rows become products with
 * their SKUs while bad rows land in the report, a second run of the same file adds nothing, and a run that
 * fails half-way resumes on restart and ends with the right totals.
 */
@ExtendWith(ArquillianExtension.class)
class ProductImportJobIT {

    private static final Duration RUN = Duration.ofSeconds(120);
    private static final String HEADER = "product_slug,category_slug,brand_slug,name_zh,name_en,description_en,status,"
            + "sku_prefix,variant:colour,variant:size,attr:material,price,list_price,weight_g,barcode";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ProductImportJobIT.class, AsImporter.class, AsOps.class);
    }

    @Inject
    AsImporter importer;

    @Inject
    AsOps ops;

    @Inject
    ProductImports imports;

    @Inject
    Catalog catalog;

    @Test
    void good_rows_become_products_with_their_skus_and_the_report_lists_exactly_the_bad_rows() {
        String tag = tag();
        byte[] file = csv(
                good(tag, "tee", "white|blue", "m|l", "199.00"),
                // row 3: a category that does not exist
                row(
                        tag + "-bad-category",
                        "no-such-category",
                        "",
                        "名",
                        "Name",
                        "",
                        "DRAFT",
                        tag + "-BC",
                        "",
                        "",
                        "",
                        "10.00",
                        "",
                        "",
                        ""),
                good(tag, "mug", "", "", "59.90"),
                // row 5: a price that is not an amount, and no English name
                row(
                        tag + "-bad-price",
                        "kitchen",
                        "",
                        "名",
                        "",
                        "",
                        "DRAFT",
                        tag + "-BP",
                        "",
                        "",
                        "",
                        "12,3.456",
                        "",
                        "",
                        ""),
                // row 6: a SKU code of a demo product: rejected by the writer, with the database's knowledge
                row(
                        tag + "-stolen",
                        "kitchen",
                        "",
                        "名",
                        "Name",
                        "",
                        "DRAFT",
                        "SHIRT-OX-WH-M",
                        "",
                        "",
                        "",
                        "10.00",
                        "",
                        "",
                        ""),
                good(tag, "shirt", "blue", "m|l", "239.00"));

        JobRun run = finished(importer.upload(file, new Properties()));

        assertThat(run.status()).isEqualTo(BatchStatus.COMPLETED);
        ImportProgress progress = run.imported();
        assertThat(progress.total()).isEqualTo(6);
        assertThat(progress.created()).isEqualTo(3);
        assertThat(progress.rejected()).isEqualTo(3);
        assertThat(progress.skus()).isEqualTo(4 + 1 + 2);
        assertThat(run.skipped()).as("rows the checks skipped").isEqualTo(2);
        assertThat(run.exitStatus()).contains("created=3");

        Product tee = product(tag + "-tee");
        assertThat(tee.getStatus()).isEqualTo(ProductStatus.ON_SALE);
        assertThat(tee.getSkus())
                .extracting(Sku::getCode)
                .containsExactly(
                        code(tag, "tee") + "-WHITE-M",
                        code(tag, "tee") + "-WHITE-L",
                        code(tag, "tee") + "-BLUE-M",
                        code(tag, "tee") + "-BLUE-L");
        assertThat(tee.getSkus()).allSatisfy(s -> {
            assertThat(s.getPrice()).isEqualByComparingTo("199.00");
            assertThat(s.getWeightGrams()).isEqualTo(250);
            assertThat(s.getSpecEn()).contains(" / ");
        });
        assertThat(product(tag + "-mug").getSkus()).extracting(Sku::getCode).containsExactly(code(tag, "mug"));

        List<RowRejection> report = importer.report(run.executionId()).orElseThrow();
        assertThat(report)
                .extracting(RowRejection::row, RowRejection::column, RowRejection::messageKey)
                .containsExactly(
                        tuple(3L, "category_slug", "catalog.import.category.unknown"),
                        tuple(5L, "name_en", "catalog.import.value.required"),
                        tuple(5L, "price", "catalog.import.number.format"),
                        tuple(6L, "sku_prefix", "catalog.sku.code.taken"));
    }

    @Test
    void the_same_file_imported_twice_creates_nothing_twice_and_a_changed_file_updates_the_products() {
        String tag = tag();
        byte[] file = csv(good(tag, "tee", "white|blue", "m", "199.00"), good(tag, "mug", "", "", "59.90"));
        finished(importer.upload(file, new Properties()));
        long products = catalog.productCount();

        JobRun again = finished(importer.upload(file, new Properties()));

        assertThat(again.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(again.imported().created()).isZero();
        assertThat(again.imported().updated()).isEqualTo(2);
        assertThat(catalog.productCount()).isEqualTo(products);
        assertThat(product(tag + "-tee").getSkus()).hasSize(2);

        JobRun changed = finished(importer.upload(
                csv(good(tag, "tee", "white|blue", "m", "149.00"), good(tag, "mug", "", "", "49.90")),
                new Properties()));

        assertThat(changed.imported().updated()).isEqualTo(2);
        assertThat(catalog.productCount()).isEqualTo(products);
        assertThat(product(tag + "-tee").getSkus())
                .hasSize(2)
                .allSatisfy(s -> assertThat(s.getPrice()).isEqualByComparingTo(new BigDecimal("149.00")));
        assertThat(product(tag + "-mug").getMinPrice()).isEqualByComparingTo("49.90");
    }

    @Test
    void a_run_failed_half_way_resumes_on_restart_and_ends_with_every_product_once_and_each_bad_row_reported_once() {
        String tag = tag();
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            rows.add(
                    i % 10 == 0
                            ? row(
                                    tag + "-x" + i,
                                    "kitchen",
                                    "",
                                    "名",
                                    "Name",
                                    "",
                                    "SOLD",
                                    tag + "-X" + i,
                                    "",
                                    "",
                                    "",
                                    "9.90",
                                    "",
                                    "",
                                    "")
                            : good(tag, "p" + i, "", "", "9.90"));
        }
        Properties drill = new Properties();
        drill.setProperty("chunkSize", "4");
        drill.setProperty("failAfterItems", "13");

        JobRun failed = finished(importer.upload(csv(rows.toArray(String[]::new)), drill));

        assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.restartable()).isTrue();
        assertThat(failed.imported().created()).isBetween(1L, 35L);

        JobRun restarted = finished(importer.restart(failed.executionId()));

        assertThat(restarted.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.instanceId()).isEqualTo(failed.instanceId());
        assertThat(restarted.imported().created()).isEqualTo(36);
        assertThat(restarted.imported().rejected()).isEqualTo(4);
        assertThat(importer.report(restarted.executionId()).orElseThrow())
                .extracting(RowRejection::row)
                .containsExactly(11L, 21L, 31L, 41L);
        for (int i = 1; i <= 40; i++) {
            if (i % 10 != 0) {
                assertThat(product(tag + "-p" + i).getSkus()).hasSize(1);
            }
        }
    }

    @Test
    void a_file_without_the_layouts_columns_is_refused_at_upload_with_the_reason() {
        byte[] wrong = "\uFEFFname,price\r\nTee,9.90\r\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> importer.upload(wrong, new Properties()))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("catalog.import.file.columns.missing"));
    }

    @Test
    void only_catalogue_managers_may_import_and_ops_may_not_start_an_import_through_the_jobs_boundary() {
        byte[] file = csv(good(tag(), "tee", "", "", "9.90"));

        assertThatThrownBy(() -> imports.start(new java.io.ByteArrayInputStream(file), new Properties()))
                .isInstanceOf(EJBAccessException.class);
        Properties parameters = new Properties();
        parameters.setProperty("source", "/etc/passwd");
        assertThatThrownBy(() -> ops.start(Jobs.PRODUCT_IMPORT, parameters))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("jobs.forbidden"));
    }

    @Test
    void the_template_in_either_format_has_the_layouts_header() {
        String csv = new String(importer.template(ProductImports.Format.CSV), StandardCharsets.UTF_8);
        byte[] xlsx = importer.template(ProductImports.Format.XLSX);

        assertThat(csv)
                .startsWith("\uFEFFproduct_slug,category_slug,brand_slug")
                .contains("variant:colour");
        assertThat(xlsx).startsWith(0x50, 0x4B, 0x03, 0x04);
    }

    private JobRun finished(long executionId) {
        Eventually.await(
                "import run " + executionId + " ends",
                RUN,
                () -> !importer.run(executionId).running());
        return importer.run(executionId);
    }

    private Product product(String slug) {
        for (long last = 0; ; ) {
            List<Product> page = catalog.productsAfter(last, 500);
            if (page.isEmpty()) {
                throw new AssertionError("No product " + slug);
            }
            for (Product p : page) {
                if (p.getSlug().equals(slug)) {
                    return catalog.product(p.getId()).orElseThrow();
                }
                last = p.getId();
            }
        }
    }

    /** A product that every check passes: apparel needs colour and size, the kitchen needs nothing. */
    private static String good(String tag, String name, String colours, String sizes, String price) {
        boolean apparel = !colours.isEmpty();
        return row(
                tag + "-" + name,
                apparel ? "mens-shirts" : "kitchen",
                apparel ? "north-loom" : "",
                "导入" + name,
                "Imported " + name,
                "<p>From the import, " + name + "</p>",
                "ON_SALE",
                code(tag, name),
                colours,
                sizes,
                apparel ? "Cotton" : "",
                price,
                "",
                "250",
                "");
    }

    private static String code(String tag, String name) {
        return (tag + "-" + name).toUpperCase(Locale.ROOT);
    }

    private static String row(String... cells) {
        return String.join(
                ",",
                List.of(cells).stream()
                        .map(c -> c.contains(",") ? '"' + c + '"' : c)
                        .toList());
    }

    private static byte[] csv(String... rows) {
        return ("\uFEFF" + HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Each test its own slugs and codes: the tests share one database. */
    private static String tag() {
        return "it" + UUID.randomUUID().toString().substring(0, 6);
    }
}
