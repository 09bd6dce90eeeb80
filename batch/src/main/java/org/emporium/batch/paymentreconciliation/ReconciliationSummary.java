package org.emporium.batch.paymentreconciliation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import org.emporium.batch.control.ExitSummary;

/** Leaves the counts in the exit status of the step and of the run, where the back office's jobs page shows them. */
@Named("reconciliationSummary")
@Dependent
public class ReconciliationSummary extends ExitSummary {

    @Override
    protected String summaryOf(Serializable data) {
        return data instanceof ReconciliationProgress progress ? progress.summary() : null;
    }
}
