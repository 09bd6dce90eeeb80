package org.emporium.order.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a service request asks the payment context to give back: the order, the refund's number (fixed with the
 * request, so a second press refunds nothing more), each order line with what its units paid, and why.
 */
public record ServiceRefund(String orderNumber, String refundNumber, List<Line> lines, String reason)
        implements Serializable {

    public record Line(long orderLineId, BigDecimal amount) implements Serializable {}

    public BigDecimal total() {
        return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
