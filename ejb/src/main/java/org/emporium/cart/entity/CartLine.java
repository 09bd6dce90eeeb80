package org.emporium.cart.entity;

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
import java.time.OffsetDateTime;
import java.util.Currency;
import org.emporium.platform.money.Money;

/** A SKU in a cart, how many, and the price the shopper last saw for it. */
@Entity
@Table(name = "cart_line")
public class CartLine implements Serializable {

    @Id
    @SequenceGenerator(name = "cart_line_seq", sequenceName = "cart_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cart_line_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cart_id")
    private Cart cart;

    @Column(name = "sku_code")
    private String skuCode;

    private int quantity;

    /** Kept aside by the shopper: not bought with the cart, not counted, until moved back. */
    @Column(name = "saved_for_later")
    private boolean savedForLater;

    @Column(name = "seen_price")
    private BigDecimal seenPrice;

    @Column(columnDefinition = "CHAR(3)")
    private String currency;

    @Column(name = "added_at")
    private OffsetDateTime addedAt;

    protected CartLine() {}

    CartLine(Cart cart, String skuCode, int quantity, Money seenPrice, OffsetDateTime addedAt) {
        this.cart = cart;
        this.skuCode = skuCode;
        this.quantity = quantity;
        this.addedAt = addedAt;
        seen(seenPrice);
    }

    void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    /** The shopper has seen this price (added the line, or acknowledged a change). */
    public void seen(Money price) {
        this.seenPrice = price.amount();
        this.currency = price.currency().getCurrencyCode();
    }

    public Money seenPrice() {
        return new Money(seenPrice, Currency.getInstance(currency));
    }

    public boolean isSavedForLater() {
        return savedForLater;
    }

    void setSavedForLater(boolean savedForLater) {
        this.savedForLater = savedForLater;
    }

    public String getSkuCode() {
        return skuCode;
    }

    public int getQuantity() {
        return quantity;
    }

    public OffsetDateTime getAddedAt() {
        return addedAt;
    }
}
