package org.emporium.order.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.emporium.order.entity.DeliveryAddress;
import org.emporium.order.entity.Invoice;
import org.emporium.order.entity.PaymentMethod;
import org.emporium.order.entity.ShippingMethod;

/**
 * A checkout's submission. The submission token is chosen by the checkout once and sent with every retry, so
 * a double click or a repeated request finds the order the first one placed. When {@code expectedPayable} is
 * given and prices changed meanwhile, the order is refused ({@code order.payable.changed}) rather than placed
 * at an amount the shopper did not see. Promotions are applied as the shopper saw them (with the coupon chosen,
 * if any); a campaign whose budget ran out meanwhile changes the payable, and so refuses the order the same way.
 * The delivery slot (optional), the payment method, the fapiao and the gift flag are checked against the
 * checkout's rules when the order is placed, whatever the page offered.
 */
public record PlaceOrder(
        String buyer,
        String submissionToken,
        String visitorId,
        List<Item> items,
        DeliveryAddress address,
        ShippingMethod shippingMethod,
        String remark,
        BigDecimal expectedPayable,
        String couponCode,
        Delivery delivery,
        PaymentMethod paymentMethod,
        Invoice invoice,
        boolean gift)
        implements Serializable {

    /** An order paid online, without a delivery slot, without a fapiao, not a gift. */
    public PlaceOrder(
            String buyer,
            String submissionToken,
            String visitorId,
            List<Item> items,
            DeliveryAddress address,
            ShippingMethod shippingMethod,
            String remark,
            BigDecimal expectedPayable,
            String couponCode) {
        this(
                buyer,
                submissionToken,
                visitorId,
                items,
                address,
                shippingMethod,
                remark,
                expectedPayable,
                couponCode,
                null,
                PaymentMethod.ONLINE,
                Invoice.NONE,
                false);
    }

    /** An order without a coupon. */
    public PlaceOrder(
            String buyer,
            String submissionToken,
            String visitorId,
            List<Item> items,
            DeliveryAddress address,
            ShippingMethod shippingMethod,
            String remark,
            BigDecimal expectedPayable) {
        this(buyer, submissionToken, visitorId, items, address, shippingMethod, remark, expectedPayable, null);
    }

    public PlaceOrder {
        Objects.requireNonNull(buyer, "buyer");
        if (submissionToken == null || submissionToken.isBlank() || submissionToken.length() > 64) {
            throw new IllegalArgumentException("A submission token of 1 to 64 characters is needed");
        }
        items = List.copyOf(items);
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(shippingMethod, "shippingMethod");
        paymentMethod = paymentMethod == null ? PaymentMethod.ONLINE : paymentMethod;
        invoice = invoice == null ? Invoice.NONE : invoice;
    }

    /** The delivery slot chosen, and for which day. */
    public record Delivery(long slotId, LocalDate day) implements Serializable {}

    /** A SKU and how many of it. */
    public record Item(String skuCode, int quantity) implements Serializable {}
}
