package org.emporium.web.backoffice.orders;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.emporium.order.boundary.CheckoutRulesDesk;
import org.emporium.order.entity.DeliverySlot;
import org.emporium.order.entity.PaymentMethod;
import org.emporium.order.entity.PaymentRule;
import org.emporium.order.entity.ShippingMethod;
import org.emporium.order.entity.ShippingRule;
import org.emporium.web.backoffice.BackOfficeTexts;
import org.emporium.web.backoffice.StaffChange;

/**
 * {@code orders/checkout-rules.xhtml}: the rules the checkout applies — shipping fees by method, province,
 * weight and order value; delivery slots with cut-off and capacity; payment methods by province, amount and
 * goods. Rules are added, stopped and resumed; each form keeps what was typed when a rule is refused.
 */
@ViewScoped
@Named
public class CheckoutRulesEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CheckoutRulesDesk desk;

    private ShippingMethod shippingMethod = ShippingMethod.STANDARD;
    private String shippingProvince;
    private Integer firstWeightGrams = 1000;
    private BigDecimal firstFee;
    private Integer extraWeightGrams = 1000;
    private BigDecimal extraFee = BigDecimal.ZERO;
    private BigDecimal freeFrom;

    private String slotFrom;
    private String slotTo;
    private Integer cutoffMinutes = 120;
    private Integer capacity = 100;

    private PaymentMethod paymentMethod = PaymentMethod.CASH_ON_DELIVERY;
    private String paymentProvince;
    private BigDecimal minAmount;
    private BigDecimal maxAmount;
    private Long excludedCategoryId;

    private transient Map<String, String> provinces;

    public Map<String, String> getProvinces() {
        if (provinces == null) {
            provinces = desk.provinces();
        }
        return provinces;
    }

    /** The province's name, or "nationwide" in the staff member's language. */
    public String province(String code) {
        return code == null
                ? org.emporium.web.ui.Messages.text(
                        BackOfficeTexts.ORDERS, org.omnifaces.util.Faces.getLocale(), "rules.nationwide")
                : getProvinces().getOrDefault(code, code);
    }

    public List<ShippingRule> getShippingRules() {
        return desk.shippingRules();
    }

    public List<DeliverySlot> getSlots() {
        return desk.slots();
    }

    public List<PaymentRule> getPaymentRules() {
        return desk.paymentRules();
    }

    public ShippingMethod[] getShippingMethods() {
        return ShippingMethod.values();
    }

    public PaymentMethod[] getPaymentMethods() {
        return PaymentMethod.values();
    }

    public void addShippingRule() {
        if (StaffChange.run(
                BackOfficeTexts.ORDERS,
                "rules.forbidden",
                () -> desk.addShippingRule(
                        shippingMethod,
                        shippingProvince,
                        firstWeightGrams == null ? -1 : firstWeightGrams,
                        firstFee,
                        extraWeightGrams == null ? 0 : extraWeightGrams,
                        extraFee,
                        freeFrom),
                "rules.added")) {
            firstFee = null;
            freeFrom = null;
        }
    }

    public void shippingRuleActive(long id, boolean active) {
        StaffChange.run(
                BackOfficeTexts.ORDERS,
                "rules.forbidden",
                () -> desk.shippingRuleActive(id, active),
                active ? "rules.resumed" : "rules.stopped");
    }

    public void addSlot() {
        if (StaffChange.run(
                BackOfficeTexts.ORDERS,
                "rules.forbidden",
                () -> desk.addSlot(
                        slotFrom, slotTo, cutoffMinutes == null ? -1 : cutoffMinutes, capacity == null ? -1 : capacity),
                "rules.added")) {
            slotFrom = null;
            slotTo = null;
        }
    }

    public void slotActive(long id, boolean active) {
        StaffChange.run(
                BackOfficeTexts.ORDERS,
                "rules.forbidden",
                () -> desk.slotActive(id, active),
                active ? "rules.resumed" : "rules.stopped");
    }

    public void addPaymentRule() {
        if (StaffChange.run(
                BackOfficeTexts.ORDERS,
                "rules.forbidden",
                () -> desk.addPaymentRule(paymentMethod, paymentProvince, minAmount, maxAmount, excludedCategoryId),
                "rules.added")) {
            minAmount = null;
            maxAmount = null;
            excludedCategoryId = null;
        }
    }

    public void paymentRuleActive(long id, boolean active) {
        StaffChange.run(
                BackOfficeTexts.ORDERS,
                "rules.forbidden",
                () -> desk.paymentRuleActive(id, active),
                active ? "rules.resumed" : "rules.stopped");
    }

    public ShippingMethod getShippingMethod() {
        return shippingMethod;
    }

    public void setShippingMethod(ShippingMethod shippingMethod) {
        this.shippingMethod = shippingMethod;
    }

    public String getShippingProvince() {
        return shippingProvince;
    }

    public void setShippingProvince(String shippingProvince) {
        this.shippingProvince = shippingProvince;
    }

    public Integer getFirstWeightGrams() {
        return firstWeightGrams;
    }

    public void setFirstWeightGrams(Integer firstWeightGrams) {
        this.firstWeightGrams = firstWeightGrams;
    }

    public BigDecimal getFirstFee() {
        return firstFee;
    }

    public void setFirstFee(BigDecimal firstFee) {
        this.firstFee = firstFee;
    }

    public Integer getExtraWeightGrams() {
        return extraWeightGrams;
    }

    public void setExtraWeightGrams(Integer extraWeightGrams) {
        this.extraWeightGrams = extraWeightGrams;
    }

    public BigDecimal getExtraFee() {
        return extraFee;
    }

    public void setExtraFee(BigDecimal extraFee) {
        this.extraFee = extraFee;
    }

    public BigDecimal getFreeFrom() {
        return freeFrom;
    }

    public void setFreeFrom(BigDecimal freeFrom) {
        this.freeFrom = freeFrom;
    }

    public String getSlotFrom() {
        return slotFrom;
    }

    public void setSlotFrom(String slotFrom) {
        this.slotFrom = slotFrom;
    }

    public String getSlotTo() {
        return slotTo;
    }

    public void setSlotTo(String slotTo) {
        this.slotTo = slotTo;
    }

    public Integer getCutoffMinutes() {
        return cutoffMinutes;
    }

    public void setCutoffMinutes(Integer cutoffMinutes) {
        this.cutoffMinutes = cutoffMinutes;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(PaymentMethod paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    public String getPaymentProvince() {
        return paymentProvince;
    }

    public void setPaymentProvince(String paymentProvince) {
        this.paymentProvince = paymentProvince;
    }

    public BigDecimal getMinAmount() {
        return minAmount;
    }

    public void setMinAmount(BigDecimal minAmount) {
        this.minAmount = minAmount;
    }

    public BigDecimal getMaxAmount() {
        return maxAmount;
    }

    public void setMaxAmount(BigDecimal maxAmount) {
        this.maxAmount = maxAmount;
    }

    public Long getExcludedCategoryId() {
        return excludedCategoryId;
    }

    public void setExcludedCategoryId(Long excludedCategoryId) {
        this.excludedCategoryId = excludedCategoryId;
    }
}
