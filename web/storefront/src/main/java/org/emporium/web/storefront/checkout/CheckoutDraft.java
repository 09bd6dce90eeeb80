package org.emporium.web.storefront.checkout;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import org.emporium.order.entity.Invoice;
import org.emporium.order.entity.PaymentMethod;
import org.emporium.order.entity.ShippingMethod;

/**
 * What the shopper typed at checkout, kept for the session: going back to the cart and returning finds the
 * address, delivery, payment method, fapiao, remark and gift flag as they were. Cleared when an order is placed. Read through its methods only:
 * callers hold a CDI proxy, whose own fields are not the session's.
 */
@SessionScoped
public class CheckoutDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private final AddressForm address = new AddressForm();
    private ShippingMethod shippingMethod = ShippingMethod.STANDARD;
    private String remark;
    private String couponCode;
    private String deliverySlot;
    private PaymentMethod paymentMethod = PaymentMethod.ONLINE;
    private Invoice.Kind invoiceKind = Invoice.Kind.NONE;
    private Invoice.Medium invoiceMedium = Invoice.Medium.ELECTRONIC;
    private String invoiceTitle;
    private String invoiceTaxId;
    private boolean gift;

    public void clear() {
        deliverySlot = null;
        paymentMethod = PaymentMethod.ONLINE;
        invoiceKind = Invoice.Kind.NONE;
        invoiceMedium = Invoice.Medium.ELECTRONIC;
        invoiceTitle = null;
        invoiceTaxId = null;
        gift = false;
        address.clear();
        shippingMethod = ShippingMethod.STANDARD;
        remark = null;
        couponCode = null;
    }

    public String getDeliverySlot() {
        return deliverySlot;
    }

    public void setDeliverySlot(String deliverySlot) {
        this.deliverySlot = deliverySlot == null || deliverySlot.isBlank() ? null : deliverySlot;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(PaymentMethod paymentMethod) {
        this.paymentMethod = paymentMethod == null ? PaymentMethod.ONLINE : paymentMethod;
    }

    public Invoice.Kind getInvoiceKind() {
        return invoiceKind;
    }

    public void setInvoiceKind(Invoice.Kind invoiceKind) {
        this.invoiceKind = invoiceKind == null ? Invoice.Kind.NONE : invoiceKind;
    }

    public Invoice.Medium getInvoiceMedium() {
        return invoiceMedium;
    }

    public void setInvoiceMedium(Invoice.Medium invoiceMedium) {
        this.invoiceMedium = invoiceMedium == null ? Invoice.Medium.ELECTRONIC : invoiceMedium;
    }

    public String getInvoiceTitle() {
        return invoiceTitle;
    }

    public void setInvoiceTitle(String invoiceTitle) {
        this.invoiceTitle = invoiceTitle;
    }

    public String getInvoiceTaxId() {
        return invoiceTaxId;
    }

    public void setInvoiceTaxId(String invoiceTaxId) {
        this.invoiceTaxId = invoiceTaxId;
    }

    public boolean isGift() {
        return gift;
    }

    public void setGift(boolean gift) {
        this.gift = gift;
    }

    public String getCouponCode() {
        return couponCode;
    }

    public void setCouponCode(String couponCode) {
        this.couponCode = couponCode == null || couponCode.isBlank()
                ? null
                : couponCode.strip().toUpperCase();
    }

    /** The delivery address typed so far. */
    public AddressForm getAddress() {
        return address;
    }

    public String getRemark() {
        return remark;
    }

    public void setRemark(String remark) {
        this.remark = remark;
    }

    public ShippingMethod getShippingMethod() {
        return shippingMethod;
    }

    public void setShippingMethod(ShippingMethod shippingMethod) {
        this.shippingMethod = shippingMethod == null ? ShippingMethod.STANDARD : shippingMethod;
    }
}
