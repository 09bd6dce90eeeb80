package org.emporium.batch.productimport;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.emporium.batch.boundary.ImportProgress;
import org.emporium.batch.control.CsvFile;
import org.emporium.batch.control.ExportDirectory;
import org.emporium.batch.control.FaultDrill;
import org.emporium.batch.control.FileOutput;
import org.emporium.catalog.boundary.ImportOutcome;
import org.emporium.catalog.boundary.ImportedProduct;

/**
 * Hands each chunk's drafts to the catalogue's bulk writer and reports the rows it rejected. Its
 * checkpoint is the progress with the report's committed length: a restart cuts the report back to it,
 * so no problem is reported twice, and continues the counts.
 */
@Named("productImportWriter")
@Dependent
public class ProductImportWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(ProductImportWriter.class.getName());

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    ExportDirectory exports;

    @Inject
    ImportChunks catalog;

    @Inject
    @BatchProperty
    String source;

    @Inject
    @BatchProperty
    String failAfterItems;

    private ImportState state;
    private FaultDrill drill;

    @Override
    public void open(Serializable checkpoint) {
        drill = FaultDrill.after(failAfterItems);
        state = ImportState.of(step);
        if (checkpoint instanceof ImportProgress last) {
            state.resume(last);
            state.report = CsvFile.resume(new FileOutput(last.report(), last.reportBytes(), last.rejected()));
        } else {
            state.source = source;
            state.report = CsvFile.create(
                    exports.path().resolve("product-import-" + job.getInstanceId() + "-report.csv"),
                    ImportReport.HEADER);
        }
        step.setPersistentUserData(state.progress());
    }

    @Override
    public void writeItems(List<Object> items) {
        List<ImportedProduct> drafts = new ArrayList<>(items.size());
        for (Object item : items) {
            drill.beforeItem();
            drafts.add((ImportedProduct) item);
        }
        long start = System.nanoTime();
        ImportOutcome outcome = catalog.write(drafts);
        long took = System.nanoTime() - start;
        state.report.append(ImportReport.records(outcome.rejected()));
        state.rejected +=
                outcome.rejected().stream().map(r -> r.row()).distinct().count();
        state.created += outcome.created();
        state.updated += outcome.updated();
        state.skus += outcome.skus();
        state.databaseNanos += outcome.databaseNanos();
        LOG.fine(() -> "product-import " + job.getExecutionId() + ": chunk of " + drafts.size() + " in "
                + took / 1_000_000 + " ms, " + outcome.databaseNanos() / 1_000_000 + " ms of it in JDBC");
    }

    @Override
    public Serializable checkpointInfo() {
        ImportProgress progress = state.progress();
        step.setPersistentUserData(progress);
        return progress;
    }

    @Override
    public void close() {
        if (state != null && state.report != null) {
            state.report.close();
        }
    }
}
