package org.emporium.systemtest.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.emporium.batch.boundary.JobRun;
import org.emporium.batch.boundary.Jobs;
import org.emporium.batch.catalogexport.CatalogCsv;
import org.emporium.catalog.boundary.Catalog;
import org.emporium.catalog.entity.Product;
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
 * The {@code catalog-export} job on Payara's batch runtime: a run exports every SKU once, and a run that
 * fails half-way resumes on restart from its checkpoint without losing or repeating a line.
 *
 * <p>The test calls {@link Jobs} through {@link AsOps}, an EJB of the test WAR that runs as {@code ops}.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogExportJobIT {

    private static final String JOB = "catalog-export";
    private static final Duration RUN = Duration.ofSeconds(60);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CatalogExportJobIT.class, AsOps.class);
    }

    @Inject
    AsOps ops;

    @Inject
    Jobs jobs;

    @Inject
    Catalog catalog;

    @Test
    void an_export_holds_a_header_and_one_record_for_every_sku_of_the_catalogue() throws IOException {
        List<String> skus = catalogueSkus();

        JobRun run = finished(ops.start(JOB, new Properties()));

        assertThat(run.status()).isEqualTo(BatchStatus.COMPLETED);
        List<List<String>> records = records(Path.of(run.exportFile()));
        assertThat(records.get(0)).containsExactlyElementsOf(CatalogCsv.COLUMNS);
        assertThat(skuCodes(records)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(skus);
        assertThat(run.exportRows()).isEqualTo((long) skus.size());
        assertThat(run.exitStatus()).contains("rows=" + skus.size());
        assertThat(ops.runs(20)).extracting(JobRun::executionId).contains(run.executionId());
    }

    @Test
    void a_run_failed_by_the_fault_drill_resumes_on_restart_and_writes_every_sku_exactly_once() throws IOException {
        List<String> skus = catalogueSkus();
        Properties drill = new Properties();
        drill.setProperty("chunkSize", "2");
        drill.setProperty("failAfterItems", "5");

        JobRun failed = finished(ops.start(JOB, drill));

        assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.restartable()).isTrue();
        Path file = Path.of(failed.exportFile());
        // Two chunks of two products were committed; the fifth product's lines were written by the chunk
        // that failed and rolled back, so the file holds more than its checkpoint vouches for.
        assertThat(records(file).size() - 1L).isGreaterThan(failed.exportRows());

        JobRun restarted = finished(ops.restart(failed.executionId()));

        assertThat(restarted.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.instanceId()).isEqualTo(failed.instanceId());
        assertThat(restarted.exportFile()).isEqualTo(failed.exportFile());
        List<List<String>> records = records(file);
        assertThat(records.get(0)).containsExactlyElementsOf(CatalogCsv.COLUMNS);
        assertThat(skuCodes(records)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(skus);
        assertThat(restarted.exportRows()).isEqualTo((long) skus.size());
        assertThat(ops.run(failed.executionId()).restartable())
                .as("superseded by its restart")
                .isFalse();
    }

    @Test
    void a_completed_run_cannot_be_restarted() {
        JobRun completed = finished(ops.start(JOB, new Properties()));

        assertThatThrownBy(() -> ops.restart(completed.executionId()))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("jobs.notRestartable"));
    }

    @Test
    void a_job_this_application_does_not_define_is_refused() {
        assertThatThrownBy(() -> ops.start("drop-all-tables", new Properties()))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("jobs.unknown"));
    }

    @Test
    void a_caller_without_the_ops_role_can_neither_start_nor_watch_a_job() {
        assertThatThrownBy(() -> jobs.start(JOB, new Properties())).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> jobs.runs(10)).isInstanceOf(EJBAccessException.class);
    }

    private JobRun finished(long executionId) {
        Eventually.await(
                "run " + executionId + " of " + JOB + " ends",
                RUN,
                () -> !ops.run(executionId).running());
        return ops.run(executionId);
    }

    /** Every SKU code, walking the catalogue the way the job does. */
    private List<String> catalogueSkus() {
        List<String> codes = new ArrayList<>();
        long last = 0;
        for (List<Product> page = catalog.productsAfter(last, 100);
                !page.isEmpty();
                page = catalog.productsAfter(last, 100)) {
            for (Product product : page) {
                product.getSkus().stream().map(Sku::getCode).forEach(codes::add);
                last = product.getId();
            }
        }
        return codes;
    }

    private static List<String> skuCodes(List<List<String>> records) {
        return records.subList(1, records.size()).stream()
                .map(r -> r.get(CatalogCsv.SKU_COLUMN))
                .toList();
    }

    /** Reads the file back as RFC 4180 says, after checking the byte order mark that Excel needs. */
    static List<List<String>> records(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field).as("the file ends with a complete record").isEmpty();
        assertThat(record).isEmpty();
        return records;
    }
}
