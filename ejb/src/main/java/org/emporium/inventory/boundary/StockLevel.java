package org.emporium.inventory.boundary;

import java.io.Serializable;

/** A SKU's stock over every active warehouse: on hand, of which reserved, and what is left to sell. */
public record StockLevel(String skuCode, int onHand, int reserved) implements Serializable {

    public static StockLevel none(String skuCode) {
        return new StockLevel(skuCode, 0, 0);
    }

    public int available() {
        return onHand - reserved;
    }
}
