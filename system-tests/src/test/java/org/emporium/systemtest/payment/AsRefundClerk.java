package org.emporium.systemtest.payment;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.emporium.payment.boundary.Accounts;
import org.emporium.payment.boundary.Payments;
import org.emporium.payment.boundary.Reconciliations;
import org.emporium.payment.boundary.RefundAsk;
import org.emporium.payment.boundary.RefundableLine;
import org.emporium.payment.entity.Reconciliation;
import org.emporium.payment.entity.Refund;

/** Refunds lines of paid orders and reads the reconciliation as a member of the finance staff does. */
@Stateless
@RunAs(Accounts.FINANCE)
@DeclareRoles(Accounts.FINANCE)
public class AsRefundClerk {

    @Inject
    Payments payments;

    @Inject
    Reconciliations reconciliations;

    public Refund refund(String order, String refundNumber, List<RefundAsk> asks, String reason) {
        return payments.refund(order, refundNumber, asks, reason);
    }

    public List<RefundableLine> lines(String order) {
        return payments.refundableLines(order);
    }

    public List<Refund> refunds() {
        return payments.refunds(200);
    }

    public List<Reconciliation> reconciled(LocalDate day) {
        return reconciliations.latest(200).stream()
                .filter(r -> r.getBillDate().equals(day))
                .toList();
    }
}
