package org.emporium.web.backoffice.promotion;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.TreeSet;
import org.emporium.batch.boundary.CouponIssueRuns;
import org.emporium.crm.boundary.Segment;
import org.emporium.notification.boundary.Templates;
import org.emporium.notification.entity.Channel;
import org.emporium.promotion.boundary.CampaignDesk;
import org.emporium.promotion.entity.Campaign;
import org.emporium.promotion.entity.CampaignStatus;
import org.emporium.promotion.entity.CouponIssue;
import org.emporium.web.backoffice.BackOfficeTexts;
import org.emporium.web.ui.LocaleSwitch;
import org.emporium.web.ui.Messages;

/**
 * The "coupons to a segment" panel of {@code promotions.xhtml}: a live coupon campaign, a segment of shoppers
 * (registered between two days, bought or not within so many days, spent at least so much, a list of mobile
 * numbers), a preview of how many shoppers it holds, and issuing, which runs in the background; the recent issues
 * with their counts, refreshed while one runs.
 */
@ViewScoped
@Named
public class CouponIssueDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CouponIssueRuns runs;

    @Inject
    CampaignDesk desk;

    @Inject
    Templates templates;

    @Inject
    LocaleSwitch locale;

    private Long campaignId;
    private String registeredFrom;
    private String registeredTo;
    private Integer orderedWithinDays;
    private Integer notOrderedWithinDays;
    private BigDecimal spentAtLeast;
    private String phones;
    private CouponIssue.Notify notify = CouponIssue.Notify.NONE;
    private String templateCode;
    private Long previewed;

    private transient List<CouponIssueRuns.IssueRun> issues;

    /** The coupon campaigns coupons can be issued from now. */
    public List<Campaign> getCampaigns() {
        return desk.campaigns().stream()
                .filter(c -> c.isCoupon() && c.getStatus() == CampaignStatus.LIVE)
                .toList();
    }

    /** The marketing templates there are, by code (SMS and email together; the channel picked must have it). */
    public List<String> getTemplateCodes() {
        TreeSet<String> codes = new TreeSet<>(templates.marketingCodes(Channel.SMS));
        codes.addAll(templates.marketingCodes(Channel.EMAIL));
        return List.copyOf(codes);
    }

    public void preview() {
        try {
            previewed = runs.preview(segment());
        } catch (DateTimeParseException wrong) {
            Messages.error(BackOfficeTexts.PROMOTION, "issue.date.invalid", wrong.getParsedString());
        } catch (RuntimeException e) {
            PromotionDesk.refuse(e);
        }
    }

    public void issue() {
        if (campaignId == null) {
            Messages.error(BackOfficeTexts.PROMOTION, "issue.campaign.required");
            return;
        }
        try {
            CouponIssue started = runs.start(campaignId, segment(), notify, templateCode);
            previewed = started.getPreviewed();
            Messages.info(BackOfficeTexts.PROMOTION, "issue.started", started.getPreviewed(), started.getId());
            issues = null;
        } catch (DateTimeParseException wrong) {
            Messages.error(BackOfficeTexts.PROMOTION, "issue.date.invalid", wrong.getParsedString());
        } catch (RuntimeException e) {
            PromotionDesk.refuse(e);
        }
    }

    private Segment segment() {
        return new Segment(
                date(registeredFrom),
                date(registeredTo),
                orderedWithinDays,
                notOrderedWithinDays,
                spentAtLeast,
                Segment.phoneList(phones));
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    }

    public List<CouponIssueRuns.IssueRun> getIssues() {
        if (issues == null) {
            issues = runs.recent(10);
        }
        return issues;
    }

    public boolean isRunning() {
        return getIssues().stream().anyMatch(CouponIssueRuns.IssueRun::running);
    }

    public void refresh() {
        issues = null;
    }

    /** What became of an issue so far, in the reader's language. */
    public String counts(CouponIssue issue) {
        return Messages.text(
                BackOfficeTexts.PROMOTION,
                locale.getCurrent(),
                "issue.counted",
                issue.getPreviewed(),
                issue.getIssued(),
                issue.getAlreadyHeld(),
                issue.getOverCap(),
                issue.getNotified(),
                issue.getNotNotified());
    }

    public String getPreviewText() {
        return previewed == null
                ? null
                : Messages.text(BackOfficeTexts.PROMOTION, locale.getCurrent(), "issue.previewed", previewed);
    }

    public Long getPreviewed() {
        return previewed;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public String getRegisteredFrom() {
        return registeredFrom;
    }

    public void setRegisteredFrom(String registeredFrom) {
        this.registeredFrom = registeredFrom;
    }

    public String getRegisteredTo() {
        return registeredTo;
    }

    public void setRegisteredTo(String registeredTo) {
        this.registeredTo = registeredTo;
    }

    public Integer getOrderedWithinDays() {
        return orderedWithinDays;
    }

    public void setOrderedWithinDays(Integer orderedWithinDays) {
        this.orderedWithinDays = orderedWithinDays;
    }

    public Integer getNotOrderedWithinDays() {
        return notOrderedWithinDays;
    }

    public void setNotOrderedWithinDays(Integer notOrderedWithinDays) {
        this.notOrderedWithinDays = notOrderedWithinDays;
    }

    public BigDecimal getSpentAtLeast() {
        return spentAtLeast;
    }

    public void setSpentAtLeast(BigDecimal spentAtLeast) {
        this.spentAtLeast = spentAtLeast;
    }

    public String getPhones() {
        return phones;
    }

    public void setPhones(String phones) {
        this.phones = phones;
    }

    public CouponIssue.Notify getNotify() {
        return notify;
    }

    public void setNotify(CouponIssue.Notify notify) {
        this.notify = notify == null ? CouponIssue.Notify.NONE : notify;
    }

    public String getTemplateCode() {
        return templateCode;
    }

    public void setTemplateCode(String templateCode) {
        this.templateCode = templateCode;
    }
}
