package org.emporium.batch.control;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import java.io.Serializable;

/**
 * A step listener that leaves a finished step's summary (the counts its progress keeps as the step's persistent
 * user data) in the exit status of the step and of the run, where the back office's jobs page and {@code asadmin
 * list-batch-jobs} show it. A failed or stopped step keeps its status as exit status, which says more. Each job
 * names its own listener and says how its progress reads.
 */
public abstract class ExitSummary extends AbstractStepListener {

    @Inject
    protected JobContext job;

    @Inject
    protected StepContext step;

    /** The summary of this job's progress, or null when the step holds no progress of this job's kind. */
    protected abstract String summaryOf(Serializable progress);

    @Override
    public void afterStep() {
        BatchStatus status = step.getBatchStatus();
        boolean finished =
                step.getException() == null && (status == BatchStatus.STARTED || status == BatchStatus.COMPLETED);
        String summary = finished ? summaryOf(step.getPersistentUserData()) : null;
        if (summary != null) {
            step.setExitStatus(summary);
            job.setExitStatus(summary);
        }
    }
}
