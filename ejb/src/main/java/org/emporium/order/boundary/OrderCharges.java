package org.emporium.order.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.emporium.platform.money.Money;

/**
 * What an order charged, line by line, for another context to give money back by line: each line at what the
 * shopper paid for it (its total less the promotions' and coupon's share taken off it), and the rest of the
 * payable (shipping) as {@link #otherCharges()}.
 */
public record OrderCharges(String number, String buyer, String status, Money payable, List<Line> lines)
        implements Serializable {

    public record Line(long lineId, String skuCode, String nameZh, String nameEn, int quantity, BigDecimal paid)
            implements Serializable {}

    /** What the order charged beside its lines: the shipping fee (never below zero). */
    public BigDecimal otherCharges() {
        BigDecimal lineSum = lines.stream().map(Line::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
        return payable.amount().subtract(lineSum).max(BigDecimal.ZERO);
    }
}
