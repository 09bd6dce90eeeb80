package org.emporium.batch.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Named;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.emporium.batch.catalogexport.ExportFileWriter;
import org.emporium.batch.catalogexport.ExportSummary;
import org.emporium.batch.catalogexport.ProductReader;
import org.emporium.batch.catalogexport.ProductToCsv;
import org.emporium.batch.productimport.ImportSummary;
import org.emporium.batch.productimport.ProductImportWriter;
import org.emporium.batch.productimport.ProductRowProcessor;
import org.emporium.batch.productimport.ProductRowReader;
import org.emporium.batch.productimport.RejectedRows;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What a wrong name in a job file would otherwise show only when ops press Start. */
class JobDefinitionsTest {

    private static final List<Class<?>> ARTIFACTS = List.of(
            ProductReader.class,
            ProductToCsv.class,
            ExportFileWriter.class,
            ExportSummary.class,
            ProductRowReader.class,
            ProductRowProcessor.class,
            ProductImportWriter.class,
            ImportSummary.class,
            RejectedRows.class,
            org.emporium.batch.searchreindex.IndexedProductReader.class,
            org.emporium.batch.searchreindex.SearchIndexWriter.class,
            org.emporium.batch.searchreindex.FinishReindex.class,
            org.emporium.batch.searchreindex.ReindexSummary.class,
            org.emporium.batch.couponexpiry.DueCouponReader.class,
            org.emporium.batch.couponexpiry.CouponExpiryWriter.class,
            org.emporium.batch.couponexpiry.ExpirySummary.class,
            org.emporium.batch.couponissue.SegmentMemberReader.class,
            org.emporium.batch.couponissue.CouponIssueWriter.class,
            org.emporium.batch.couponissue.IssueSummary.class,
            org.emporium.batch.paymentreconciliation.GatewayReader.class,
            org.emporium.batch.paymentreconciliation.BillFetcher.class,
            org.emporium.batch.paymentreconciliation.ReconciliationWriter.class,
            org.emporium.batch.paymentreconciliation.ReconciliationSummary.class);

    @Test
    void the_jobs_known_to_the_boundary_are_exactly_the_job_files() throws Exception {
        URL dir = getClass().getResource("/META-INF/batch-jobs");
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            assertThat(files.map(f -> f.getFileName().toString().replaceFirst("\\.xml$", "")))
                    .containsExactlyInAnyOrderElementsOf(Jobs.DEFINED);
        }
    }

    @Test
    void each_job_file_carries_its_own_name_as_id() throws Exception {
        for (String job : Jobs.DEFINED) {
            assertThat(jsl(job).getDocumentElement().getAttribute("id")).isEqualTo(job);
        }
    }

    @Test
    void every_artifact_a_job_refers_to_is_a_named_bean() throws Exception {
        Set<String> named = new HashSet<>();
        ARTIFACTS.forEach(c -> named.add(c.getAnnotation(Named.class).value()));
        for (String job : Jobs.DEFINED) {
            NodeList elements = jsl(job).getElementsByTagName("*");
            for (int i = 0; i < elements.getLength(); i++) {
                String ref = ((Element) elements.item(i)).getAttribute("ref");
                if (!ref.isEmpty()) {
                    assertThat(named).as("artifact of " + job).contains(ref);
                }
            }
        }
    }

    private static Document jsl(String job) throws Exception {
        try (InputStream in = JobDefinitionsTest.class.getResourceAsStream("/META-INF/batch-jobs/" + job + ".xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(in);
        }
    }
}
