package org.emporium.web.storefront.promotion;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.promotion.boundary.CouponOffer;
import org.emporium.promotion.boundary.Coupons;
import org.emporium.promotion.entity.Coupon;
import org.emporium.web.storefront.cart.CartCookie;
import org.emporium.web.ui.LocaleSwitch;
import org.emporium.web.ui.Messages;

/**
 * coupons.xhtml, the coupon centre: the coupon campaigns a shopper may claim now, each within its limits (how
 * many are left, how many one shopper may hold, for how long a coupon is valid), and the coupons this shopper
 * holds with their codes for the checkout. The shopper is this browser's cart owner, as the cart and checkout
 * know them; claiming gives a browser without a cart its token first.
 */
@Named
@RequestScoped
public class CouponCentre {

    static final String TEXTS = "org.emporium.web.storefront.i18n.shop";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final java.time.ZoneId SHOP_ZONE = java.time.ZoneId.of("Asia/Shanghai");

    @Inject
    Coupons coupons;

    @Inject
    LocaleSwitch locale;

    @Inject
    HttpServletRequest request;

    private List<CouponOffer> offers;
    private List<Coupon> held;

    public List<CouponOffer> getOffers() {
        if (offers == null) {
            offers = coupons.offers(CartCookie.owner(request).orElse(null));
        }
        return offers;
    }

    public List<Coupon> getHeld() {
        if (held == null) {
            held = CartCookie.owner(request).map(coupons::usable).orElse(List.of());
        }
        return held;
    }

    /** Claims a coupon of the campaign for this browser's shopper; a refusal is said in the shopper's language. */
    public void claim(long campaignId) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String shopper = CartCookie.ownerOrNew(request, (HttpServletResponse) external.getResponse());
        try {
            Coupon coupon = coupons.claim(campaignId, shopper);
            Messages.info(TEXTS, "coupons.claimed", coupon.getCode());
        } catch (BusinessRuleViolation refused) {
            Messages.reject(refused.messageKey(), refused.arguments());
        }
        offers = coupons.offers(shopper);
        held = coupons.usable(shopper);
    }

    /** A moment in the shop's zone, to the minute; empty for none. */
    public String when(OffsetDateTime at) {
        return at == null ? "" : at.atZoneSameInstant(SHOP_ZONE).format(DAY);
    }

    public String name(CouponOffer offer) {
        return offer.name(locale.getCurrent());
    }
}
