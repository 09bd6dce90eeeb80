package org.emporium.batch.paymentreconciliation;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.emporium.payment.boundary.Reconciliations;

/** Fetches the gateway's bill of the run's day (the gateway call happens here, outside the chunk's writing). */
@Named("billFetcher")
@Dependent
public class BillFetcher implements ItemProcessor {

    @Inject
    Reconciliations reconciliations;

    @Inject
    @BatchProperty
    String day;

    @Override
    public Object processItem(Object channel) {
        return reconciliations.fetch((String) channel, BillDay.of(day, Instant.now()));
    }
}
