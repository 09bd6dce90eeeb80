package org.emporium.batch.couponissue;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.emporium.crm.boundary.Segment;
import org.emporium.crm.boundary.Segments;
import org.emporium.promotion.boundary.CouponIssues;

/**
 * Reads an issue's segment and its members a page at a time, each read in a transaction of its own, so the chunk
 * transaction holds only the job repository and the coupons written (as the coupon-expiry reader does).
 */
@Stateless
public class SegmentPages {

    @Inject
    CouponIssues issues;

    @Inject
    Segments segments;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Segment segmentOf(long issueId) {
        return Segment.decode(issues.issue(issueId).getSegment());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long previewed(long issueId) {
        return issues.issue(issueId).getPreviewed();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Segments.Page after(Segment segment, long lastId, int max) {
        return segments.page(segment, lastId, max);
    }
}
