package org.emporium.payment.entity;

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
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.Objects;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;

/**
 * A gift card of a batch, known by its code. It pays only once activated and before it expires; a bound card
 * pays only for its owner. Its balance never goes below what is held for payments in progress.
 */
@Entity
@Table(name = "payment_gift_card")
public class GiftCard implements Serializable {

    @Id
    @SequenceGenerator(name = "payment_gift_card_seq", sequenceName = "payment_gift_card_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_gift_card_seq")
    private Long id;

    @Column(name = "batch_id")
    private long batchId;

    private String code;

    @Column(columnDefinition = "CHAR(3)")
    private String currency;

    @Column(name = "face_value")
    private BigDecimal faceValue;

    private BigDecimal balance;
    private BigDecimal held;

    @Enumerated(EnumType.STRING)
    private GiftCardStatus status;

    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    private String owner;

    @Column(name = "activated_at")
    private OffsetDateTime activatedAt;

    @Version
    private long version;

    protected GiftCard() {}

    public GiftCard(GiftCardBatch batch, String code) {
        this.batchId = batch.getId();
        this.code = Objects.requireNonNull(code, "code");
        this.currency = batch.getCurrency();
        this.faceValue = batch.getFaceValue();
        this.balance = batch.getFaceValue();
        this.held = BigDecimal.ZERO.setScale(2);
        this.status = GiftCardStatus.ISSUED;
        this.expiresAt = batch.getExpiresAt();
    }

    /** The card is sold or handed out: from now on it pays. */
    public void activate(OffsetDateTime now) {
        if (status != GiftCardStatus.ISSUED) {
            throw new BusinessRuleViolation("payment.giftCard.notIssued", masked());
        }
        if (isExpired(now)) {
            throw new BusinessRuleViolation("payment.giftCard.expired", masked());
        }
        status = GiftCardStatus.ACTIVE;
        activatedAt = now;
    }

    /** Ties the card to a shopper's account: from then on only that shopper can pay with it. */
    public void bindTo(String account, OffsetDateTime now) {
        requireUsableBy(account, now);
        owner = account;
    }

    /** Whether this shopper may pay with it now; raises the reason when not. */
    public void requireUsableBy(String shopper, OffsetDateTime now) {
        if (status != GiftCardStatus.ACTIVE) {
            throw new BusinessRuleViolation("payment.giftCard.inactive", masked());
        }
        if (isExpired(now)) {
            throw new BusinessRuleViolation("payment.giftCard.expired", masked());
        }
        if (owner != null && !owner.equals(shopper)) {
            throw new BusinessRuleViolation("payment.giftCard.boundToOther", masked());
        }
    }

    public Money available() {
        return money(balance.subtract(held));
    }

    public void hold(Money amount, String shopper, OffsetDateTime now) {
        requireUsableBy(shopper, now);
        requireAmount(amount);
        if (available().compareTo(amount) < 0) {
            throw new BusinessRuleViolation(
                    "payment.giftCard.insufficient",
                    masked(),
                    available().amount().toPlainString());
        }
        held = held.add(amount.amount());
    }

    public void release(Money amount) {
        requireAmount(amount);
        if (amount.amount().compareTo(held) > 0) {
            throw new IllegalStateException("Only held money can be released: " + amount + " of " + held);
        }
        held = held.subtract(amount.amount());
    }

    public void capture(Money amount) {
        release(amount);
        balance = balance.subtract(amount.amount());
    }

    /** Money spent with the card comes back (a refund); never above its face value. */
    public void refund(Money amount) {
        requireAmount(amount);
        if (balance.add(amount.amount()).compareTo(faceValue) > 0) {
            throw new IllegalStateException("A refund cannot raise a gift card above its face value");
        }
        balance = balance.add(amount.amount());
    }

    public boolean isExpired(OffsetDateTime now) {
        return !expiresAt.isAfter(now);
    }

    /** The code as pages and messages show it: the last four characters only. */
    public String masked() {
        return maskedCode(code);
    }

    public static String maskedCode(String code) {
        return code.length() <= 4 ? code : "****" + code.substring(code.length() - 4);
    }

    private void requireAmount(Money amount) {
        if (!amount.currency().getCurrencyCode().equals(currency)) {
            throw new BusinessRuleViolation(
                    "payment.currency.mismatch", amount.currency().getCurrencyCode());
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
    }

    private Money money(BigDecimal amount) {
        return new Money(amount, Currency.getInstance(currency));
    }

    public Long getId() {
        return id;
    }

    public long getBatchId() {
        return batchId;
    }

    public String getCode() {
        return code;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getFaceValue() {
        return faceValue;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public BigDecimal getHeld() {
        return held;
    }

    public GiftCardStatus getStatus() {
        return status;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    public String getOwner() {
        return owner;
    }

    public OffsetDateTime getActivatedAt() {
        return activatedAt;
    }
}
