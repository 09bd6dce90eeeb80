package org.emporium.systemtest.payment;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.emporium.payment.boundary.Accounts;
import org.emporium.payment.boundary.GiftCards;
import org.emporium.payment.entity.GiftCardBatch;
import org.emporium.platform.money.Money;

/** Tops up balances, grants points and sells gift cards as a member of the finance staff does. */
@Stateless
@RunAs(Accounts.FINANCE)
@DeclareRoles(Accounts.FINANCE)
public class AsFinance {

    @Inject
    Accounts accounts;

    @Inject
    GiftCards giftCards;

    public void topUp(String owner, String amount) {
        accounts.adjust(owner, new BigDecimal(amount), "test top-up");
    }

    public void grantPoints(String owner, long points) {
        accounts.grantPoints(owner, points, "test grant");
    }

    /** A new active gift card of that value; returns its code. */
    public String soldGiftCard(String value) {
        GiftCardBatch batch =
                giftCards.issue(1, Money.cny(value), OffsetDateTime.now().plusDays(30));
        String code = giftCards.codes(batch.getId()).get(0);
        giftCards.activate(code);
        return code;
    }
}
