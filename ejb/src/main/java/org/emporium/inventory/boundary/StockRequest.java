package org.emporium.inventory.boundary;

import java.io.Serializable;
import java.util.Objects;

/** A quantity of one SKU that an order wants held. */
public record StockRequest(String skuCode, int quantity) implements Serializable {

    public StockRequest {
        Objects.requireNonNull(skuCode, "skuCode");
        if (quantity <= 0) {
            throw new IllegalArgumentException("Quantity " + quantity + " of " + skuCode);
        }
    }
}
