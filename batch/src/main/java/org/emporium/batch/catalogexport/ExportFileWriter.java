package org.emporium.batch.catalogexport;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import org.emporium.batch.control.CsvFile;
import org.emporium.batch.control.ExportDirectory;
import org.emporium.batch.control.FaultDrill;
import org.emporium.batch.control.FileOutput;

/**
 * Appends each chunk's records to the export file. Its checkpoint is where the file stood after the last
 * committed chunk, with the file's path: a restart gets a new execution id, and must still find the file
 * that the failed execution began.
 */
@Named("catalogExportWriter")
@Dependent
public class ExportFileWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    ExportDirectory exports;

    /** The file to write; by default {@code catalog-<execution id>.csv} in the export directory. */
    @Inject
    @BatchProperty
    String output;

    @Inject
    @BatchProperty
    String failAfterItems;

    private CsvFile file;
    private FaultDrill drill;

    @Override
    public void open(Serializable checkpoint) {
        drill = FaultDrill.after(failAfterItems);
        file = checkpoint instanceof FileOutput last
                ? CsvFile.resume(last)
                : CsvFile.create(target(), CatalogCsv.HEADER);
        step.setPersistentUserData(file.position());
    }

    @Override
    @SuppressWarnings("unchecked")
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            drill.beforeItem();
            file.append((List<String>) item);
        }
    }

    @Override
    public Serializable checkpointInfo() {
        FileOutput position = file.position();
        step.setPersistentUserData(position);
        return position;
    }

    @Override
    public void close() {
        if (file != null) {
            file.close();
        }
    }

    private Path target() {
        return output == null || output.isBlank()
                ? exports.path().resolve("catalog-" + job.getExecutionId() + ".csv")
                : Path.of(output.trim());
    }
}
