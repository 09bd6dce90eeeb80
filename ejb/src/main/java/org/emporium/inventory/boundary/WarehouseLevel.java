package org.emporium.inventory.boundary;

import java.io.Serializable;

/** A SKU's stock in one warehouse, as the warehouse page lists it. */
public record WarehouseLevel(String skuCode, WarehouseInfo warehouse, int onHand, int reserved)
        implements Serializable {

    public int available() {
        return onHand - reserved;
    }
}
