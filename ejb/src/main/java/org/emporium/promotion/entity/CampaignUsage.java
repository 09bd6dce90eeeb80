package org.emporium.promotion.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One use of a campaign by an order: who, which order, how much it took off. */
@Entity
@Table(name = "promotion_usage")
public class CampaignUsage implements Serializable {

    @Id
    @SequenceGenerator(name = "promotion_usage_seq", sequenceName = "promotion_usage_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "promotion_usage_seq")
    private Long id;

    @Column(name = "campaign_id")
    private long campaignId;

    private String shopper;

    @Column(name = "order_reference")
    private String orderReference;

    private BigDecimal discount;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    /** Units bought at a flash sale's price (0 for other campaigns). */
    private int units;

    /** When its order was cancelled or closed unpaid and the use given back; null while it counts. */
    @Column(name = "returned_at")
    private OffsetDateTime returnedAt;

    protected CampaignUsage() {}

    public CampaignUsage(
            long campaignId, String shopper, String orderReference, BigDecimal discount, OffsetDateTime usedAt) {
        this(campaignId, shopper, orderReference, discount, 0, usedAt);
    }

    public CampaignUsage(
            long campaignId,
            String shopper,
            String orderReference,
            BigDecimal discount,
            int units,
            OffsetDateTime usedAt) {
        this.units = units;
        this.campaignId = campaignId;
        this.shopper = shopper;
        this.orderReference = orderReference;
        this.discount = discount;
        this.usedAt = usedAt;
    }

    /** Marks the use given back; false when it was given back already. */
    public boolean giveBack(OffsetDateTime at) {
        if (returnedAt != null) {
            return false;
        }
        returnedAt = at;
        return true;
    }

    public int getUnits() {
        return units;
    }

    public OffsetDateTime getReturnedAt() {
        return returnedAt;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public String getShopper() {
        return shopper;
    }

    public String getOrderReference() {
        return orderReference;
    }

    public BigDecimal getDiscount() {
        return discount;
    }
}
