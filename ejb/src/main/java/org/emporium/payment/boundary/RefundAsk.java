package org.emporium.payment.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What staff ask to give back of one line of an order: the order line's id (null: the shipping fee and the
 * order's other charges), and how much (null: all that is left of it).
 */
public record RefundAsk(Long orderLineId, BigDecimal amount) implements Serializable {}
