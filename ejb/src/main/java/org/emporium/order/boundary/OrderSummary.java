package org.emporium.order.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.emporium.order.entity.OrderStatus;

/**
 * An order in one line, as other contexts show it (the chat's visitor panel): number, status (the name of an
 * {@link OrderStatus}), amount, items, when.
 */
public record OrderSummary(
        String number, String status, BigDecimal payable, String currency, int items, OffsetDateTime placedAt)
        implements Serializable {}
