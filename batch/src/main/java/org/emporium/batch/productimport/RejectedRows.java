package org.emporium.batch.productimport;

import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Writes the problems of a skipped row into the error report, which the writer checkpoints with its chunk. */
@Named("productImportRejectedRows")
@Dependent
public class RejectedRows implements SkipProcessListener {

    @Inject
    StepContext step;

    @Override
    public void onSkipProcessItem(Object item, Exception e) {
        if (e instanceof RowRejected rejected) {
            ImportState state = ImportState.of(step);
            state.report.append(ImportReport.records(rejected.problems()));
            state.rejected++;
        }
    }
}
