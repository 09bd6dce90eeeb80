package org.emporium.payment.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.payment.entity.RefundStatus;
import org.emporium.payment.entity.RefundStep;
import org.emporium.payment.entity.Tender;
import org.emporium.payment.entity.TenderStatus;

/**
 * Sends the refunds of gateway tenders. The call to the gateway happens outside any database transaction;
 * its request number is fixed when the refund is decided, so a call repeated after a crash or a timeout
 * refunds once at the gateway, and the refund is booked once here. Refunds not yet confirmed are tried again
 * every minute.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Refunds {

    private static final Logger LOG = Logger.getLogger(Refunds.class.getName());

    @Inject
    Settlement settlement;

    @Inject
    Gateways gateways;

    /** Sends one refund; true once the gateway confirmed it (now or before). */
    public boolean send(long tenderId) {
        Tender tender = settlement.tender(tenderId).orElse(null);
        if (tender == null || tender.getStatus() != TenderStatus.REFUNDING) {
            return tender != null && tender.getStatus() == TenderStatus.REFUNDED;
        }
        PaymentGateway gateway = gateways.of(tender.getMethod().channel());
        PaymentGateway.RefundResult result;
        try {
            result = gateway.refund(new PaymentGateway.Refund(
                    tender.getOutTradeNo(),
                    tender.getGatewayTradeNo(),
                    tender.getRefundRequestNo(),
                    tender.getAmount(),
                    "order " + tender.getPayment().getOrderNumber() + " ended"));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Refund of tender " + tenderId + " failed; it is tried again", e);
            return false;
        }
        if (!result.refunded()) {
            LOG.warning(() -> "Refund of tender " + tenderId + " refused: " + result.detail() + "; it is tried again");
            return false;
        }
        settlement.refunded(tenderId, result.detail());
        return true;
    }

    /** Sends one gateway step of a refund under its fixed request number; true once the gateway confirmed it. */
    public boolean sendStep(long stepId) {
        RefundStep step = settlement.refundStep(stepId).orElse(null);
        if (step == null || step.getStatus() != RefundStatus.SENDING) {
            return step != null;
        }
        Tender tender = step.getTender();
        PaymentGateway gateway = gateways.of(tender.getMethod().channel());
        PaymentGateway.RefundResult result;
        try {
            result = gateway.refund(new PaymentGateway.Refund(
                    tender.getOutTradeNo(),
                    tender.getGatewayTradeNo(),
                    step.getRequestNo(),
                    step.getAmount(),
                    step.getRefund().getReason(),
                    tender.getAmount()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Refund step " + stepId + " failed; it is tried again", e);
            return false;
        }
        if (!result.refunded()) {
            LOG.warning(() -> "Refund step " + stepId + " refused: " + result.detail() + "; it is tried again");
            return false;
        }
        settlement.stepRefunded(stepId, result.detail());
        return true;
    }

    public int sendSteps(List<Long> stepIds) {
        int done = 0;
        for (long id : stepIds) {
            if (sendStep(id)) {
                done++;
            }
        }
        return done;
    }

    public int sendAll(List<Long> tenderIds) {
        int done = 0;
        for (long id : tenderIds) {
            if (send(id)) {
                done++;
            }
        }
        return done;
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    void retry() {
        sendAll(settlement.refundsWaiting(100));
        sendSteps(settlement.refundStepsWaiting(100));
    }
}
