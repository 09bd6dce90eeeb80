package org.emporium.order.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import org.emporium.platform.money.Money;

/**
 * A SKU in an order with what it was called and cost when the order was placed: a later change of name or
 * price in the catalogue does not change the order. The options text is "colour: white; size: M" in each
 * language, as the shopper saw it.
 */
@Entity
@Table(name = "sales_order_line")
public class OrderLine implements Serializable {

    @Id
    @SequenceGenerator(name = "sales_order_line_seq", sequenceName = "sales_order_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_order_line_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private SalesOrder order;

    private int position;

    @Column(name = "product_id")
    private long productId;

    @Column(name = "product_slug")
    private String productSlug;

    @Column(name = "sku_code")
    private String skuCode;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "spec_zh")
    private String specZh;

    @Column(name = "spec_en")
    private String specEn;

    @Column(name = "options_zh")
    private String optionsZh;

    @Column(name = "options_en")
    private String optionsEn;

    @Column(name = "unit_price")
    private BigDecimal unitPrice;

    @Column(name = "list_price")
    private BigDecimal listPrice;

    private int quantity;

    @Column(name = "line_total")
    private BigDecimal lineTotal;

    /** What promotions took off this line (its share of each campaign's discount). */
    private BigDecimal discount = BigDecimal.ZERO.setScale(2);

    /** A gift of a campaign: a line of zero amount. */
    private boolean gift;

    protected OrderLine() {}

    OrderLine(SalesOrder order, int position, LineSnapshot snapshot, int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("Quantity " + quantity + " of " + snapshot.skuCode());
        }
        this.order = order;
        this.position = position;
        this.productId = snapshot.productId();
        this.productSlug = snapshot.productSlug();
        this.skuCode = snapshot.skuCode();
        this.nameZh = snapshot.nameZh();
        this.nameEn = snapshot.nameEn();
        this.specZh = snapshot.specZh();
        this.specEn = snapshot.specEn();
        this.optionsZh = snapshot.optionsZh();
        this.optionsEn = snapshot.optionsEn();
        this.unitPrice = snapshot.unitPrice().amount();
        this.listPrice =
                snapshot.listPrice() == null ? null : snapshot.listPrice().amount();
        this.quantity = quantity;
        this.lineTotal = snapshot.unitPrice().times(quantity).amount();
    }

    /** A gift line: the SKU as the catalogue names it, at a price of zero. */
    static OrderLine gift(SalesOrder order, int position, LineSnapshot snapshot, int quantity) {
        Money zero = new Money(BigDecimal.ZERO, snapshot.unitPrice().currency());
        OrderLine line = new OrderLine(
                order,
                position,
                new LineSnapshot(
                        snapshot.productId(),
                        snapshot.productSlug(),
                        snapshot.skuCode(),
                        snapshot.nameZh(),
                        snapshot.nameEn(),
                        snapshot.specZh(),
                        snapshot.specEn(),
                        snapshot.optionsZh(),
                        snapshot.optionsEn(),
                        zero,
                        snapshot.unitPrice()),
                quantity);
        line.gift = true;
        return line;
    }

    void discount(BigDecimal amount) {
        if (amount.signum() < 0 || amount.compareTo(lineTotal) > 0) {
            throw new IllegalArgumentException("A discount of " + amount + " on a line of " + lineTotal);
        }
        this.discount = amount;
    }

    public BigDecimal getDiscount() {
        return discount;
    }

    /** What the line costs after promotions. */
    public BigDecimal getNetTotal() {
        return lineTotal.subtract(discount);
    }

    public boolean isGift() {
        return gift;
    }

    /** What the catalogue said of a SKU at the moment of the order. */
    public record LineSnapshot(
            long productId,
            String productSlug,
            String skuCode,
            String nameZh,
            String nameEn,
            String specZh,
            String specEn,
            String optionsZh,
            String optionsEn,
            Money unitPrice,
            Money listPrice) {

        public LineSnapshot {
            Objects.requireNonNull(skuCode, "skuCode");
            Objects.requireNonNull(unitPrice, "unitPrice");
        }
    }

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public String spec(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? specZh : specEn;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public long getProductId() {
        return productId;
    }

    public String getProductSlug() {
        return productSlug;
    }

    public String getSkuCode() {
        return skuCode;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getSpecZh() {
        return specZh;
    }

    public String getSpecEn() {
        return specEn;
    }

    public String getOptionsZh() {
        return optionsZh;
    }

    public String getOptionsEn() {
        return optionsEn;
    }

    public Money unitPrice(Currency currency) {
        return new Money(unitPrice, currency);
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getListPrice() {
        return listPrice;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getLineTotal() {
        return lineTotal;
    }
}
