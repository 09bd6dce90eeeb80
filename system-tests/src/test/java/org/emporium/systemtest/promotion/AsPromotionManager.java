package org.emporium.systemtest.promotion;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.emporium.batch.boundary.CouponIssueRuns;
import org.emporium.crm.boundary.Segment;
import org.emporium.promotion.boundary.CampaignDesk;
import org.emporium.promotion.boundary.CampaignDraft;
import org.emporium.promotion.entity.Campaign;
import org.emporium.promotion.entity.CouponIssue;

/**
 * Creates, submits and stops campaigns, and issues coupons to segments, as a signed-in promotion manager does; tests
 * run as anonymous callers.
 */
@Stateless
@RunAs(CampaignDesk.PROMOTION_MANAGER)
@DeclareRoles(CampaignDesk.PROMOTION_MANAGER)
public class AsPromotionManager {

    @Inject
    CampaignDesk desk;

    @Inject
    CouponIssueRuns issues;

    public Campaign create(CampaignDraft draft) {
        return desk.create(draft);
    }

    public Campaign submit(long id) {
        return desk.submit(id);
    }

    public Campaign stop(long id) {
        return desk.stop(id);
    }

    public Campaign resume(long id) {
        return desk.resume(id);
    }

    public long preview(Segment segment) {
        return issues.preview(segment);
    }

    public CouponIssue issue(long campaignId, Segment segment, CouponIssue.Notify notify, String template) {
        return issues.start(campaignId, segment, notify, template);
    }

    public List<CouponIssueRuns.IssueRun> issues() {
        return issues.recent(20);
    }
}
