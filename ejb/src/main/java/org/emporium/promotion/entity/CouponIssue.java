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

/**
 * Coupons of a campaign issued to a segment of shoppers: what staff asked (the segment's criteria as text, whether
 * to tell the members and with which template), how many members the preview counted, the job run doing it, and
 * what came of it so far. The counts change in the same transaction as the coupons they count.
 */
@Entity
@Table(name = "promotion_coupon_issue")
public class CouponIssue implements Serializable {

    /** How members are told of their coupon: not at all, by SMS or by email (marketing consent required). */
    public enum Notify {
        NONE,
        SMS,
        EMAIL
    }

    @Id
    @SequenceGenerator(
            name = "promotion_coupon_issue_seq",
            sequenceName = "promotion_coupon_issue_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "promotion_coupon_issue_seq")
    private Long id;

    @Column(name = "campaign_id")
    private long campaignId;

    private String segment;

    @Enumerated(EnumType.STRING)
    private Notify notify;

    @Column(name = "template_code")
    private String templateCode;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "requested_at")
    private OffsetDateTime requestedAt;

    private long previewed;

    @Column(name = "execution_id")
    private Long executionId;

    private long issued;

    @Column(name = "already_held")
    private long alreadyHeld;

    @Column(name = "over_cap")
    private long overCap;

    private long notified;

    @Column(name = "not_notified")
    private long notNotified;

    @Version
    private long version;

    protected CouponIssue() {}

    public CouponIssue(
            long campaignId,
            String segment,
            Notify notify,
            String templateCode,
            String requestedBy,
            long previewed,
            OffsetDateTime at) {
        this.campaignId = campaignId;
        this.segment = Objects.requireNonNull(segment, "segment");
        this.notify = Objects.requireNonNull(notify, "notify");
        this.templateCode = notify == Notify.NONE ? null : Objects.requireNonNull(templateCode, "templateCode");
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        this.previewed = previewed;
        this.requestedAt = Objects.requireNonNull(at, "at");
    }

    /** The job run that issues the coupons (a restart keeps the first run's id; the job repository links them). */
    public void startedAs(long executionId) {
        this.executionId = executionId;
    }

    /** Counts a chunk of members: coupons issued, members who held one already, and members past the caps. */
    public void counted(long issued, long alreadyHeld, long overCap) {
        this.issued += issued;
        this.alreadyHeld += alreadyHeld;
        this.overCap += overCap;
    }

    /** Counts messages requested (sent) and not sent (no consent, no address, or rate-limited). */
    public void told(long notified, long notNotified) {
        this.notified += notified;
        this.notNotified += notNotified;
    }

    /** Members dealt with so far, whatever became of each. */
    public long handled() {
        return issued + alreadyHeld + overCap;
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public String getSegment() {
        return segment;
    }

    public Notify getNotify() {
        return notify;
    }

    public String getTemplateCode() {
        return templateCode;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public OffsetDateTime getRequestedAt() {
        return requestedAt;
    }

    public long getPreviewed() {
        return previewed;
    }

    public Long getExecutionId() {
        return executionId;
    }

    public long getIssued() {
        return issued;
    }

    public long getAlreadyHeld() {
        return alreadyHeld;
    }

    public long getOverCap() {
        return overCap;
    }

    public long getNotified() {
        return notified;
    }

    public long getNotNotified() {
        return notNotified;
    }
}
