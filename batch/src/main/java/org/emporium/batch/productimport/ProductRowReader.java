package org.emporium.batch.productimport;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import org.emporium.batch.control.ImportDirectory;
import org.emporium.catalog.boundary.RowRejection;

/**
 * Reads the uploaded file row by row. Its checkpoint is the number of the last row handed out, so a
 * restart passes over the rows up to it and resumes with the next: the file does not change between runs.
 */
@Named("productImportReader")
@Dependent
public class ProductRowReader extends AbstractItemReader {

    @Inject
    StepContext step;

    @Inject
    ImportDirectory imports;

    /** The uploaded file; it must lie in the import directory. */
    @Inject
    @BatchProperty
    String source;

    private ImportFile file;
    private long lastRow;

    public ProductRowReader() {}

    /** A reader over any file, for tests. */
    ProductRowReader(String source) {
        this.source = source;
    }

    @Override
    public void open(Serializable checkpoint) {
        Path path = resolve();
        ImportState state = ImportState.of(step);
        if (state != null && state.total < 0) {
            state.total = ImportFile.countRows(path);
        }
        file = ImportFile.open(path);
        List<RowRejection> problems = RowChecks.header(file.header());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The file " + path.getFileName() + " does not follow the import"
                    + " layout: "
                    + problems.stream().map(RowRejection::messageKey).toList() + " "
                    + problems.stream().map(RowRejection::column).toList());
        }
        lastRow = checkpoint == null ? 0 : (Long) checkpoint;
        if (lastRow > 0) {
            ImportRow row;
            do {
                row = file.next();
            } while (row != null && row.number() < lastRow);
        }
    }

    @Override
    public ImportRow readItem() {
        ImportRow row = file.next();
        if (row != null) {
            lastRow = row.number();
        }
        return row;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRow;
    }

    @Override
    public void close() {
        if (file != null) {
            file.close();
        }
    }

    private Path resolve() {
        if (imports == null) {
            return Path.of(source);
        }
        return imports.find(source)
                .orElseThrow(() -> new IllegalArgumentException(
                        "The import file " + source + " is not in the import directory " + imports.path()));
    }
}
