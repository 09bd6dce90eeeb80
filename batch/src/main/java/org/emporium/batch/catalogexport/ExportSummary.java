package org.emporium.batch.catalogexport;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.emporium.batch.control.FileOutput;

/**
 * Leaves the row count and the file in the exit status of a finished export, where {@code asadmin
 * list-batch-jobs} shows it. A failed or stopped run keeps its status as exit status, which says more.
 */
@Named("catalogExportSummary")
@Dependent
public class ExportSummary extends AbstractStepListener {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Override
    public void afterStep() {
        BatchStatus status = step.getBatchStatus();
        boolean finished =
                step.getException() == null && (status == BatchStatus.STARTED || status == BatchStatus.COMPLETED);
        if (finished && step.getPersistentUserData() instanceof FileOutput output) {
            step.setExitStatus(output.summary());
            job.setExitStatus(output.summary());
        }
    }
}
