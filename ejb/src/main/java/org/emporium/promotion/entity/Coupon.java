package org.emporium.promotion.entity;

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
import java.time.OffsetDateTime;
import java.util.Objects;
import org.emporium.platform.i18n.BusinessRuleViolation;

/** A shopper's coupon of a coupon campaign: valid in its window, redeemed by one order, once. */
@Entity
@Table(name = "promotion_coupon")
public class Coupon implements Serializable {

    /** Where a coupon is in its life. */
    public enum Status {
        CLAIMED,
        REDEEMED,
        EXPIRED
    }

    @Id
    @SequenceGenerator(name = "promotion_coupon_seq", sequenceName = "promotion_coupon_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "promotion_coupon_seq")
    private Long id;

    private String code;

    @Column(name = "campaign_id")
    private long campaignId;

    private String owner;

    @Enumerated(EnumType.STRING)
    private Status status = Status.CLAIMED;

    @Column(name = "claimed_at")
    private OffsetDateTime claimedAt;

    @Column(name = "valid_from")
    private OffsetDateTime validFrom;

    @Column(name = "valid_until")
    private OffsetDateTime validUntil;

    @Column(name = "redeemed_at")
    private OffsetDateTime redeemedAt;

    @Column(name = "order_reference")
    private String orderReference;

    @Version
    private long version;

    protected Coupon() {}

    public Coupon(String code, long campaignId, String owner, OffsetDateTime claimedAt, OffsetDateTime validUntil) {
        this.code = Objects.requireNonNull(code, "code");
        this.campaignId = campaignId;
        this.owner = Objects.requireNonNull(owner, "owner");
        this.claimedAt = Objects.requireNonNull(claimedAt, "claimedAt");
        this.validFrom = claimedAt;
        if (!validUntil.isAfter(claimedAt)) {
            throw new BusinessRuleViolation("promotion.coupon.expired", code);
        }
        this.validUntil = validUntil;
    }

    /** Whether its owner can use it at this moment. */
    public boolean usableBy(String shopper, OffsetDateTime at) {
        return status == Status.CLAIMED && owner.equals(shopper) && !at.isBefore(validFrom) && at.isBefore(validUntil);
    }

    /** Marks it used by an order; a coupon used already, expired or someone else's is refused. */
    public void redeem(String shopper, String orderReference, OffsetDateTime at) {
        if (!usableBy(shopper, at)) {
            throw new BusinessRuleViolation("promotion.coupon.unusable", code);
        }
        this.status = Status.REDEEMED;
        this.orderReference = orderReference;
        this.redeemedAt = at;
    }

    /**
     * Returns the coupon of an order that was cancelled or closed unpaid: usable again inside its window,
     * expired past it. Only the order that used it can give it back, once.
     */
    public boolean giveBack(String orderReference, OffsetDateTime at) {
        if (status != Status.REDEEMED || !orderReference.equals(this.orderReference)) {
            return false;
        }
        this.orderReference = null;
        this.redeemedAt = null;
        this.status = at.isBefore(validUntil) ? Status.CLAIMED : Status.EXPIRED;
        return true;
    }

    /** Ends a coupon past its window that was never used (the coupon-expiry job). */
    public boolean expireIfDue(OffsetDateTime at) {
        if (status == Status.CLAIMED && !at.isBefore(validUntil)) {
            status = Status.EXPIRED;
            return true;
        }
        return false;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public String getOwner() {
        return owner;
    }

    public Status getStatus() {
        return status;
    }

    public OffsetDateTime getClaimedAt() {
        return claimedAt;
    }

    public OffsetDateTime getValidFrom() {
        return validFrom;
    }

    public OffsetDateTime getValidUntil() {
        return validUntil;
    }

    public String getOrderReference() {
        return orderReference;
    }
}
