package org.emporium.payment.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import org.emporium.payment.entity.TenderMethod;

/**
 * A tender the shopper chose on the payment page: the method, the gift card's code for a gift card, the
 * most it may pay (empty: as much as it can), and for credit-card instalments the number of months.
 */
public record TenderChoice(TenderMethod method, String giftCardCode, BigDecimal limit, Integer instalments)
        implements Serializable {

    public TenderChoice {
        Objects.requireNonNull(method, "method");
    }

    public TenderChoice(TenderMethod method, String giftCardCode, BigDecimal limit) {
        this(method, giftCardCode, limit, null);
    }

    /** Credit-card instalments over that many months pay the rest. */
    public static TenderChoice instalments(int months) {
        return new TenderChoice(TenderMethod.INSTALMENT, null, null, months);
    }

    public static TenderChoice of(TenderMethod method) {
        return new TenderChoice(method, null, null);
    }

    public static TenderChoice giftCard(String code) {
        return new TenderChoice(TenderMethod.GIFT_CARD, code, null);
    }
}
