package org.emporium.batch.paymentreconciliation;

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
 * Reconciles yesterday's bills once a night, after the gateways publish them (Alipay and WeChat Pay: from about
 * 09:00 and 10:00 Beijing time, that is 01:00 and 02:00 UTC), as ops would from the jobs page; the runs show there
 * like any other. On several nodes each starts one: a day reconciled again keeps one result.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyPaymentReconciliation {

    private static final Logger LOG = Logger.getLogger(NightlyPaymentReconciliation.class.getName());

    @Schedule(hour = "3", minute = "20", persistent = false)
    void nightly() {
        Properties parameters = new Properties();
        parameters.setProperty(
                BillDay.PARAMETER, BillDay.yesterday(Instant.now()).toString());
        long run = BatchRuntime.getJobOperator().start(Jobs.PAYMENT_RECONCILIATION, parameters);
        LOG.info(() -> "The nightly schedule started " + Jobs.PAYMENT_RECONCILIATION + " as run " + run);
    }
}
