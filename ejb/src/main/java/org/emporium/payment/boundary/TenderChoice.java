package org.emporium.payment.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import org.emporium.payment.entity.TenderMethod;

/**
 * A tender the shopper chose on the payment page: the method, the gift card's code for a gift card, and the
 * most it may pay (empty: as much as it can).
 */
public record TenderChoice(TenderMethod method, String giftCardCode, BigDecimal limit) implements Serializable {

    public TenderChoice {
        Objects.requireNonNull(method, "method");
    }

    public static TenderChoice of(TenderMethod method) {
        return new TenderChoice(method, null, null);
    }

    public static TenderChoice giftCard(String code) {
        return new TenderChoice(TenderMethod.GIFT_CARD, code, null);
    }
}
