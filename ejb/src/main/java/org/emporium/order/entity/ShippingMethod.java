package org.emporium.order.entity;

import java.math.BigDecimal;

/**
 * How an order travels, with its fee rule: standard delivery is free from a threshold of item value, express
 * always costs its fee. Amounts are in CNY, the shop's currency.
 */
public enum ShippingMethod {
    STANDARD(new BigDecimal("10.00"), new BigDecimal("99.00")),
    EXPRESS(new BigDecimal("22.00"), null);

    private final BigDecimal fee;
    private final BigDecimal freeFrom;

    ShippingMethod(BigDecimal fee, BigDecimal freeFrom) {
        this.fee = fee;
        this.freeFrom = freeFrom;
    }

    /** The fee for items of this value; free from the threshold on, when the method has one. */
    public BigDecimal feeFor(BigDecimal itemsValue) {
        return freeFrom != null && itemsValue.compareTo(freeFrom) >= 0 ? BigDecimal.ZERO.setScale(2) : fee;
    }

    public BigDecimal fee() {
        return fee;
    }

    /** The item value from which delivery is free, or null when it never is. */
    public BigDecimal freeFrom() {
        return freeFrom;
    }
}
