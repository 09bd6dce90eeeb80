package org.emporium.batch.paymentreconciliation;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.emporium.payment.boundary.Reconciliations;

/**
 * Hands out the gateways to reconcile, one per item, in a fixed order. The checkpoint is how many were handed out,
 * so a restart goes on with the next gateway and leaves the ones done as they were recorded.
 */
@Named("gatewayReader")
@Dependent
public class GatewayReader extends AbstractItemReader {

    @Inject
    Reconciliations reconciliations;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty
    String day;

    private List<String> channels;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        channels = reconciliations.channels();
        next = checkpoint == null ? 0 : (Integer) checkpoint;
        if (!(step.getPersistentUserData() instanceof ReconciliationProgress)) {
            step.setPersistentUserData(new ReconciliationProgress(channels.size(), 0, 0, 0));
        }
    }

    @Override
    public String readItem() {
        return next < channels.size() ? channels.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
