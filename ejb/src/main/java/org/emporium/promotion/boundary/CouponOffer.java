package org.emporium.promotion.boundary;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * A coupon campaign a shopper may claim from now: what it gives (type and terms), until when it runs, how many
 * coupons are left (null: no limit), how many one shopper may hold (null: no limit), how many this shopper holds,
 * and for how many days a coupon is valid once claimed.
 */
public record CouponOffer(
        long campaignId,
        String nameZh,
        String nameEn,
        String campaignType,
        String terms,
        OffsetDateTime endsAt,
        Integer left,
        Integer perShopper,
        long held,
        int validDays)
        implements Serializable {

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    /** Whether this shopper can claim one more now. */
    public boolean claimable() {
        return (left == null || left > 0) && (perShopper == null || held < perShopper);
    }
}
