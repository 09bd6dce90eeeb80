package org.emporium.payment.entity;

/**
 * How a part of a payment is paid: from an internal account, through an external gateway, or in cash to the
 * courier at the door.
 */
public enum TenderMethod {
    BALANCE(false),
    POINTS(false),
    GIFT_CARD(false),
    ALIPAY(true),
    WECHAT(true),
    /** The bank's direct-connect gateway (UnionPay-style signed form post). */
    UNIONPAY(true),
    /** Credit-card instalments on the card acquirer's hosted page. */
    INSTALMENT(true),
    /**
     * Cash on delivery: the courier collects the order's payable at the door and remits it to the shop later. No
     * gateway and no account is drawn on; a refund of it goes to the shopper's balance.
     */
    COD(false);

    private final boolean external;

    TenderMethod(boolean external) {
        this.external = external;
    }

    /** Paid through a gateway: the gateway is asked to pay and to refund it. */
    public boolean isExternal() {
        return external;
    }

    /** Held in and taken from an internal account or gift card while the payment goes on. */
    public boolean drawsOnAccount() {
        return !external && this != COD;
    }

    /** The channel name on journal entries and gateways. */
    public String channel() {
        if (this == COD) {
            return "cod";
        }
        return external ? name().toLowerCase() : "internal";
    }
}
