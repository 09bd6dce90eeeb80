package org.emporium.promotion.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emporium.catalog.boundary.Skus;
import org.emporium.platform.events.DomainEvents;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.promotion.control.CampaignType;
import org.emporium.promotion.control.CartPricing;
import org.emporium.promotion.control.MarginFloor;
import org.emporium.promotion.control.Offers;
import org.emporium.promotion.control.PricingCart;
import org.emporium.promotion.control.PromotionEvents;
import org.emporium.promotion.control.Terms;
import org.emporium.promotion.control.TermsCodec;
import org.emporium.promotion.entity.Campaign;
import org.emporium.promotion.entity.CampaignStatus;
import org.emporium.promotion.entity.PromotionTemplate;
import org.emporium.promotion.entity.StackingRule;

/**
 * The back office's promotion desk: templates, campaigns made from them in a few fields, approval before a
 * campaign goes live, the emergency stop, the stacking rules, and the simulator. Every change is written with
 * an event, which the audit trail records.
 */
@Stateless
@DeclareRoles({CampaignDesk.PROMOTION_MANAGER, CampaignDesk.PROMOTION_APPROVER})
public class CampaignDesk {

    /** May create campaigns, submit them, stop them. */
    public static final String PROMOTION_MANAGER = "promotion-manager";
    /** May put submitted campaigns live (or send them back), and change the stacking rules. */
    public static final String PROMOTION_APPROVER = "promotion-approver";

    @PersistenceContext
    EntityManager em;

    @Inject
    CartPricing pricing;

    @Inject
    DomainEvents events;

    @Resource
    SessionContext session;

    @Inject
    Skus skus;

    /** The share of its price under which no unit of a SKU without a cost price should sell; see {@link MarginFloor}. */
    @Inject
    @ConfigProperty(name = "emporium.promotion.margin-floor", defaultValue = "0.70")
    String marginFloor;

    /** SKUs of a campaign's products whose prices the margin check looks at, at most. */
    private static final int MARGIN_SKUS = 200;

    public List<PromotionTemplate> templates() {
        return em.createQuery("SELECT t FROM PromotionTemplate t ORDER BY t.id", PromotionTemplate.class)
                .getResultList();
    }

    public Optional<PromotionTemplate> template(long id) {
        return Optional.ofNullable(em.find(PromotionTemplate.class, id));
    }

    public List<Campaign> campaigns() {
        return em.createQuery("SELECT c FROM Campaign c ORDER BY c.id DESC", Campaign.class)
                .getResultList();
    }

    public Optional<Campaign> campaign(long id) {
        return Optional.ofNullable(em.find(Campaign.class, id));
    }

    /** A draft campaign from a template: the template's fixed terms plus the open ones, checked by the engine's rules. */
    @RolesAllowed(PROMOTION_MANAGER)
    public Campaign create(CampaignDraft draft) {
        PromotionTemplate template = template(draft.templateId())
                .orElseThrow(() -> new BusinessRuleViolation("promotion.template.unknown", draft.templateId()));
        Map<String, String> terms = new LinkedHashMap<>(TermsCodec.parse(template.getFixedTerms()));
        for (String open : template.openTerms()) {
            String value = draft.openTerms().get(open);
            if (value == null || value.isBlank()) {
                if (!open.equals("max_gifts") && !open.equals("threshold") && !open.equals("limit")) {
                    throw new BusinessRuleViolation("promotion.term.required", open);
                }
                continue;
            }
            terms.put(open, value.strip());
        }
        for (String given : draft.openTerms().keySet()) {
            if (!template.openTerms().contains(given)
                    && !draft.openTerms().get(given).isBlank()) {
                throw new BusinessRuleViolation("promotion.term.fixed", given);
            }
        }
        Campaign campaign = new Campaign(
                template.getId(),
                draft.nameZh(),
                draft.nameEn(),
                template.getCampaignType(),
                TermsCodec.format(terms),
                template.getStackingGroup(),
                template.isExclusive(),
                template.getPriority(),
                actor(),
                now());
        campaign.scope(
                draft.productIds(),
                draft.categoryIds(),
                draft.brandIds(),
                draft.shopperGroups(),
                draft.channels(),
                draft.startsAt(),
                draft.endsAt());
        campaign.budget(draft.maxUses(), draft.maxUsesPerShopper(), draft.discountCap());
        if (CampaignType.FLASH_SALE.name().equals(campaign.getCampaignType())) {
            campaign.flashStock(flashTerms(campaign).stock());
        }
        campaign.requireCoupon(draft.coupon());
        if (draft.coupon()) {
            campaign.couponLimits(draft.couponsTotal(), draft.couponsPerShopper(), draft.couponValidDays());
        }
        check(campaign);
        em.persist(campaign);
        em.flush();
        events.record(PromotionEvents.changed(campaign, actor(), "created"));
        return campaign;
    }

    /**
     * Changes a campaign's stacking: its group, whether it applies alone, its priority. A campaign past its
     * draft goes back to approval, by someone other than the editor.
     */
    @RolesAllowed(PROMOTION_MANAGER)
    public Campaign restack(long id, String group, boolean exclusive, int priority) {
        Campaign c = find(id);
        c.restack(group, exclusive, priority, actor());
        events.record(PromotionEvents.changed(c, actor(), "restacked"));
        return c;
    }

    @RolesAllowed(PROMOTION_MANAGER)
    public Campaign submit(long id) {
        Campaign c = find(id);
        c.submit(actor());
        events.record(PromotionEvents.changed(c, actor(), "submitted"));
        return c;
    }

    @RolesAllowed(PROMOTION_APPROVER)
    public Campaign approve(long id) {
        Campaign c = find(id);
        check(c);
        c.approve(actor());
        events.record(PromotionEvents.changed(c, actor(), "approved"));
        return c;
    }

    @RolesAllowed(PROMOTION_APPROVER)
    public Campaign reject(long id) {
        Campaign c = find(id);
        c.reject();
        events.record(PromotionEvents.changed(c, actor(), "rejected"));
        return c;
    }

    /** The emergency stop: from this commit on, no cart or order gets the campaign. */
    @RolesAllowed({PROMOTION_MANAGER, PROMOTION_APPROVER})
    public Campaign stop(long id) {
        Campaign c = find(id);
        c.stop();
        events.record(PromotionEvents.changed(c, actor(), "stopped"));
        return c;
    }

    @RolesAllowed(PROMOTION_MANAGER)
    public Campaign resume(long id) {
        Campaign c = find(id);
        c.resume(actor());
        events.record(PromotionEvents.changed(c, actor(), "resumed"));
        return c;
    }

    /**
     * Changes a campaign's budget caps (never below what was used already); a campaign past its draft goes back
     * to approval, by someone other than the editor.
     */
    @RolesAllowed(PROMOTION_MANAGER)
    public Campaign budget(long id, Integer maxUses, Integer maxUsesPerShopper, java.math.BigDecimal discountCap) {
        Campaign c = find(id);
        c.budget(maxUses, maxUsesPerShopper, discountCap, actor());
        events.record(PromotionEvents.changed(c, actor(), "budget"));
        return c;
    }

    /**
     * Changes a campaign's budget caps and stacking in one step, each part only when it differs from what the
     * campaign has: a campaign past its draft goes back to approval (by someone other than the editor) only
     * when something changed.
     */
    @RolesAllowed(PROMOTION_MANAGER)
    public Campaign revise(
            long id,
            Integer maxUses,
            Integer maxUsesPerShopper,
            java.math.BigDecimal discountCap,
            String group,
            boolean exclusive,
            int priority) {
        Campaign c = find(id);
        boolean budgetChanged = !java.util.Objects.equals(c.getMaxUses(), maxUses)
                || !java.util.Objects.equals(c.getMaxUsesPerShopper(), maxUsesPerShopper)
                || (c.getDiscountCap() == null
                        ? discountCap != null
                        : discountCap == null || c.getDiscountCap().compareTo(discountCap) != 0);
        boolean stackingChanged = !java.util.Objects.equals(c.getStackingGroup(), group)
                || c.isExclusive() != exclusive
                || c.getPriority() != priority;
        if (budgetChanged) {
            c.budget(maxUses, maxUsesPerShopper, discountCap, actor());
            events.record(PromotionEvents.changed(c, actor(), "budget"));
        }
        if (stackingChanged) {
            c.restack(group, exclusive, priority, actor());
            events.record(PromotionEvents.changed(c, actor(), "restacked"));
        }
        return c;
    }

    public List<StackingRule> rules() {
        return em.createQuery("SELECT r FROM StackingRule r ORDER BY r.groupA, r.groupB", StackingRule.class)
                .getResultList();
    }

    /** Says whether two groups combine; a pair not named excludes. */
    @RolesAllowed(PROMOTION_APPROVER)
    public StackingRule rule(String one, String other, boolean combine) {
        if (one == null || other == null || !one.matches("[a-z0-9-]{1,40}") || !other.matches("[a-z0-9-]{1,40}")) {
            throw new BusinessRuleViolation("promotion.group.invalid", one + " / " + other);
        }
        if (one.equals(other)) {
            throw new BusinessRuleViolation("promotion.rule.sameGroup", one);
        }
        StackingRule probe = new StackingRule(one, other, combine);
        StackingRule rule = em.find(StackingRule.class, new StackingRule.Key(probe.getGroupA(), probe.getGroupB()));
        if (rule == null) {
            rule = probe;
            em.persist(rule);
        } else {
            rule.setCombine(combine);
        }
        events.record(PromotionEvents.ruleChanged(rule.getGroupA(), rule.getGroupB(), combine, actor()));
        return rule;
    }

    /**
     * The simulator: prices a sample cart with the live campaigns plus the given ones whatever their status (a
     * draft can be tried before it is submitted), coupon campaigns included when named; nothing is counted.
     */
    public PromotionQuote simulate(PriceRequest request, Collection<Long> alsoCampaigns) {
        Instant now = Instant.now();
        PricingCart cart = pricing.cart(request, now);
        List<Campaign> campaigns = new ArrayList<>(pricing.live(now, Set.copyOf(alsoCampaigns)));
        for (Long id : alsoCampaigns) {
            Campaign c = em.find(Campaign.class, id);
            if (c != null && campaigns.stream().noneMatch(x -> x.getId().equals(id))) {
                campaigns.add(c);
            }
        }
        campaigns.removeIf(c -> c.getStatus() == CampaignStatus.STOPPED && !alsoCampaigns.contains(c.getId()));
        return pricing.price(cart, campaigns, Set.of(), pricing.rules()).quote();
    }

    /**
     * Where the campaign alone could sell a unit below the margin floor, lowest share first; shown when it is
     * created and to its approver. Price-dependent types are checked on the SKUs of the products it names.
     */
    public List<MarginWarning> marginWarnings(long id) {
        Campaign c = find(id);
        Terms terms;
        try {
            terms = TermsCodec.terms(TermsCodec.parse(c.getTerms()));
        } catch (IllegalArgumentException broken) {
            return List.of();
        }
        List<Long> products = c.getProductIds().isBlank()
                ? List.of()
                : java.util.Arrays.stream(c.getProductIds().split(","))
                        .map(Long::valueOf)
                        .toList();
        List<String> codes = skus.codesOf(products, MARGIN_SKUS);
        Map<String, BigDecimal> costs = skus.costs(codes);
        List<MarginFloor.PricedSku> priced = skus.byCode(codes).values().stream()
                .map(s -> new MarginFloor.PricedSku(
                        s.skuCode(), s.productId(), s.price().amount(), costs.get(s.skuCode())))
                .toList();
        BigDecimal floor = new BigDecimal(marginFloor.strip());
        return new MarginFloor(floor)
                .check(CampaignType.valueOf(c.getCampaignType()), terms, priced).stream()
                        .map(w -> new MarginWarning(w.skuCode(), w.share(), floor, w.paid(), w.cost()))
                        .toList();
    }

    /** What a sample cart's items cost before promotions (SKUs not for sale left out). */
    public java.math.BigDecimal itemsTotal(List<PriceRequest.Item> items) {
        return pricing.cart(new PriceRequest("guest:simulator", items, null), Instant.now())
                .itemsTotal();
    }

    private void check(Campaign campaign) {
        try {
            Offers.of(campaign, campaign.getNameEn());
        } catch (IllegalArgumentException wrong) {
            throw new BusinessRuleViolation("promotion.terms.invalid", wrong.getMessage());
        }
    }

    private static Terms flashTerms(Campaign campaign) {
        try {
            return TermsCodec.terms(TermsCodec.parse(campaign.getTerms()));
        } catch (IllegalArgumentException wrong) {
            throw new BusinessRuleViolation("promotion.terms.invalid", wrong.getMessage());
        }
    }

    private Campaign find(long id) {
        return campaign(id).orElseThrow(() -> new BusinessRuleViolation("promotion.campaign.unknown", id));
    }

    private String actor() {
        return session.getCallerPrincipal() == null
                ? "system"
                : session.getCallerPrincipal().getName();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
