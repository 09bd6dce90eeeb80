package org.emporium.web.storefront.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.emporium.payment.boundary.AccountView;
import org.emporium.payment.boundary.Accounts;
import org.emporium.payment.boundary.GiftCardView;
import org.emporium.payment.boundary.GiftCards;
import org.emporium.payment.boundary.MovementPage;
import org.emporium.payment.entity.PointsLot;
import org.emporium.payment.entity.Subject;
import org.emporium.promotion.boundary.Coupons;
import org.emporium.promotion.entity.Coupon;
import org.emporium.web.storefront.product.MoneyFormat;

/**
 * {@code account.xhtml?balancePage=...&pointsPage=...}: the signed-in shopper's balance (available and held) with
 * its movements, points (available, held, owed) with their lots and movements, the gift cards bound to the
 * account and the coupons held. The owner is always the session's shopper; a guest is sent to sign in.
 */
@Named("myAccount")
@RequestScoped
public class AccountOverviewPage {

    static final int PAGE_SIZE = 10;

    @Inject
    Accounts accounts;

    @Inject
    GiftCards giftCards;

    @Inject
    Coupons coupons;

    @Inject
    HttpServletRequest request;

    private int balancePage;
    private int pointsPage;
    private AccountView account;
    private MovementPage balanceMovements;
    private MovementPage pointsMovements;
    private List<PointsLot> lots;
    private List<GiftCardView> cards;
    private List<Coupon> heldCoupons;

    public void load() throws IOException {
        if (SignedIn.of(request).isEmpty()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            String here = ReturnPath.here(request.getContextPath(), request.getRequestURI(), request.getQueryString());
            external.redirect(external.getRequestContextPath() + "/login.xhtml?next="
                    + URLEncoder.encode(here, StandardCharsets.UTF_8));
            return;
        }
        String owner = SignedIn.of(request).orElseThrow().owner();
        account = accounts.account(owner);
        balanceMovements = accounts.movements(owner, Subject.CUSTOMER_BALANCE, balancePage, PAGE_SIZE);
        pointsMovements = accounts.movements(owner, Subject.POINTS, pointsPage, PAGE_SIZE);
        lots = accounts.lots(owner).stream().filter(l -> l.getRemaining() > 0).toList();
        cards = giftCards.cardsOf(owner);
        heldCoupons = coupons.heldBy(owner);
    }

    /**
     * How a coupon stands for its holder: USED (on an order), EXPIRED (its state or its validity ran out), or
     * UNUSED.
     */
    static String couponState(Coupon.Status status, OffsetDateTime validUntil, OffsetDateTime now) {
        if (status == Coupon.Status.REDEEMED) {
            return "USED";
        }
        if (status == Coupon.Status.EXPIRED || (validUntil != null && !validUntil.isAfter(now))) {
            return "EXPIRED";
        }
        return "UNUSED";
    }

    public String state(Coupon coupon) {
        return couponState(coupon.getStatus(), coupon.getValidUntil(), OffsetDateTime.now(ZoneOffset.UTC));
    }

    public String money(BigDecimal amount) {
        return MoneyFormat.of(amount, Currency.getInstance(account.currency()));
    }

    public String time(OffsetDateTime at) {
        return MyOrderPage.shopTime(at);
    }

    public AccountView getAccount() {
        return account;
    }

    public MovementPage getBalanceMovements() {
        return balanceMovements;
    }

    public MovementPage getPointsMovements() {
        return pointsMovements;
    }

    public List<PointsLot> getLots() {
        return lots;
    }

    public List<GiftCardView> getCards() {
        return cards;
    }

    public List<Coupon> getCoupons() {
        return heldCoupons;
    }

    public int getBalancePage() {
        return balancePage;
    }

    public void setBalancePage(int balancePage) {
        this.balancePage = balancePage;
    }

    public int getPointsPage() {
        return pointsPage;
    }

    public void setPointsPage(int pointsPage) {
        this.pointsPage = pointsPage;
    }
}
