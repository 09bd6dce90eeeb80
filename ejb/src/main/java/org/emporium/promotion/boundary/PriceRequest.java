package org.emporium.promotion.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A cart to price: who buys ({@code customer:<id>}, {@code visitor:<id>}, {@code guest:<token>}), through which
 * channel (web, app, ...), what (SKU and quantity), the delivery fee before promotions, and the coupon the
 * shopper chose (or null).
 */
public record PriceRequest(String buyer, String channel, List<Item> items, BigDecimal shippingFee, String couponCode)
        implements Serializable {

    public PriceRequest {
        Objects.requireNonNull(buyer, "buyer");
        channel = channel == null || channel.isBlank() ? "web" : channel;
        items = List.copyOf(items);
        shippingFee = shippingFee == null ? BigDecimal.ZERO.setScale(2) : shippingFee;
        couponCode = couponCode == null || couponCode.isBlank()
                ? null
                : couponCode.strip().toUpperCase();
    }

    public PriceRequest(String buyer, List<Item> items, BigDecimal shippingFee) {
        this(buyer, "web", items, shippingFee, null);
    }

    /** A SKU and how many of it. */
    public record Item(String skuCode, int quantity) implements Serializable {}

    /** The groups a buyer belongs to until the customer context keeps segments: members and guests. */
    public java.util.Set<String> shopperGroups() {
        return buyer.startsWith("customer:") ? java.util.Set.of("member") : java.util.Set.of("guest");
    }
}
