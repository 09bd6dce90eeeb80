package org.emporium.order.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emporium.order.control.CheckoutRules;
import org.emporium.order.control.OrderEvents;
import org.emporium.order.entity.DeliverySlot;
import org.emporium.order.entity.PaymentMethod;
import org.emporium.order.entity.PaymentRule;
import org.emporium.order.entity.Region;
import org.emporium.order.entity.ShippingMethod;
import org.emporium.order.entity.ShippingRule;
import org.emporium.platform.events.DomainEvents;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * The back office's checkout rules: shipping fees by method, province, weight and order value; delivery slots
 * with cut-off and capacity; which payment methods are offered for which province, amount and goods. Rules are
 * added and stopped (or resumed), never edited in place, so that the audit trail tells what applied when.
 */
@Stateless
@RolesAllowed(Orders.ORDER_CLERK)
public class CheckoutRulesDesk {

    @PersistenceContext
    EntityManager em;

    @Inject
    CheckoutRules rules;

    @Inject
    DomainEvents events;

    @Resource
    SessionContext session;

    /** Provinces by code, for the rule forms. */
    public Map<String, String> provinces() {
        Map<String, String> provinces = new LinkedHashMap<>();
        for (Region r : rules.children(null)) {
            provinces.put(r.getCode(), r.getName());
        }
        return provinces;
    }

    public List<ShippingRule> shippingRules() {
        return rules.shippingRules();
    }

    public List<DeliverySlot> slots() {
        return rules.slots();
    }

    public List<PaymentRule> paymentRules() {
        return rules.paymentRules();
    }

    public ShippingRule addShippingRule(
            ShippingMethod method,
            String provinceCode,
            int firstWeightGrams,
            BigDecimal firstFee,
            int extraWeightGrams,
            BigDecimal extraFee,
            BigDecimal freeFrom) {
        ShippingRule rule = new ShippingRule(
                method,
                province(provinceCode),
                firstWeightGrams,
                cents(firstFee),
                extraWeightGrams,
                cents(extraFee),
                freeFrom == null ? null : cents(freeFrom));
        em.persist(rule);
        em.flush();
        events.record(OrderEvents.ruleChanged(
                "shipping-rule",
                rule.getId(),
                actor(),
                "added " + method + " " + (rule.getProvinceCode() == null ? "nationwide" : rule.getProvinceCode())));
        return rule;
    }

    public void shippingRuleActive(long id, boolean active) {
        ShippingRule rule = found(em.find(ShippingRule.class, id), id);
        rule.setActive(active);
        events.record(OrderEvents.ruleChanged("shipping-rule", id, actor(), active ? "resumed" : "stopped"));
    }

    /** A slot from "HH:mm" to "HH:mm", closing {@code cutoffMinutes} before it starts, taking capacity a day. */
    public DeliverySlot addSlot(String from, String to, int cutoffMinutes, int capacity) {
        DeliverySlot slot = new DeliverySlot(minutes(from), minutes(to), cutoffMinutes, capacity);
        em.persist(slot);
        em.flush();
        events.record(OrderEvents.ruleChanged("delivery-slot", slot.getId(), actor(), "added " + slot.window()));
        return slot;
    }

    public void slotActive(long id, boolean active) {
        DeliverySlot slot = found(em.find(DeliverySlot.class, id), id);
        slot.setActive(active);
        events.record(OrderEvents.ruleChanged("delivery-slot", id, actor(), active ? "resumed" : "stopped"));
    }

    public PaymentRule addPaymentRule(
            PaymentMethod method,
            String provinceCode,
            BigDecimal minAmount,
            BigDecimal maxAmount,
            Long excludedCategoryId) {
        PaymentRule rule = new PaymentRule(
                method,
                province(provinceCode),
                minAmount == null ? null : cents(minAmount),
                maxAmount == null ? null : cents(maxAmount),
                excludedCategoryId);
        em.persist(rule);
        em.flush();
        events.record(OrderEvents.ruleChanged(
                "payment-rule",
                rule.getId(),
                actor(),
                "added " + method + " " + (rule.getProvinceCode() == null ? "nationwide" : rule.getProvinceCode())));
        return rule;
    }

    public void paymentRuleActive(long id, boolean active) {
        PaymentRule rule = found(em.find(PaymentRule.class, id), id);
        rule.setActive(active);
        events.record(OrderEvents.ruleChanged("payment-rule", id, actor(), active ? "resumed" : "stopped"));
    }

    /** "HH:mm" (or "24:00") as minutes after midnight. */
    static int minutes(String hhmm) {
        if (hhmm == null || !hhmm.strip().matches("([01]?\\d|2[0-4]):[0-5]\\d")) {
            throw new BusinessRuleViolation("order.slot.window");
        }
        String[] parts = hhmm.strip().split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }

    private String province(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Region r = em.find(Region.class, code);
        if (r == null || r.getDepth() != 1) {
            throw new BusinessRuleViolation("order.rule.province", code);
        }
        return code;
    }

    private static BigDecimal cents(BigDecimal amount) {
        if (amount == null || amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new BusinessRuleViolation("order.rule.amount");
        }
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private static <T> T found(T rule, long id) {
        if (rule == null) {
            throw new BusinessRuleViolation("order.rule.unknown", id);
        }
        return rule;
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }
}
