package org.emporium.web.storefront.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.emporium.promotion.entity.Coupon;
import org.junit.jupiter.api.Test;

class AccountOverviewPageTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 6, 6, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aRedeemedCouponIsUsedEvenAfterItsValidityRanOut() {
        assertThat(AccountOverviewPage.couponState(Coupon.Status.REDEEMED, NOW.minusDays(1), NOW))
                .isEqualTo("USED");
    }

    @Test
    void aClaimedCouponPastItsValidityIsExpired() {
        assertThat(AccountOverviewPage.couponState(Coupon.Status.CLAIMED, NOW, NOW))
                .isEqualTo("EXPIRED");
        assertThat(AccountOverviewPage.couponState(Coupon.Status.EXPIRED, NOW.plusDays(3), NOW))
                .isEqualTo("EXPIRED");
    }

    @Test
    void aClaimedCouponStillValidIsUnused() {
        assertThat(AccountOverviewPage.couponState(Coupon.Status.CLAIMED, NOW.plusSeconds(1), NOW))
                .isEqualTo("UNUSED");
    }
}
