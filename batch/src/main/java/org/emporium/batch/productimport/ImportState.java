package org.emporium.batch.productimport;

import jakarta.batch.runtime.context.StepContext;
import org.emporium.batch.boundary.ImportProgress;
import org.emporium.batch.control.CsvFile;

/**
 * What the reader, the writer and the skip listener of one step execution share: the report file they
 * all append to and the counts. It lives in the step's transient user data; the writer turns it into its
 * checkpoint after every chunk.
 */
final class ImportState {

    String source;
    long total = -1;
    CsvFile report;
    long rejected;
    long created;
    long updated;
    long skus;
    long databaseNanos;

    /** The step's state, created on first use. */
    static ImportState of(StepContext step) {
        if (step == null) {
            return null;
        }
        if (step.getTransientUserData() instanceof ImportState state) {
            return state;
        }
        ImportState state = new ImportState();
        step.setTransientUserData(state);
        return state;
    }

    void resume(ImportProgress checkpoint) {
        source = checkpoint.source();
        total = checkpoint.total();
        rejected = checkpoint.rejected();
        created = checkpoint.created();
        updated = checkpoint.updated();
        skus = checkpoint.skus();
        databaseNanos = checkpoint.databaseMillis() * 1_000_000;
    }

    /** Forces the report to disk first: a checkpoint must not promise lines a crash could take away. */
    ImportProgress progress() {
        var position = report.position();
        return new ImportProgress(
                source,
                Math.max(total, 0),
                position.file(),
                position.bytes(),
                rejected,
                created,
                updated,
                skus,
                databaseNanos / 1_000_000);
    }
}
