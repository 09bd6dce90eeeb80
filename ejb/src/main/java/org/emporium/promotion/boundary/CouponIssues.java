package org.emporium.promotion.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.emporium.platform.events.DomainEvents;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.promotion.control.PromotionEvents;
import org.emporium.promotion.entity.Campaign;
import org.emporium.promotion.entity.Coupon;
import org.emporium.promotion.entity.CouponIssue;

/**
 * Coupons issued to a segment of shoppers: staff open an issue (a live coupon campaign, a segment, how to tell the
 * members), and the coupon-issue job gives a page of members at a time one coupon each ({@link #grant}). A member
 * who holds a coupon of the campaign already (claimed, issued before, used or expired) gets none, so issuing to
 * the same segment twice, or a restart writing a chunk again, gives nobody a second; the campaign's coupons in
 * all and its budget cap what is issued, and members past the cap are counted, not refused one by one.
 */
@Stateless
public class CouponIssues {

    @PersistenceContext
    EntityManager em;

    @Inject
    DomainEvents events;

    /** A coupon issued to a member: to whom, and until when it is valid. */
    public record Issued(String owner, OffsetDateTime validUntil) implements Serializable {}

    /** What became of a page of members. */
    public record Granted(List<Issued> issued, int alreadyHeld, int overCap) implements Serializable {}

    /**
     * Records an issue for a live coupon campaign, before its job starts; {@code segment} is the segment's criteria
     * as text and {@code previewed} the members the preview counted.
     */
    @RolesAllowed(CampaignDesk.PROMOTION_MANAGER)
    public CouponIssue open(
            long campaignId,
            String segment,
            CouponIssue.Notify notify,
            String templateCode,
            long previewed,
            String requestedBy) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null) {
            throw new BusinessRuleViolation("promotion.campaign.unknown", campaignId);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (!campaign.issuableAt(now)) {
            throw new BusinessRuleViolation("promotion.issue.notCoupon", campaign.getNameEn());
        }
        CouponIssue issue = new CouponIssue(campaignId, segment, notify, templateCode, requestedBy, previewed, now);
        em.persist(issue);
        em.flush();
        events.record(PromotionEvents.changed(
                campaign,
                requestedBy,
                "coupons issued to a segment of " + previewed + " (issue " + issue.getId() + ")"));
        return issue;
    }

    /** Notes the job run that issues the coupons. */
    @RolesAllowed(CampaignDesk.PROMOTION_MANAGER)
    public void startedAs(long issueId, long executionId) {
        issue(issueId).startedAs(executionId);
    }

    /**
     * Gives each of these members (buyer ids, in the order read) one coupon of the issue's campaign at {@code at},
     * under the campaign's row lock so concurrent claims and issues never pass its caps.
     */
    public Granted grant(long issueId, List<String> owners, OffsetDateTime at) {
        CouponIssue issue = issue(issueId);
        Campaign campaign = em.find(Campaign.class, issue.getCampaignId(), LockModeType.PESSIMISTIC_WRITE);
        Set<String> holders = owners.isEmpty()
                ? Set.of()
                : new HashSet<>(em.createQuery(
                                "SELECT DISTINCT c.owner FROM Coupon c WHERE c.campaignId = :id AND c.owner IN :owners",
                                String.class)
                        .setParameter("id", campaign.getId())
                        .setParameter("owners", owners)
                        .getResultList());
        long outstanding = em.createQuery(
                        "SELECT COUNT(c) FROM Coupon c WHERE c.campaignId = :id AND c.status = :claimed", Long.class)
                .setParameter("id", campaign.getId())
                .setParameter("claimed", Coupon.Status.CLAIMED)
                .getSingleResult();
        List<Issued> issued = new ArrayList<>();
        int held = 0;
        int overCap = 0;
        for (String owner : owners) {
            if (!holders.add(owner)) {
                held++;
            } else if (!campaign.issuableAt(at) || !campaign.roomForCoupon(outstanding)) {
                overCap++;
            } else {
                Coupon coupon = campaign.issue(Coupons.newCode(), owner, 0, at);
                em.persist(coupon);
                outstanding++;
                issued.add(new Issued(owner, coupon.getValidUntil()));
            }
        }
        issue.counted(issued.size(), held, overCap);
        return new Granted(issued, held, overCap);
    }

    /** Counts the messages of a page of members: requested, and not sent (no consent, no address, rate-limited). */
    public void told(long issueId, long notified, long notNotified) {
        issue(issueId).told(notified, notNotified);
    }

    /** An issue as it stands. */
    public CouponIssue issue(long issueId) {
        CouponIssue issue = em.find(CouponIssue.class, issueId);
        if (issue == null) {
            throw new BusinessRuleViolation("promotion.issue.unknown");
        }
        return issue;
    }

    /** The campaign an issue gives coupons of, as the job's messages name it. */
    public Campaign campaignOf(long issueId) {
        return em.find(Campaign.class, issue(issueId).getCampaignId());
    }

    /** The newest issues, newest first. */
    public List<CouponIssue> recent(int max) {
        return em.createQuery("SELECT i FROM CouponIssue i ORDER BY i.id DESC", CouponIssue.class)
                .setMaxResults(max)
                .getResultList();
    }
}
