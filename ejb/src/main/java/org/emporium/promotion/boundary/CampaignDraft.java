package org.emporium.promotion.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A campaign made from a template in a few fields: its names, the terms the template leaves open, where and
 * when it applies, and its budget (null for no cap); for a coupon campaign, how many coupons in all and per
 * shopper, valid for how many days. Lists are comma-separated ids or names.
 */
public record CampaignDraft(
        long templateId,
        String nameZh,
        String nameEn,
        Map<String, String> openTerms,
        String productIds,
        String categoryIds,
        String brandIds,
        String shopperGroups,
        String channels,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        Integer maxUses,
        Integer maxUsesPerShopper,
        BigDecimal discountCap,
        boolean coupon,
        Integer couponsTotal,
        Integer couponsPerShopper,
        Integer couponValidDays)
        implements Serializable {

    public CampaignDraft {
        openTerms = openTerms == null ? Map.of() : Map.copyOf(openTerms);
    }
}
