package org.emporium.batch.couponissue;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.emporium.batch.control.FaultDrill;
import org.emporium.crm.boundary.Segments;
import org.emporium.notification.boundary.Notifications;
import org.emporium.promotion.boundary.CouponIssues;
import org.emporium.promotion.entity.Campaign;
import org.emporium.promotion.entity.CouponIssue;

/**
 * Issues a chunk of members their coupons in the chunk's transaction, and requests the message for each member
 * who got one (the notification context sends it only with the member's marketing consent). A failed chunk issues
 * nothing and tells no one; its restart finds the same members without a coupon.
 */
@Named("couponIssueWriter")
@Dependent
public class CouponIssueWriter extends AbstractItemWriter {

    static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    CouponIssues issues;

    @Inject
    Notifications notifications;

    @Inject
    StepContext step;

    @Inject
    @BatchProperty
    String issueId;

    @Inject
    @BatchProperty
    String failAfterItems;

    private long issue;
    private FaultDrill drill;

    @Override
    public void open(Serializable checkpoint) {
        issue = IssueParameters.issueId(issueId);
        drill = FaultDrill.after(failAfterItems);
    }

    @Override
    public void writeItems(List<Object> items) {
        Map<String, Segments.Member> members = new HashMap<>();
        for (Object item : items) {
            drill.beforeItem();
            Segments.Member member = (Segments.Member) item;
            members.put(member.buyer(), member);
        }
        CouponIssues.Granted granted = issues.grant(
                issue,
                items.stream().map(i -> ((Segments.Member) i).buyer()).toList(),
                OffsetDateTime.now(ZoneOffset.UTC));
        long notified = 0;
        long notNotified = 0;
        CouponIssue asked = issues.issue(issue);
        if (asked.getNotify() != CouponIssue.Notify.NONE && !granted.issued().isEmpty()) {
            Campaign campaign = issues.campaignOf(issue);
            for (CouponIssues.Issued coupon : granted.issued()) {
                if (tell(asked, campaign, members.get(coupon.owner()), coupon)) {
                    notified++;
                } else {
                    notNotified++;
                }
            }
            issues.told(issue, notified, notNotified);
        }
        IssueProgress progress = step.getPersistentUserData() instanceof IssueProgress p ? p : IssueProgress.of(0);
        step.setPersistentUserData(
                progress.plus(granted.issued().size(), granted.alreadyHeld(), granted.overCap(), notified));
    }

    /** Requests the message; false when the member has no address for the channel or it was not sent. */
    private boolean tell(CouponIssue asked, Campaign campaign, Segments.Member member, CouponIssues.Issued coupon) {
        String locale = "en".equals(member.locale()) ? "en" : "zh_CN";
        String name = campaign.name(locale.equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
        Map<String, String> variables = Map.of(
                "campaign", name,
                "offer", name,
                "until",
                        coupon.validUntil()
                                .atZoneSameInstant(SHOP_ZONE)
                                .toLocalDate()
                                .toString());
        if (asked.getNotify() == CouponIssue.Notify.EMAIL) {
            return member.email() != null
                    && notifications
                            .email(asked.getTemplateCode(), member.email(), locale, variables)
                            .accepted();
        }
        return notifications
                .sms(asked.getTemplateCode(), member.phone(), locale, variables)
                .accepted();
    }
}
