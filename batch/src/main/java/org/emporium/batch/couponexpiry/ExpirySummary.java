package org.emporium.batch.couponexpiry;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import org.emporium.batch.control.ExitSummary;

/** Leaves the count in the exit status of the expiring step and of the run, where the back office's jobs page shows it. */
@Named("couponExpirySummary")
@Dependent
public class ExpirySummary extends ExitSummary {

    @Override
    protected String summaryOf(Serializable data) {
        return data instanceof ExpiryProgress progress ? progress.summary() : null;
    }
}
