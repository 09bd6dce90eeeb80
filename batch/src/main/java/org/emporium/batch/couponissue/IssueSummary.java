package org.emporium.batch.couponissue;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import org.emporium.batch.control.ExitSummary;

/** Leaves the counts in the exit status of the issuing step and of the run, where the jobs page shows them. */
@Named("couponIssueSummary")
@Dependent
public class IssueSummary extends ExitSummary {

    @Override
    protected String summaryOf(Serializable data) {
        return data instanceof IssueProgress progress ? progress.summary() : null;
    }
}
