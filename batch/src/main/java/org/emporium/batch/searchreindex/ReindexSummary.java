package org.emporium.batch.searchreindex;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.emporium.batch.boundary.ReindexProgress;

/** Leaves the count in the exit status of the indexing step, where {@code asadmin list-batch-jobs} shows it. */
@Named("searchReindexSummary")
@Dependent
public class ReindexSummary extends AbstractStepListener {

    @Inject
    StepContext step;

    @Override
    public void afterStep() {
        BatchStatus status = step.getBatchStatus();
        boolean finished =
                step.getException() == null && (status == BatchStatus.STARTED || status == BatchStatus.COMPLETED);
        if (finished && step.getPersistentUserData() instanceof ReindexProgress progress) {
            step.setExitStatus(progress.summary());
        }
    }
}
