package org.emporium.inventory.boundary;

import java.io.Serializable;

/** Units of a SKU held in one warehouse for a reference, and whether the hold is still held, released or consumed. */
public record Hold(String reference, String skuCode, String warehouseCode, int quantity, String status)
        implements Serializable {}
