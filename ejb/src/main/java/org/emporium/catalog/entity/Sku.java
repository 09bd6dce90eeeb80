package org.emporium.catalog.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;

/** One sellable variant of a product (a colour and size, say), with its own code and price. */
@Entity
@Table(name = "sku")
public class Sku implements Serializable {

    /** Upper-case letters and digits in groups joined by single hyphens, 3 to 40 characters. */
    public static final String CODE_PATTERN = "^(?=.{3,40}$)[A-Z0-9]+(-[A-Z0-9]+)*$";

    @Id
    @SequenceGenerator(name = "sku_seq", sequenceName = "sku_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sku_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @NotBlank(message = "{catalog.sku.code.required}")
    @Pattern(regexp = CODE_PATTERN, message = "{catalog.sku.code.format}")
    private String code;

    @NotBlank(message = "{catalog.sku.spec.required}")
    @Size(max = 200, message = "{catalog.name.size}")
    @Column(name = "spec_zh")
    private String specZh;

    @NotBlank(message = "{catalog.sku.spec.required}")
    @Size(max = 200, message = "{catalog.name.size}")
    @Column(name = "spec_en")
    private String specEn;

    @NotNull(message = "{catalog.sku.price.required}")
    @DecimalMin(value = "0.01", message = "{catalog.sku.price.positive}")
    @Digits(integer = 17, fraction = 2, message = "{catalog.sku.price.digits}")
    private BigDecimal price;

    @DecimalMin(value = "0.01", message = "{catalog.sku.price.positive}")
    @Digits(integer = 17, fraction = 2, message = "{catalog.sku.price.digits}")
    @Column(name = "list_price")
    private BigDecimal listPrice;

    /** What the SKU costs the retailer, when known; the promotion margin check compares discounted prices with it. */
    @DecimalMin(value = "0.00", message = "{catalog.sku.cost.negative}")
    @Digits(integer = 17, fraction = 2, message = "{catalog.sku.price.digits}")
    @Column(name = "cost_price")
    private BigDecimal costPrice;

    @NotNull
    @Column(columnDefinition = "CHAR(3)")
    private String currency;

    /** A GTIN (EAN-13, EAN-8, UPC-A or GTIN-14) with a valid check digit, or none. */
    @Pattern(regexp = "^(\\d{8}|\\d{12,14})$", message = "{catalog.sku.barcode.format}")
    private String barcode;

    @Min(value = 0, message = "{catalog.sku.weight.negative}")
    @Column(name = "weight_grams")
    private Integer weightGrams;

    private int position;

    @OneToMany(mappedBy = "sku", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<SkuOption> options = new ArrayList<>();

    @Version
    private long version;

    protected Sku() {}

    Sku(Product product, String code, String specZh, String specEn, Money price, Money listPrice) {
        this.product = Objects.requireNonNull(product, "product");
        this.code = requireValidCode(code);
        this.specZh = specZh;
        this.specEn = specEn;
        reprice(price, listPrice);
    }

    /**
     * Sets a new price and, optionally, the list price shown struck through beside it. A price must be
     * positive, and a list price may not be below the price it is compared with.
     */
    public void reprice(Money newPrice, Money newListPrice) {
        Objects.requireNonNull(newPrice, "price");
        if (!newPrice.isPositive()) {
            throw new BusinessRuleViolation("catalog.sku.price.positive");
        }
        if (newListPrice != null) {
            if (!newListPrice.currency().equals(newPrice.currency())) {
                throw new BusinessRuleViolation("catalog.sku.price.currency");
            }
            if (newListPrice.compareTo(newPrice) < 0) {
                throw new BusinessRuleViolation("catalog.sku.listPrice.belowPrice", code);
            }
        }
        this.price = newPrice.amount();
        this.listPrice = newListPrice == null ? null : newListPrice.amount();
        this.currency = newPrice.currency().getCurrencyCode();
        if (product != null) {
            product.refreshMinPrice();
        }
    }

    /** Checks the rules again on values that a form wrote straight into the fields. */
    public void checkRules() {
        requireValidCode(code);
        if (price == null) {
            throw new BusinessRuleViolation("catalog.sku.price.required");
        }
        reprice(price(), listPrice == null ? null : new Money(listPrice, Currency.getInstance(currency)));
    }

    static String requireValidCode(String code) {
        if (code == null || !code.matches(CODE_PATTERN)) {
            throw new BusinessRuleViolation("catalog.sku.code.format", code);
        }
        return code;
    }

    /** Places the SKU on a variant axis of its product; one option per attribute. */
    public void choose(AttributeOption option) {
        options.removeIf(
                o -> o.getAttribute().getCode().equals(option.getAttribute().getCode()));
        options.add(new SkuOption(this, option));
    }

    /** The SKU's option on the given variant axis, if it has one. */
    public Optional<AttributeOption> option(String attributeCode) {
        return options.stream()
                .filter(o -> o.getAttribute().getCode().equals(attributeCode))
                .map(SkuOption::getOption)
                .findFirst();
    }

    /**
     * Sets what the SKU costs the retailer, or clears it. A cost is never negative; a cost above the price is
     * allowed (a loss leader), see {@link #isBelowCost()}.
     */
    public void setCostPrice(BigDecimal costPrice) {
        if (costPrice != null && costPrice.signum() < 0) {
            throw new BusinessRuleViolation("catalog.sku.cost.negative", code);
        }
        if (costPrice != null && costPrice.stripTrailingZeros().scale() > 2) {
            throw new BusinessRuleViolation("catalog.sku.price.decimals", code);
        }
        this.costPrice = costPrice == null ? null : costPrice.setScale(2);
    }

    public BigDecimal getCostPrice() {
        return costPrice;
    }

    /** True when the SKU sells below what it costs even before any promotion. */
    public boolean isBelowCost() {
        return costPrice != null && price != null && costPrice.compareTo(price) > 0;
    }

    /** Sets the barcode; a GTIN must carry the right check digit so a scanner finds this SKU. */
    public void setBarcode(String barcode) {
        String b = barcode == null || barcode.isBlank() ? null : barcode.trim();
        if (b != null && !Gtin.isValid(b)) {
            throw new BusinessRuleViolation("catalog.sku.barcode.format", b);
        }
        this.barcode = b;
    }

    public String getBarcode() {
        return barcode;
    }

    public Integer getWeightGrams() {
        return weightGrams;
    }

    public void setWeightGrams(Integer weightGrams) {
        if (weightGrams != null && weightGrams < 0) {
            throw new BusinessRuleViolation("catalog.sku.weight.negative");
        }
        this.weightGrams = weightGrams;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public List<SkuOption> getOptions() {
        return Collections.unmodifiableList(options);
    }

    public Money price() {
        return new Money(price, Currency.getInstance(currency));
    }

    public Money listPrice() {
        return listPrice == null ? null : new Money(listPrice, Currency.getInstance(currency));
    }

    /** True when a list price is shown struck through beside a lower price. */
    public boolean isDiscounted() {
        return listPrice != null && listPrice.compareTo(price) > 0;
    }

    public String spec(Locale locale) {
        return Localized.pick(locale, specZh, specEn);
    }

    public Long getId() {
        return id;
    }

    public Product getProduct() {
        return product;
    }

    public String getCode() {
        return code;
    }

    public String getSpecZh() {
        return specZh;
    }

    public void setSpecZh(String specZh) {
        this.specZh = specZh;
    }

    public String getSpecEn() {
        return specEn;
    }

    public void setSpecEn(String specEn) {
        this.specEn = specEn;
    }

    /** For forms: the amount in the SKU's currency. {@link #checkRules()} runs before anything is saved. */
    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public BigDecimal getListPrice() {
        return listPrice;
    }

    public void setListPrice(BigDecimal listPrice) {
        this.listPrice = listPrice;
    }

    public String getCurrency() {
        return currency;
    }

    public long getVersion() {
        return version;
    }
}
