package org.emporium.batch.couponexpiry;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.Properties;
import java.util.logging.Logger;
import org.emporium.batch.boundary.Jobs;

/**
 * Starts the coupon-expiry job once a night, as ops would from the jobs page; its runs show there like any
 * other. On several nodes each starts one: the second finds nothing left to expire.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyCouponExpiry {

    private static final Logger LOG = Logger.getLogger(NightlyCouponExpiry.class.getName());

    @Schedule(hour = "2", minute = "5", persistent = false)
    void nightly() {
        Properties parameters = new Properties();
        parameters.setProperty(Cutoff.PARAMETER, Instant.now().toString());
        long run = BatchRuntime.getJobOperator().start(Jobs.COUPON_EXPIRY, parameters);
        LOG.info(() -> "The nightly schedule started " + Jobs.COUPON_EXPIRY + " as run " + run);
    }
}
