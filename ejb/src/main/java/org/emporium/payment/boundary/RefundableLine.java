package org.emporium.payment.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** A line of a paid order as the refund form shows it: what it paid, what came back already, what is left. */
public record RefundableLine(Long orderLineId, String label, BigDecimal paid, BigDecimal refunded)
        implements Serializable {

    public BigDecimal getRefundable() {
        return paid.subtract(refunded).max(BigDecimal.ZERO);
    }
}
