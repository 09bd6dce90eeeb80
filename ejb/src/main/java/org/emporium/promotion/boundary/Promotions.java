package org.emporium.promotion.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.promotion.control.CartPricing;
import org.emporium.promotion.control.PricingCart;
import org.emporium.promotion.control.StackingRules;
import org.emporium.promotion.entity.Campaign;
import org.emporium.promotion.entity.CampaignStatus;
import org.emporium.promotion.entity.CampaignUsage;
import org.emporium.promotion.entity.Coupon;

/**
 * Prices carts with the live campaigns, for the cart and checkout pages ({@link #quote}), and redeems them when
 * an order is placed ({@link #redeem}), inside the order's transaction: the campaigns that apply are locked, the
 * cart priced again with their budgets as they stand under the lock, and each use counted, so concurrent
 * checkouts never take a campaign past its caps (uses, uses per shopper, total discount).
 */
@Stateless
public class Promotions {

    /** Re-pricing rounds under lock before giving up (each round only removes campaigns or locks new ones). */
    private static final int MAX_ROUNDS = 8;

    @PersistenceContext
    EntityManager em;

    @Inject
    CartPricing pricing;

    /**
     * What promotions would take off this cart now, and why; nothing is counted. A coupon that the shopper
     * cannot use is refused ({@code promotion.coupon.unusable}) so the page can say so.
     */
    public PromotionQuote quote(PriceRequest request) {
        Instant now = Instant.now();
        PricingCart cart = pricing.cart(request, now);
        if (cart.lines().isEmpty()) {
            return PromotionQuote.NONE;
        }
        Set<Long> couponCampaigns = Set.of();
        if (request.couponCode() != null) {
            Coupon coupon = coupon(request.couponCode(), false);
            if (coupon == null || !coupon.usableBy(request.buyer(), now.atOffset(ZoneOffset.UTC))) {
                throw new BusinessRuleViolation("promotion.coupon.unusable", request.couponCode());
            }
            couponCampaigns = Set.of(coupon.getCampaignId());
        }
        List<Campaign> live = pricing.live(now, couponCampaigns);
        return pricing.price(
                        cart,
                        live,
                        exhausted(live, request.buyer()),
                        pricing.rules(),
                        pricing.flashLeft(live, request.buyer()))
                .quote();
    }

    private Coupon coupon(String code, boolean lock) {
        List<Coupon> found = em.createQuery("SELECT c FROM Coupon c WHERE c.code = :code", Coupon.class)
                .setParameter("code", code)
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * Prices the cart for an order and counts every campaign used, against {@code orderReference}. Runs in the
     * caller's transaction, so a refused order leaves no count behind.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public PromotionQuote redeem(PriceRequest request, String orderReference) {
        Instant now = Instant.now();
        PricingCart cart = pricing.cart(request, now);
        if (cart.lines().isEmpty()) {
            return PromotionQuote.NONE;
        }
        StackingRules rules = pricing.rules();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        Coupon coupon = request.couponCode() == null ? null : coupon(request.couponCode(), true);
        boolean couponUsable = coupon != null && coupon.usableBy(request.buyer(), at);
        if (request.couponCode() != null && !couponUsable) {
            throw new BusinessRuleViolation("promotion.coupon.unusable", request.couponCode());
        }
        List<Campaign> live = pricing.live(now, couponUsable ? Set.of(coupon.getCampaignId()) : Set.of());
        Map<Long, Campaign> locked = new TreeMap<>();
        Set<Long> exhausted = exhausted(live, request.buyer());
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Map<Long, int[]> flashLeft = pricing.flashLeft(live, request.buyer());
            CartPricing.Priced priced = pricing.price(cart, live, exhausted, rules, flashLeft);
            List<Long> wanted = priced.quote().applied().stream()
                    .map(PromotionQuote.AppliedCampaign::campaignId)
                    .filter(id -> !locked.containsKey(id))
                    .sorted()
                    .toList();
            if (!wanted.isEmpty()) {
                lock(wanted, locked);
                live = refreshed(live, locked);
                exhausted = exhausted(live, request.buyer());
                continue; // price again with the counters as they are under the lock
            }
            Set<Long> over = new HashSet<>();
            Map<Long, Long> shopperUses = new HashMap<>();
            for (PromotionQuote.AppliedCampaign a : priced.quote().applied()) {
                Campaign c = locked.get(a.campaignId());
                long uses = usesBy(c.getId(), request.buyer());
                shopperUses.put(c.getId(), uses);
                if (!c.allows(a.discount(), uses)) {
                    over.add(c.getId()); // what is left of its budget does not cover this cart
                }
            }
            if (!over.isEmpty()) {
                exhausted = new HashSet<>(exhausted);
                exhausted.addAll(over);
                continue;
            }
            for (PromotionQuote.AppliedCampaign a : priced.quote().applied()) {
                Campaign c = locked.get(a.campaignId());
                c.consume(a.discount(), shopperUses.get(c.getId()));
                int units = flashUnits(cart, a, flashLeft.get(c.getId()));
                c.sellFlash(units);
                em.persist(new CampaignUsage(c.getId(), request.buyer(), orderReference, a.discount(), units, at));
                if (couponUsable && c.getId() == coupon.getCampaignId()) {
                    coupon.redeem(request.buyer(), orderReference, at); // locked above: used by one order only
                }
            }
            return priced.quote();
        }
        throw new IllegalStateException("Promotions did not settle for order " + orderReference);
    }

    /**
     * Gives back what an order used, when it was cancelled or closed unpaid: each campaign's use and discount
     * (under the campaign's row lock, in id order as {@link #redeem} locks them) and its coupon. A use given back
     * already is not given back twice, so a repeated call changes nothing.
     *
     * @return how many uses were given back
     */
    public int giveBack(String orderReference) {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        List<CampaignUsage> usages = em.createQuery(
                        "SELECT u FROM CampaignUsage u WHERE u.orderReference = :o AND u.returnedAt IS NULL"
                                + " ORDER BY u.campaignId",
                        CampaignUsage.class)
                .setParameter("o", orderReference)
                .getResultList();
        int given = 0;
        for (CampaignUsage usage : usages) {
            Campaign c = em.find(Campaign.class, usage.getCampaignId(), LockModeType.PESSIMISTIC_WRITE);
            em.refresh(c);
            em.lock(usage, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(usage);
            if (usage.giveBack(at)) {
                c.giveBack(usage.getDiscount(), usage.getUnits());
                given++;
            }
        }
        for (Coupon coupon : em.createQuery("SELECT c FROM Coupon c WHERE c.orderReference = :o", Coupon.class)
                .setParameter("o", orderReference)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()) {
            coupon.giveBack(orderReference, at);
        }
        return given;
    }

    /** Units a flash sale sold at its price in this cart: those of the lines it took off, as far as what was left. */
    private static int flashUnits(PricingCart cart, PromotionQuote.AppliedCampaign applied, int[] left) {
        if (left == null) {
            return 0;
        }
        int units = 0;
        for (PricingCart.Line line : cart.lines()) {
            if (applied.skuCodes().contains(line.skuCode())) {
                units += line.quantity();
            }
        }
        return Math.min(units, Math.min(left[0], left[1]));
    }

    private void lock(List<Long> ids, Map<Long, Campaign> locked) {
        for (Long id : ids) {
            Campaign c = em.find(Campaign.class, id, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(c); // the counters as the last holder of the lock committed them
            locked.put(id, c);
        }
    }

    private static List<Campaign> refreshed(List<Campaign> live, Map<Long, Campaign> locked) {
        List<Campaign> out = new ArrayList<>();
        for (Campaign c : live) {
            Campaign current = locked.getOrDefault(c.getId(), c);
            if (current.getStatus() == CampaignStatus.LIVE) {
                out.add(current);
            } // stopped meanwhile: no longer applies
        }
        return out;
    }

    /** Campaigns with no budget left for anyone, or none for this shopper. */
    private Set<Long> exhausted(List<Campaign> campaigns, String buyer) {
        Set<Long> out = new HashSet<>();
        List<Long> perShopper = new ArrayList<>();
        for (Campaign c : campaigns) {
            if (c.exhausted()) {
                out.add(c.getId());
            } else if (c.getMaxUsesPerShopper() != null) {
                perShopper.add(c.getId());
            }
        }
        if (!perShopper.isEmpty()) {
            List<Object[]> rows = em.createQuery(
                            "SELECT u.campaignId, COUNT(u) FROM CampaignUsage u WHERE u.shopper = :s AND u.campaignId IN :ids"
                                    + " AND u.returnedAt IS NULL"
                                    + " GROUP BY u.campaignId",
                            Object[].class)
                    .setParameter("s", buyer)
                    .setParameter("ids", perShopper)
                    .getResultList();
            Map<Long, Long> uses = new HashMap<>();
            for (Object[] row : rows) {
                uses.put((Long) row[0], (Long) row[1]);
            }
            for (Campaign c : campaigns) {
                if (c.getMaxUsesPerShopper() != null && uses.getOrDefault(c.getId(), 0L) >= c.getMaxUsesPerShopper()) {
                    out.add(c.getId());
                }
            }
        }
        return out;
    }

    private long usesBy(long campaignId, String buyer) {
        return em.createQuery(
                        "SELECT COUNT(u) FROM CampaignUsage u WHERE u.campaignId = :c AND u.shopper = :s"
                                + " AND u.returnedAt IS NULL",
                        Long.class)
                .setParameter("c", campaignId)
                .setParameter("s", buyer)
                .getSingleResult();
    }
}
