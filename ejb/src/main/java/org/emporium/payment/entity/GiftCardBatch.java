package org.emporium.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;

/** Gift cards issued together: same face value, same expiry, issued by one member of staff. */
@Entity
@Table(name = "payment_gift_card_batch")
public class GiftCardBatch implements Serializable {

    public static final int MAX_CARDS = 10_000;

    @Id
    @SequenceGenerator(
            name = "payment_gift_card_batch_seq",
            sequenceName = "payment_gift_card_batch_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_gift_card_batch_seq")
    private Long id;

    @Column(name = "batch_number")
    private String batchNumber;

    @Column(columnDefinition = "CHAR(3)")
    private String currency;

    @Column(name = "face_value")
    private BigDecimal faceValue;

    @Column(name = "card_count")
    private int cardCount;

    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    @Column(name = "issued_by")
    private String issuedBy;

    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;

    @Version
    private long version;

    protected GiftCardBatch() {}

    public GiftCardBatch(
            Money faceValue, int cardCount, OffsetDateTime expiresAt, String issuedBy, OffsetDateTime now) {
        if (!faceValue.isPositive()) {
            throw new BusinessRuleViolation("payment.giftCard.faceValue");
        }
        if (cardCount <= 0 || cardCount > MAX_CARDS) {
            throw new BusinessRuleViolation("payment.giftCard.count", MAX_CARDS);
        }
        if (!expiresAt.isAfter(now)) {
            throw new BusinessRuleViolation("payment.giftCard.expiry");
        }
        this.currency = faceValue.currency().getCurrencyCode();
        this.faceValue = faceValue.amount();
        this.cardCount = cardCount;
        this.expiresAt = expiresAt;
        this.issuedBy = Objects.requireNonNull(issuedBy, "issuedBy");
        this.issuedAt = now;
    }

    /** The batch's number once it has its id: GC, the shop's date and the id, e.g. GC261205001050. */
    public String assignNumber() {
        if (batchNumber == null) {
            if (id == null) {
                throw new IllegalStateException("A batch gets its number after its id");
            }
            batchNumber = "GC"
                    + DateTimeFormatter.ofPattern("yyMMdd")
                            .format(issuedAt.atZoneSameInstant(ZoneId.of("Asia/Shanghai")))
                    + String.format("%06d", id);
        }
        return batchNumber;
    }

    public Long getId() {
        return id;
    }

    public String getBatchNumber() {
        return batchNumber;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getFaceValue() {
        return faceValue;
    }

    public int getCardCount() {
        return cardCount;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public OffsetDateTime getIssuedAt() {
        return issuedAt;
    }
}
