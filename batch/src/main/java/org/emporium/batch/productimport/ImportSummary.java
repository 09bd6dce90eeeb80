package org.emporium.batch.productimport;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.emporium.batch.boundary.ImportProgress;

/**
 * Leaves the counts in the exit status of a finished import, where {@code asadmin list-batch-jobs} shows
 * them, and in the log with the time spent in the database, which the benchmark reads.
 */
@Named("productImportSummary")
@Dependent
public class ImportSummary extends AbstractStepListener {

    private static final Logger LOG = Logger.getLogger(ImportSummary.class.getName());

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Override
    public void afterStep() {
        BatchStatus status = step.getBatchStatus();
        boolean finished =
                step.getException() == null && (status == BatchStatus.STARTED || status == BatchStatus.COMPLETED);
        if (step.getPersistentUserData() instanceof ImportProgress progress) {
            LOG.info(() -> "product-import run " + job.getExecutionId() + " " + status + ": " + progress.summary());
            if (finished) {
                step.setExitStatus(progress.summary());
                job.setExitStatus(progress.summary());
            }
        }
    }
}
