package org.emporium.batch.paymentreconciliation;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.emporium.batch.control.FaultDrill;
import org.emporium.payment.boundary.Reconciliations;
import org.emporium.payment.entity.Reconciliation;
import org.emporium.payment.entity.ReconciliationOutcome;

/**
 * Compares each fetched bill with our books and records the result in the chunk's transaction: a failed chunk
 * records nothing and its restart reconciles that gateway again; a day reconciled twice keeps one result.
 */
@Named("reconciliationWriter")
@Dependent
public class ReconciliationWriter extends AbstractItemWriter {

    @Inject
    Reconciliations reconciliations;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty
    String failAfterItems;

    private FaultDrill drill;

    @Override
    public void open(Serializable checkpoint) {
        drill = FaultDrill.after(failAfterItems);
    }

    @Override
    public void writeItems(List<Object> items) {
        ReconciliationProgress progress = step.getPersistentUserData() instanceof ReconciliationProgress p
                ? p
                : new ReconciliationProgress(0, 0, 0, 0);
        for (Object item : items) {
            drill.beforeItem();
            Reconciliation result = reconciliations.record((Reconciliations.Bill) item);
            progress = progress.plus(result.getDifferenceCount(), result.getOutcome() == ReconciliationOutcome.NO_BILL);
        }
        step.setPersistentUserData(progress);
    }
}
