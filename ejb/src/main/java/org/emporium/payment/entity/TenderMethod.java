package org.emporium.payment.entity;

/** How a part of a payment is paid: from an internal account or through an external gateway. */
public enum TenderMethod {
    BALANCE(false),
    POINTS(false),
    GIFT_CARD(false),
    ALIPAY(true),
    WECHAT(true),
    /** The bank's direct-connect gateway (UnionPay-style signed form post). */
    UNIONPAY(true),
    /** Credit-card instalments on the card acquirer's hosted page. */
    INSTALMENT(true);

    private final boolean external;

    TenderMethod(boolean external) {
        this.external = external;
    }

    public boolean isExternal() {
        return external;
    }

    /** The channel name on journal entries and gateways. */
    public String channel() {
        return external ? name().toLowerCase() : "internal";
    }
}
