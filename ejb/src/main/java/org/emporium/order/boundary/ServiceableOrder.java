package org.emporium.order.boundary;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import org.emporium.order.entity.OrderStatus;
import org.emporium.order.entity.ServiceKind;

/** One of the shopper's recent orders with the requests about goods it allows now (refund, or return and exchange). */
public record ServiceableOrder(String number, OrderStatus status, OffsetDateTime placedAt, List<ServiceKind> kinds)
        implements Serializable {}
