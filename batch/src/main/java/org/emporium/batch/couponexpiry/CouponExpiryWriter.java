package org.emporium.batch.couponexpiry;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.emporium.batch.control.FaultDrill;
import org.emporium.promotion.boundary.CouponExpiry;

/**
 * Expires a chunk of coupons in the chunk's transaction: a failed chunk expires none of them, and its restart
 * finds them still due. A coupon expired already is left as it is, so writing a chunk again changes nothing.
 */
@Named("couponExpiryWriter")
@Dependent
public class CouponExpiryWriter extends AbstractItemWriter {

    @Inject
    CouponExpiry expiry;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty
    String at;

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
        List<Long> ids = items.stream().map(Long.class::cast).toList();
        ids.forEach(id -> drill.beforeItem());
        int expired = expiry.expire(ids, Cutoff.of(at, Instant.now()));
        ExpiryProgress progress =
                step.getPersistentUserData() instanceof ExpiryProgress p ? p : new ExpiryProgress(0, 0);
        step.setPersistentUserData(progress.plus(expired));
    }
}
