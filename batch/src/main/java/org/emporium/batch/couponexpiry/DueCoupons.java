package org.emporium.batch.couponexpiry;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import org.emporium.promotion.boundary.CouponExpiry;

/**
 * Reads the coupons due a page at a time, each page in a transaction of its own, so the chunk transaction
 * holds only the job repository and the expiring (as the catalogue export's reader does).
 */
@Stateless
public class DueCoupons {

    @Inject
    CouponExpiry expiry;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> after(long lastId, int max, OffsetDateTime at) {
        return expiry.dueAfter(lastId, max, at);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long count(OffsetDateTime at) {
        return expiry.countDue(at);
    }
}
