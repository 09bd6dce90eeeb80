package org.emporium.batch.paymentreconciliation;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Leaves the counts in the exit status of the step and of the run, where the back office's jobs page shows them. */
@Named("reconciliationSummary")
@Dependent
public class ReconciliationSummary extends AbstractStepListener {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Override
    public void afterStep() {
        BatchStatus status = step.getBatchStatus();
        boolean finished =
                step.getException() == null && (status == BatchStatus.STARTED || status == BatchStatus.COMPLETED);
        if (finished && step.getPersistentUserData() instanceof ReconciliationProgress progress) {
            step.setExitStatus(progress.summary());
            job.setExitStatus(progress.summary());
        }
    }
}
