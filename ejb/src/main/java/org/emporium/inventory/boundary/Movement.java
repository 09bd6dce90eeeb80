package org.emporium.inventory.boundary;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A line of the stock movement log as purchasing reads it. */
public record Movement(
        long id,
        String skuCode,
        String warehouseCode,
        String kind,
        int onHandDelta,
        int reservedDelta,
        int onHandAfter,
        int reservedAfter,
        String reference,
        String reason,
        String actor,
        OffsetDateTime occurredAt)
        implements Serializable {}
