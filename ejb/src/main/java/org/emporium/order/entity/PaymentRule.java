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
import java.util.EnumSet;
import java.util.Set;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * When a payment method is offered: in a province (or anywhere, without one), for a payable within an amount
 * range, and only when none of the goods is filed under the excluded category. A method is offered when at
 * least one active rule for it fits the order.
 */
@Entity
@Table(name = "payment_rule")
public class PaymentRule implements Serializable {

    @Id
    @SequenceGenerator(name = "payment_rule_seq", sequenceName = "payment_rule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_rule_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    private PaymentMethod method;

    @Column(name = "province_code")
    private String provinceCode;

    @Column(name = "min_amount")
    private BigDecimal minAmount;

    @Column(name = "max_amount")
    private BigDecimal maxAmount;

    @Column(name = "excluded_category_id")
    private Long excludedCategoryId;

    private boolean active;

    @Version
    private long version;

    protected PaymentRule() {}

    public PaymentRule(
            PaymentMethod method,
            String provinceCode,
            BigDecimal minAmount,
            BigDecimal maxAmount,
            Long excludedCategoryId) {
        if (method == null) {
            throw new BusinessRuleViolation("order.rule.method");
        }
        if ((minAmount != null && minAmount.signum() < 0)
                || (maxAmount != null && maxAmount.signum() < 0)
                || (minAmount != null && maxAmount != null && minAmount.compareTo(maxAmount) > 0)) {
            throw new BusinessRuleViolation("order.rule.amount");
        }
        this.method = method;
        this.provinceCode = provinceCode;
        this.minAmount = minAmount == null ? null : minAmount.setScale(2, RoundingMode.UNNECESSARY);
        this.maxAmount = maxAmount == null ? null : maxAmount.setScale(2, RoundingMode.UNNECESSARY);
        this.excludedCategoryId = excludedCategoryId;
        this.active = true;
    }

    /**
     * Whether this rule lets its method pay for an order to the province, of that payable, whose goods are filed
     * under these categories (every category on each item's path).
     */
    public boolean fits(String province, BigDecimal payable, Set<Long> categoriesOfGoods) {
        return active
                && (provinceCode == null || provinceCode.equals(province))
                && (minAmount == null || payable.compareTo(minAmount) >= 0)
                && (maxAmount == null || payable.compareTo(maxAmount) <= 0)
                && (excludedCategoryId == null || !categoriesOfGoods.contains(excludedCategoryId));
    }

    /** The methods the rules offer for such an order, in the order of {@link PaymentMethod}. */
    public static Set<PaymentMethod> offered(
            Collection<PaymentRule> rules, String province, BigDecimal payable, Set<Long> categoriesOfGoods) {
        Set<PaymentMethod> offered = EnumSet.noneOf(PaymentMethod.class);
        for (PaymentRule rule : rules) {
            if (rule.fits(province, payable, categoriesOfGoods)) {
                offered.add(rule.method);
            }
        }
        return offered;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public BigDecimal getMinAmount() {
        return minAmount;
    }

    public BigDecimal getMaxAmount() {
        return maxAmount;
    }

    public Long getExcludedCategoryId() {
        return excludedCategoryId;
    }

    public boolean isActive() {
        return active;
    }
}
