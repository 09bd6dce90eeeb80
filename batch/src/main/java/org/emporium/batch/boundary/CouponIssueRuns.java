package org.emporium.batch.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.emporium.batch.couponissue.IssueParameters;
import org.emporium.crm.boundary.Segment;
import org.emporium.crm.boundary.Segments;
import org.emporium.notification.boundary.Templates;
import org.emporium.notification.entity.Channel;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.promotion.boundary.CampaignDesk;
import org.emporium.promotion.boundary.CouponIssues;
import org.emporium.promotion.entity.CouponIssue;

/**
 * Coupons issued to a segment of shoppers, as promotion managers do it on the promotions page: count the segment
 * (the preview), then issue, which opens the issue and starts the coupon-issue job that carries it out in the
 * background; and the recent issues with their counts and their run's status.
 *
 * <p>No method runs in a transaction: the issue must be committed when the job's thread reads it.
 */
@Stateless
@DeclareRoles(CampaignDesk.PROMOTION_MANAGER)
@RolesAllowed(CampaignDesk.PROMOTION_MANAGER)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CouponIssueRuns {

    /** The variables a coupon issue gives a message template (unsubscribeUrl is added to marketing messages). */
    static final Set<String> VARIABLES = Set.of("campaign", "offer", "until", "unsubscribeUrl");

    private static final Logger LOG = Logger.getLogger(CouponIssueRuns.class.getName());

    @Inject
    Segments segments;

    @Inject
    CouponIssues issues;

    @Inject
    Templates templates;

    @Resource
    SessionContext session;

    /** An issue with the status of its newest run (null before the run exists). */
    public record IssueRun(CouponIssue issue, BatchStatus status) implements Serializable {

        public boolean running() {
            return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
        }
    }

    /** How many shoppers the segment holds now. */
    public long preview(Segment segment) {
        return segments.count(segment);
    }

    /**
     * Issues a coupon of the campaign to every member of the segment, in the background; members are told with the
     * marketing template of that code when {@code notify} asks for it (and they agreed to marketing messages).
     *
     * @return the issue, with the run that carries it out
     */
    public CouponIssue start(long campaignId, Segment segment, CouponIssue.Notify notify, String templateCode) {
        String template = notify == CouponIssue.Notify.NONE || templateCode == null ? null : templateCode.strip();
        if (notify != CouponIssue.Notify.NONE) {
            Channel channel = notify == CouponIssue.Notify.SMS ? Channel.SMS : Channel.EMAIL;
            Set<String> needed = templates
                    .marketingVariables(template, channel)
                    .orElseThrow(() -> new BusinessRuleViolation("promotion.issue.template", String.valueOf(template)));
            Set<String> unknown = new TreeSet<>(needed);
            unknown.removeAll(VARIABLES);
            if (!unknown.isEmpty()) {
                throw new BusinessRuleViolation(
                        "promotion.issue.templateVariables", template, String.join(", ", unknown));
            }
        }
        long previewed = segments.count(segment);
        String caller = session.getCallerPrincipal().getName();
        CouponIssue issue = issues.open(campaignId, segment.encode(), notify, template, previewed, caller);
        Properties parameters = new Properties();
        parameters.setProperty(IssueParameters.ISSUE_ID, issue.getId().toString());
        long executionId = BatchRuntime.getJobOperator().start(Jobs.COUPON_ISSUE, parameters);
        issues.startedAs(issue.getId(), executionId);
        LOG.info(() -> caller + " issued coupons of campaign " + campaignId + " to a segment of " + previewed
                + " as issue " + issue.getId() + ", run " + executionId);
        return issues.issue(issue.getId());
    }

    /** The newest issues, newest first, each with the status of its newest run (a restart included). */
    public List<IssueRun> recent(int max) {
        JobOperator operator = BatchRuntime.getJobOperator();
        return issues.recent(max).stream()
                .map(issue -> new IssueRun(issue, status(operator, issue.getExecutionId())))
                .toList();
    }

    private static BatchStatus status(JobOperator operator, Long executionId) {
        if (executionId == null) {
            return null;
        }
        try {
            return operator.getJobExecutions(operator.getJobInstance(executionId)).stream()
                    .max(Comparator.comparingLong(JobExecution::getExecutionId))
                    .map(JobExecution::getBatchStatus)
                    .orElse(null);
        } catch (NoSuchJobExecutionException | JobSecurityException e) {
            return null;
        }
    }
}
