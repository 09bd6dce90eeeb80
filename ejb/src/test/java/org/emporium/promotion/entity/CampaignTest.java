package org.emporium.promotion.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class CampaignTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 11, 0, 0, 0, 0, ZoneOffset.UTC);

    static Campaign campaign() {
        return new Campaign(
                1L, "满减", "Spend and save", "SPEND_TIERS", "tiers=200:20", "order", false, 10, "alice", NOW);
    }

    /** As the database would: a saved campaign has its id. */
    static Campaign saved(Campaign c, long id) throws ReflectiveOperationException {
        java.lang.reflect.Field field = Campaign.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(c, id);
        return c;
    }

    static Campaign live(Campaign c) {
        c.submit("alice");
        c.approve("bob");
        return c;
    }

    private static String key(Runnable r) {
        try {
            r.run();
            return null;
        } catch (BusinessRuleViolation e) {
            return e.messageKey();
        }
    }

    @Test
    void a_campaign_goes_live_only_through_approval_and_stops_at_once() {
        Campaign c = campaign();
        assertThat(key(() -> c.approve("bob"))).isEqualTo("promotion.status.notAllowed");

        live(c);
        assertThat(c.getStatus()).isEqualTo(CampaignStatus.LIVE);
        assertThat(c.getApprovedBy()).isEqualTo("bob");

        c.stop();
        assertThat(c.getStatus()).isEqualTo(CampaignStatus.STOPPED);
        c.resume("carol");
        assertThat(c.getStatus()).as("back through approval").isEqualTo(CampaignStatus.PENDING_APPROVAL);
        assertThat(c.getApprovedBy()).isNull();
        assertThat(key(() -> c.approve("carol"))).as("who resumed it").isEqualTo("promotion.approval.secondPerson");
        c.approve("bob");
        assertThat(c.getStatus()).isEqualTo(CampaignStatus.LIVE);
    }

    @Test
    void approval_takes_a_second_person_neither_the_author_nor_the_submitter() {
        Campaign c = campaign(); // made by alice
        c.submit("dave");

        assertThat(key(() -> c.approve("alice"))).as("its author").isEqualTo("promotion.approval.secondPerson");
        assertThat(key(() -> c.approve("dave"))).as("its submitter").isEqualTo("promotion.approval.secondPerson");
        assertThat(c.getStatus()).isEqualTo(CampaignStatus.PENDING_APPROVAL);
        c.approve("bob");
        assertThat(c.getStatus()).isEqualTo(CampaignStatus.LIVE);
        assertThat(c.getApprovedBy()).isEqualTo("bob");
    }

    @Test
    void changing_a_live_campaigns_terms_takes_it_back_to_approval_by_someone_other_than_the_editor() {
        Campaign c = live(campaign());

        c.budget(100, 2, new BigDecimal("500.00"), "erin");
        assertThat(c.getStatus()).as("a new budget").isEqualTo(CampaignStatus.PENDING_APPROVAL);
        assertThat(c.getApprovedBy()).isNull();
        assertThat(key(() -> c.approve("erin"))).isEqualTo("promotion.approval.secondPerson");
        c.approve("bob");

        c.restack("item", true, 5, "erin");
        assertThat(c.getStatus()).as("new stacking").isEqualTo(CampaignStatus.PENDING_APPROVAL);
        assertThat(c.isExclusive()).isTrue();
        assertThat(key(() -> c.consume(BigDecimal.ONE, 0)))
                .as("not applied meanwhile")
                .isEqualTo("promotion.notLive");
    }

    @Test
    void a_submitted_campaign_cannot_be_renamed_or_rescoped() {
        Campaign c = campaign();
        c.submit("alice");

        assertThat(key(() -> c.rename("新", "New"))).isEqualTo("promotion.notDraft");
        assertThat(key(() -> c.scope(null, null, null, null, null, null, null))).isEqualTo("promotion.notDraft");
        assertThat(key(() -> c.budget(1, null, null))).isEqualTo("promotion.notDraft");
    }

    @Test
    void the_budget_counts_uses_and_discount_and_refuses_the_use_that_would_pass_a_cap() {
        Campaign c = campaign();
        c.budget(2, 1, new BigDecimal("50.00"));
        live(c);

        c.consume(new BigDecimal("20.00"), 0);
        assertThat(c.allows(new BigDecimal("20.00"), 1))
                .as("second use by the same shopper")
                .isFalse();
        assertThat(c.allows(new BigDecimal("30.01"), 0))
                .as("past the discount cap")
                .isFalse();
        c.consume(new BigDecimal("30.00"), 0);

        assertThat(c.getUses()).isEqualTo(2);
        assertThat(c.getDiscountUsed()).isEqualByComparingTo("50.00");
        assertThat(c.exhausted()).isTrue();
        assertThat(key(() -> c.consume(new BigDecimal("0.01"), 0))).isEqualTo("promotion.budget.exhausted");
        assertThat(key(() -> c.budget(1, null, null, "alice")))
                .as("below what was used")
                .isEqualTo("promotion.budget.invalid");
    }

    @Test
    void a_use_given_back_frees_its_count_and_discount_once() {
        Campaign c = campaign();
        c.budget(1, null, new BigDecimal("20.00"));
        live(c);
        c.consume(new BigDecimal("20.00"), 0);
        assertThat(c.exhausted()).isTrue();

        c.giveBack(new BigDecimal("20.00"), 0);

        assertThat(c.getUses()).isZero();
        assertThat(c.getDiscountUsed()).isEqualByComparingTo("0.00");
        assertThat(c.exhausted()).isFalse();
        c.consume(new BigDecimal("20.00"), 0);
        assertThat(c.getUses()).isEqualTo(1);
    }

    @Test
    void a_flash_sale_sells_its_own_stock_and_never_more() {
        Campaign c = new Campaign(
                10L, "秒杀", "Flash", "FLASH_SALE", "amount=9.90\nstock=3", "flash", false, 40, "alice", NOW);
        c.flashStock(3);
        live(c);

        c.sellFlash(2);
        assertThat(c.flashLeft()).isEqualTo(1);
        assertThat(key(() -> c.sellFlash(2))).isEqualTo("promotion.budget.exhausted");
        c.sellFlash(1);
        assertThat(c.flashLeft()).isZero();
        c.giveBack(BigDecimal.ZERO, 2);
        assertThat(c.flashLeft()).as("a cancelled order's units back on sale").isEqualTo(2);
        assertThat(key(() -> new Campaign(10L, "秒杀", "Flash", "FLASH_SALE", "amount=1", "flash", false, 40, "a", NOW)
                        .flashStock(0)))
                .isEqualTo("promotion.flash.stock");
    }

    @Test
    void a_coupon_of_a_cancelled_order_is_usable_again_inside_its_window_and_expired_after_it() {
        Coupon coupon = new Coupon("CODE1", 1, "visitor:a", NOW, NOW.plusDays(7));
        coupon.redeem("visitor:a", "N1", NOW.plusDays(1));

        assertThat(coupon.giveBack("N2", NOW.plusDays(2))).as("another order's").isFalse();
        assertThat(coupon.giveBack("N1", NOW.plusDays(2))).isTrue();
        assertThat(coupon.usableBy("visitor:a", NOW.plusDays(2))).isTrue();
        assertThat(coupon.getOrderReference()).isNull();

        coupon.redeem("visitor:a", "N3", NOW.plusDays(3));
        assertThat(coupon.giveBack("N3", NOW.plusDays(8))).isTrue();
        assertThat(coupon.getStatus()).as("its window closed meanwhile").isEqualTo(Coupon.Status.EXPIRED);
        assertThat(coupon.giveBack("N3", NOW.plusDays(8))).as("once").isFalse();
    }

    @Test
    void scope_lists_are_checked_and_normalised() {
        Campaign c = campaign();
        c.scope("12, 7，9", "", null, "member vip", "web", null, null);

        assertThat(c.getProductIds()).isEqualTo("12,7,9");
        assertThat(c.getShopperGroups()).isEqualTo("member,vip");
        assertThat(key(() -> c.scope("12a", null, null, null, null, null, null)))
                .isEqualTo("promotion.scope.ids");
        assertThat(key(() -> c.scope(null, null, null, null, null, NOW, NOW))).isEqualTo("promotion.window.invalid");
    }

    @Test
    void coupons_are_issued_within_the_total_and_per_shopper_limits_and_never_past_the_campaigns_end()
            throws ReflectiveOperationException {
        Campaign c = saved(campaign(), 42);
        c.requireCoupon(true);
        c.scope(null, null, null, null, null, null, NOW.plusDays(3));
        c.couponLimits(2, 1, 7);
        live(c);

        Coupon first = c.issue("CODE1", "visitor:a", 0, NOW);
        assertThat(first.getCampaignId()).isEqualTo(42);
        assertThat(first.getValidUntil()).isEqualTo(NOW.plusDays(3));
        assertThat(key(() -> c.issue("CODE2", "visitor:a", 1, NOW))).isEqualTo("promotion.coupon.perShopper");
        c.issue("CODE3", "visitor:b", 0, NOW);
        assertThat(key(() -> c.issue("CODE4", "visitor:c", 0, NOW))).isEqualTo("promotion.coupon.gone");
        assertThat(c.getCouponsIssued()).isEqualTo(2);
    }

    @Test
    void coupons_for_a_segment_fit_the_total_and_the_uses_the_budget_has_left() throws ReflectiveOperationException {
        Campaign c = saved(campaign(), 7);
        c.requireCoupon(true);
        c.budget(3, null, null);
        c.couponLimits(4, null, 7);
        assertThat(c.issuableAt(NOW)).as("a draft issues nothing").isFalse();
        live(c);

        assertThat(c.issuableAt(NOW)).isTrue();
        assertThat(c.roomForCoupon(2))
                .as("two held, none used: a third fits the three uses")
                .isTrue();
        assertThat(c.roomForCoupon(3)).as("three held could use up every use").isFalse();
        c.consume(new BigDecimal("20.00"), 0);
        assertThat(c.roomForCoupon(1))
                .as("one used and one held leave room for one more")
                .isTrue();
        assertThat(c.roomForCoupon(2)).isFalse();
        for (int i = 0; i < 4; i++) {
            c.issue("CODE" + i, "visitor:" + i, 0, NOW);
        }
        assertThat(c.roomForCoupon(0)).as("the four coupons in all are out").isFalse();
        c.stop();
        assertThat(c.issuableAt(NOW)).as("a stopped campaign issues no more").isFalse();
    }

    @Test
    void a_coupon_is_used_once_by_its_owner_inside_its_window_and_expires_after() {
        Coupon coupon = new Coupon("CODE1", 1, "visitor:a", NOW, NOW.plusDays(7));

        assertThat(coupon.usableBy("visitor:b", NOW.plusDays(1))).isFalse();
        assertThat(coupon.usableBy("visitor:a", NOW.plusDays(7))).isFalse();
        coupon.redeem("visitor:a", "26111100001000", NOW.plusDays(1));
        assertThat(key(() -> coupon.redeem("visitor:a", "26111100001050", NOW.plusDays(1))))
                .isEqualTo("promotion.coupon.unusable");

        Coupon unused = new Coupon("CODE2", 1, "visitor:a", NOW, NOW.plusDays(7));
        assertThat(unused.expireIfDue(NOW.plusDays(6))).isFalse();
        assertThat(unused.expireIfDue(NOW.plusDays(7))).isTrue();
        assertThat(unused.getStatus()).isEqualTo(Coupon.Status.EXPIRED);
    }
}
