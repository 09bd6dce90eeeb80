package org.emporium.order.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * What a shipping method costs to a province (or anywhere, without one): the fee of the first weight, one extra
 * fee per started extra weight step, and free delivery from an item value on. A province's rule wins over the
 * nationwide one; a method without a rule for the address is not offered there.
 */
@Entity
@Table(name = "shipping_rule")
public class ShippingRule implements Serializable {

    @Id
    @SequenceGenerator(name = "shipping_rule_seq", sequenceName = "shipping_rule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipping_rule_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    private ShippingMethod method;

    @Column(name = "province_code")
    private String provinceCode;

    @Column(name = "first_weight_grams")
    private int firstWeightGrams;

    @Column(name = "first_fee")
    private BigDecimal firstFee;

    @Column(name = "extra_weight_grams")
    private int extraWeightGrams;

    @Column(name = "extra_fee")
    private BigDecimal extraFee;

    @Column(name = "free_from")
    private BigDecimal freeFrom;

    private boolean active;

    @Version
    private long version;

    protected ShippingRule() {}

    public ShippingRule(
            ShippingMethod method,
            String provinceCode,
            int firstWeightGrams,
            BigDecimal firstFee,
            int extraWeightGrams,
            BigDecimal extraFee,
            BigDecimal freeFrom) {
        if (method == null) {
            throw new BusinessRuleViolation("order.rule.method");
        }
        if (firstWeightGrams < 0 || extraWeightGrams <= 0) {
            throw new BusinessRuleViolation("order.rule.weight");
        }
        if (negative(firstFee) || negative(extraFee) || (freeFrom != null && freeFrom.signum() < 0)) {
            throw new BusinessRuleViolation("order.rule.amount");
        }
        this.method = method;
        this.provinceCode = provinceCode;
        this.firstWeightGrams = firstWeightGrams;
        this.firstFee = firstFee.setScale(2, RoundingMode.UNNECESSARY);
        this.extraWeightGrams = extraWeightGrams;
        this.extraFee = extraFee.setScale(2, RoundingMode.UNNECESSARY);
        this.freeFrom = freeFrom == null ? null : freeFrom.setScale(2, RoundingMode.UNNECESSARY);
        this.active = true;
    }

    private static boolean negative(BigDecimal amount) {
        return amount == null || amount.signum() < 0;
    }

    /**
     * The fee for goods of this weight and value: free from the threshold; otherwise the first fee, plus the
     * extra fee for each started step beyond the first weight.
     */
    public BigDecimal feeFor(int weightGrams, BigDecimal itemsValue) {
        if (freeFrom != null && itemsValue.compareTo(freeFrom) >= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        int beyond = Math.max(0, weightGrams - firstWeightGrams);
        int steps = (beyond + extraWeightGrams - 1) / extraWeightGrams;
        return firstFee.add(extraFee.multiply(BigDecimal.valueOf(steps)));
    }

    /** Whether this rule is for the province (or, without one, for anywhere). */
    public boolean covers(String province) {
        return provinceCode == null || provinceCode.equals(province);
    }

    /** The rule that prices the method to the province: active, the province's own before the nationwide one. */
    public static Optional<ShippingRule> choose(
            Collection<ShippingRule> rules, ShippingMethod method, String provinceCode) {
        return rules.stream()
                .filter(r -> r.active && r.method == method && r.covers(provinceCode))
                .min(Comparator.comparing((ShippingRule r) -> r.provinceCode == null)
                        .thenComparing(r -> r.id == null ? Long.MAX_VALUE : r.id));
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public ShippingMethod getMethod() {
        return method;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public int getFirstWeightGrams() {
        return firstWeightGrams;
    }

    public BigDecimal getFirstFee() {
        return firstFee;
    }

    public int getExtraWeightGrams() {
        return extraWeightGrams;
    }

    public BigDecimal getExtraFee() {
        return extraFee;
    }

    public BigDecimal getFreeFrom() {
        return freeFrom;
    }

    public boolean isActive() {
        return active;
    }
}
