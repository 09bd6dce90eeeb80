package org.emporium.promotion.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.catalog.boundary.ProductPlacement;
import org.emporium.catalog.boundary.SaleableSku;
import org.emporium.catalog.boundary.Skus;
import org.emporium.promotion.boundary.PriceRequest;
import org.emporium.promotion.boundary.PromotionQuote;
import org.emporium.promotion.entity.Campaign;
import org.emporium.promotion.entity.CampaignStatus;
import org.emporium.promotion.entity.StackingRule;

/**
 * Turns a price request into the engine's cart (SKUs read afresh from the catalogue with where their products
 * are filed), runs the engine with the given campaigns, and writes its answer in both languages.
 */
@Stateless
public class CartPricing {

    private static final Logger LOG = Logger.getLogger(CartPricing.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Skus skus;

    /** Live campaigns whose window is open now; coupon campaigns only when asked for ({@code couponCampaigns}). */
    public List<Campaign> live(Instant at, Collection<Long> couponCampaigns) {
        OffsetDateTime now = at.atOffset(ZoneOffset.UTC);
        return em
                .createQuery(
                        "SELECT c FROM Campaign c WHERE c.status = :live"
                                + " AND (c.startsAt IS NULL OR c.startsAt <= :now) AND (c.endsAt IS NULL OR c.endsAt > :now)"
                                + " ORDER BY c.id",
                        Campaign.class)
                .setParameter("live", CampaignStatus.LIVE)
                .setParameter("now", now)
                .getResultList()
                .stream()
                .filter(c -> !c.isCoupon() || couponCampaigns.contains(c.getId()))
                .toList();
    }

    public StackingRules rules() {
        return Offers.rules(em.createQuery("SELECT r FROM StackingRule r", StackingRule.class)
                .getResultList());
    }

    /** The cart as the engine sees it; SKUs that are unknown or not for sale are left out. */
    public PricingCart cart(PriceRequest request, Instant at) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        for (PriceRequest.Item item : request.items()) {
            if (item.quantity() > 0) {
                quantities.merge(item.skuCode(), item.quantity(), Integer::sum);
            }
        }
        Map<String, SaleableSku> found = skus.byCode(quantities.keySet());
        Map<Long, ProductPlacement> placed = skus.placement(
                found.values().stream().map(SaleableSku::productId).distinct().toList());
        List<PricingCart.Line> lines = new ArrayList<>();
        for (Map.Entry<String, Integer> e : quantities.entrySet()) {
            SaleableSku sku = found.get(e.getKey());
            if (sku == null || !sku.buyable()) {
                continue;
            }
            ProductPlacement p = placed.get(sku.productId());
            lines.add(new PricingCart.Line(
                    sku.skuCode(),
                    sku.productId(),
                    p == null ? Set.of() : new HashSet<>(p.categoryPath()),
                    p == null ? null : p.brandId(),
                    sku.price().amount(),
                    e.getValue()));
        }
        return new PricingCart(lines, request.shopperGroups(), request.channel(), at, request.shippingFee());
    }

    /**
     * What is left of each flash sale among the campaigns for this shopper: {units in stock, units the shopper may
     * still buy} (uses given back do not count). Read under the campaigns' row locks, it is exact.
     */
    public Map<Long, int[]> flashLeft(List<Campaign> campaigns, String shopper) {
        List<Long> flash = campaigns.stream()
                .filter(c -> CampaignType.FLASH_SALE.name().equals(c.getCampaignType()))
                .map(Campaign::getId)
                .toList();
        if (flash.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> bought = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT u.campaignId, SUM(u.units) FROM CampaignUsage u WHERE u.shopper = :s"
                                + " AND u.campaignId IN :ids AND u.returnedAt IS NULL GROUP BY u.campaignId",
                        Object[].class)
                .setParameter("s", shopper)
                .setParameter("ids", flash)
                .getResultList()) {
            bought.put((Long) row[0], ((Number) row[1]).longValue());
        }
        Map<Long, int[]> left = new HashMap<>();
        for (Campaign c : campaigns) {
            if (flash.contains(c.getId())) {
                int limit = TermsCodec.terms(TermsCodec.parse(c.getTerms())).limit();
                long mayBuy = limit == Terms.NO_LIMIT ? Terms.NO_LIMIT : limit - bought.getOrDefault(c.getId(), 0L);
                left.put(c.getId(), new int[] {c.flashLeft(), (int) Math.max(0, mayBuy)});
            }
        }
        return left;
    }

    /** Prices the cart with these campaigns; a flash sale sells from what is left of its stock, for anyone. */
    public Priced price(PricingCart cart, List<Campaign> campaigns, Set<Long> exhausted, StackingRules rules) {
        return price(cart, campaigns, exhausted, rules, Map.of());
    }

    /**
     * Prices the cart with these campaigns, flash sales limited to what is left ({@link #flashLeft}); a campaign
     * whose stored terms no longer make sense is skipped and logged.
     */
    public Priced price(
            PricingCart cart,
            List<Campaign> campaigns,
            Set<Long> exhausted,
            StackingRules rules,
            Map<Long, int[]> flashLeft) {
        Map<Long, Campaign> byId = new HashMap<>();
        List<Offer> offers = new ArrayList<>();
        for (Campaign c : campaigns) {
            try {
                Offer offer = Offers.of(c, c.getNameEn());
                if (offer.type() == CampaignType.FLASH_SALE) {
                    int[] left = flashLeft.getOrDefault(c.getId(), new int[] {c.flashLeft(), Terms.NO_LIMIT});
                    offer = new Offer(
                            offer.id(),
                            offer.name(),
                            offer.type(),
                            offer.terms().withLeft(left[0], left[1]),
                            offer.scope(),
                            offer.stackingGroup(),
                            offer.exclusive(),
                            offer.priority());
                }
                offers.add(offer);
                byId.put(c.getId(), c);
            } catch (IllegalArgumentException broken) {
                LOG.log(Level.WARNING, "Campaign " + c.getId() + " left out: " + broken.getMessage());
            }
        }
        PricingResult result = new PromotionEngine(rules).price(cart, offers, exhausted);
        return new Priced(result, quote(result, byId, cart));
    }

    /** The engine's answer and the same in the boundary's words. */
    public record Priced(PricingResult result, PromotionQuote quote) {}

    static PromotionQuote quote(PricingResult r, Map<Long, Campaign> byId, PricingCart cart) {
        Map<String, BigDecimal> lines = new LinkedHashMap<>();
        for (PricingResult.LineResult line : r.lines()) {
            if (line.discount().signum() > 0) {
                lines.put(line.skuCode(), line.discount());
            }
        }
        List<PromotionQuote.Gift> gifts = new ArrayList<>();
        for (PricingResult.GiftLine g : r.gifts()) {
            Campaign c = byId.get(g.offerId());
            gifts.add(new PromotionQuote.Gift(g.offerId(), g.skuCode(), g.quantity(), c.getNameZh(), c.getNameEn()));
        }
        List<PromotionQuote.AppliedCampaign> applied = new ArrayList<>();
        for (PricingResult.Applied a : r.applied()) {
            Campaign c = byId.get(a.offer().id());
            applied.add(new PromotionQuote.AppliedCampaign(
                    c.getId(),
                    c.getNameZh(),
                    c.getNameEn(),
                    c.getCampaignType(),
                    a.itemsDiscount(),
                    a.shippingDiscount(),
                    a.giftValue(),
                    a.skuCodes(),
                    a.tierReached()));
        }
        List<PromotionQuote.ExcludedCampaign> excluded = new ArrayList<>();
        for (PricingResult.Excluded x : r.excluded()) {
            Campaign c = byId.get(x.offer().id());
            Campaign because = x.because() == null ? null : byId.get(x.because());
            excluded.add(new PromotionQuote.ExcludedCampaign(
                    c.getId(),
                    c.getNameZh(),
                    c.getNameEn(),
                    x.reason().name(),
                    because == null ? null : because.getNameZh(),
                    because == null ? null : because.getNameEn(),
                    x.missing()));
        }
        return new PromotionQuote(
                lines, gifts, applied, excluded, r.itemsDiscount(), r.shippingDiscount(), r.searchComplete());
    }
}
