package org.emporium.promotion.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.emporium.platform.events.DomainEvents;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.promotion.control.PromotionEvents;
import org.emporium.promotion.entity.Campaign;
import org.emporium.promotion.entity.CampaignStatus;
import org.emporium.promotion.entity.Coupon;

/**
 * Coupons of coupon campaigns: a shopper claims one (or staff issue one to a shopper) within the campaign's
 * limits, sees the ones they hold, and redeems one at checkout ({@link Promotions#redeem}). The campaign's row is
 * locked while a coupon is issued, so concurrent claims never pass the total or the per-shopper limit.
 */
@Stateless
public class Coupons {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    DomainEvents events;

    /** A shopper claims a coupon of a live coupon campaign. */
    public Coupon claim(long campaignId, String shopper) {
        if (shopper == null || shopper.isBlank()) {
            throw new BusinessRuleViolation("promotion.coupon.notClaimable", campaignId);
        }
        return issueTo(campaignId, shopper);
    }

    /** Staff issue a coupon to a shopper (on request, or to make good), within the same limits. */
    @RolesAllowed(CampaignDesk.PROMOTION_MANAGER)
    public Coupon issue(long campaignId, String shopper) {
        Coupon coupon = issueTo(campaignId, shopper);
        Campaign campaign = em.find(Campaign.class, campaignId);
        events.record(PromotionEvents.changed(campaign, "staff", "coupon issued to " + shopper));
        return coupon;
    }

    private Coupon issueTo(long campaignId, String shopper) {
        Campaign campaign = em.find(Campaign.class, campaignId, LockModeType.PESSIMISTIC_WRITE);
        if (campaign == null) {
            throw new BusinessRuleViolation("promotion.campaign.unknown", campaignId);
        }
        long held = em.createQuery(
                        "SELECT COUNT(c) FROM Coupon c WHERE c.campaignId = :id AND c.owner = :o", Long.class)
                .setParameter("id", campaignId)
                .setParameter("o", shopper)
                .getSingleResult();
        Coupon coupon = campaign.issue(newCode(), shopper, held, now());
        em.persist(coupon);
        return coupon;
    }

    /**
     * The coupon campaigns a shopper may claim from now (live, inside their window), newest first, with what is
     * left and what this shopper holds already.
     */
    public List<CouponOffer> offers(String shopper) {
        OffsetDateTime now = now();
        List<Campaign> campaigns = em.createQuery(
                        "SELECT c FROM Campaign c WHERE c.coupon = TRUE AND c.status = :live"
                                + " AND (c.startsAt IS NULL OR c.startsAt <= :now) AND (c.endsAt IS NULL OR c.endsAt > :now)"
                                + " ORDER BY c.id DESC",
                        Campaign.class)
                .setParameter("live", CampaignStatus.LIVE)
                .setParameter("now", now)
                .setMaxResults(100)
                .getResultList();
        Map<Long, Long> held = new HashMap<>();
        if (shopper != null && !campaigns.isEmpty()) {
            for (Object[] row : em.createQuery(
                            "SELECT c.campaignId, COUNT(c) FROM Coupon c WHERE c.owner = :o AND c.campaignId IN :ids"
                                    + " GROUP BY c.campaignId",
                            Object[].class)
                    .setParameter("o", shopper)
                    .setParameter("ids", campaigns.stream().map(Campaign::getId).toList())
                    .getResultList()) {
                held.put((Long) row[0], (Long) row[1]);
            }
        }
        return campaigns.stream()
                .map(c -> new CouponOffer(
                        c.getId(),
                        c.getNameZh(),
                        c.getNameEn(),
                        c.getCampaignType(),
                        c.getTerms(),
                        c.getEndsAt(),
                        c.getCouponsTotal() == null ? null : c.getCouponsTotal() - c.getCouponsIssued(),
                        c.getCouponsPerShopper(),
                        held.getOrDefault(c.getId(), 0L),
                        c.getCouponValidDays() == null ? 30 : c.getCouponValidDays()))
                .toList();
    }

    /** The coupons a shopper can use now, soonest to expire first. */
    public List<Coupon> usable(String shopper) {
        return em.createQuery(
                        "SELECT c FROM Coupon c WHERE c.owner = :o AND c.status = :s AND c.validUntil > :now"
                                + " ORDER BY c.validUntil, c.id",
                        Coupon.class)
                .setParameter("o", shopper)
                .setParameter("s", Coupon.Status.CLAIMED)
                .setParameter("now", now())
                .getResultList();
    }

    public List<Coupon> ofCampaign(long campaignId) {
        return em.createQuery("SELECT c FROM Coupon c WHERE c.campaignId = :id ORDER BY c.id", Coupon.class)
                .setParameter("id", campaignId)
                .getResultList();
    }

    static String newCode() {
        char[] code = new char[12];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
