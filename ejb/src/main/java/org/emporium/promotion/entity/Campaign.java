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
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * A campaign: what it does (type and terms, checked by the engine's rules before it is saved), where and when
 * (scope lists and window), how it stacks (group, exclusive flag, priority), and its guards: status with
 * approval and emergency stop, and a budget of uses, uses per shopper and total discount, whose counters
 * {@link #consume} moves and never past a cap.
 */
@Entity
@Table(name = "promotion_campaign")
public class Campaign implements Serializable {

    @Id
    @SequenceGenerator(name = "promotion_campaign_seq", sequenceName = "promotion_campaign_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "promotion_campaign_seq")
    private Long id;

    @Column(name = "template_id")
    private Long templateId;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "campaign_type")
    private String campaignType;

    private String terms;

    @Column(name = "product_ids")
    private String productIds = "";

    @Column(name = "category_ids")
    private String categoryIds = "";

    @Column(name = "brand_ids")
    private String brandIds = "";

    @Column(name = "shopper_groups")
    private String shopperGroups = "";

    private String channels = "";

    @Column(name = "starts_at")
    private OffsetDateTime startsAt;

    @Column(name = "ends_at")
    private OffsetDateTime endsAt;

    @Column(name = "stacking_group")
    private String stackingGroup;

    private boolean exclusive;

    private int priority;

    private boolean coupon;

    @Enumerated(EnumType.STRING)
    private CampaignStatus status = CampaignStatus.DRAFT;

    @Column(name = "max_uses")
    private Integer maxUses;

    @Column(name = "max_uses_per_shopper")
    private Integer maxUsesPerShopper;

    @Column(name = "discount_cap")
    private BigDecimal discountCap;

    private int uses;

    @Column(name = "discount_used")
    private BigDecimal discountUsed = BigDecimal.ZERO.setScale(2);

    @Column(name = "coupons_total")
    private Integer couponsTotal;

    @Column(name = "coupons_issued")
    private int couponsIssued;

    @Column(name = "coupons_per_shopper")
    private Integer couponsPerShopper;

    @Column(name = "coupon_valid_days")
    private Integer couponValidDays;

    /** A flash sale's own stock in units (null for other types), and the units sold from it. */
    @Column(name = "flash_stock")
    private Integer flashStock;

    @Column(name = "flash_sold")
    private int flashSold;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "approved_by")
    private String approvedBy;

    /** Who last sent it for approval: its author, or whoever changed it while it was live or stopped. */
    @Column(name = "submitted_by")
    private String submittedBy;

    @Version
    private long version;

    protected Campaign() {}

    public Campaign(
            Long templateId,
            String nameZh,
            String nameEn,
            String campaignType,
            String terms,
            String stackingGroup,
            boolean exclusive,
            int priority,
            String createdBy,
            OffsetDateTime createdAt) {
        this.templateId = templateId;
        rename(nameZh, nameEn);
        this.campaignType = Objects.requireNonNull(campaignType, "campaignType");
        this.terms = Objects.requireNonNull(terms, "terms");
        stack(stackingGroup, exclusive, priority);
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public final void rename(String nameZh, String nameEn) {
        requireDraft();
        if (nameZh == null || nameZh.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new BusinessRuleViolation("promotion.name.required");
        }
        if (nameZh.strip().length() > 100 || nameEn.strip().length() > 100) {
            throw new BusinessRuleViolation("promotion.name.size", 100);
        }
        this.nameZh = nameZh.strip();
        this.nameEn = nameEn.strip();
    }

    /**
     * Changes how it stacks. A draft simply changes; a campaign past its draft (submitted, live or stopped) goes
     * back to approval, so no term of a running campaign changes without a second person's consent.
     */
    public void restack(String stackingGroup, boolean exclusive, int priority, String editor) {
        changing(editor);
        stack(stackingGroup, exclusive, priority);
    }

    private void stack(String stackingGroup, boolean exclusive, int priority) {
        if (stackingGroup == null || !stackingGroup.matches("[a-z0-9-]{1,40}")) {
            throw new BusinessRuleViolation("promotion.group.invalid", String.valueOf(stackingGroup));
        }
        this.stackingGroup = stackingGroup;
        this.exclusive = exclusive;
        this.priority = priority;
    }

    /** Where and when: comma-separated ids and names, the window half-open [startsAt, endsAt). */
    public void scope(
            String productIds,
            String categoryIds,
            String brandIds,
            String shopperGroups,
            String channels,
            OffsetDateTime startsAt,
            OffsetDateTime endsAt) {
        requireDraft();
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            throw new BusinessRuleViolation("promotion.window.invalid");
        }
        this.productIds = ids(productIds);
        this.categoryIds = ids(categoryIds);
        this.brandIds = ids(brandIds);
        this.shopperGroups = names(shopperGroups);
        this.channels = names(channels);
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    /**
     * Changes the caps of a campaign; past its draft it goes back to approval (see {@link #restack(String,
     * boolean, int, String)}).
     */
    public void budget(Integer maxUses, Integer maxUsesPerShopper, BigDecimal discountCap, String editor) {
        caps(maxUses, maxUsesPerShopper, discountCap);
        changing(editor);
    }

    /** The caps of a draft; null for none. A cap below what was already used is refused. */
    public void budget(Integer maxUses, Integer maxUsesPerShopper, BigDecimal discountCap) {
        requireDraft();
        caps(maxUses, maxUsesPerShopper, discountCap);
    }

    private void caps(Integer maxUses, Integer maxUsesPerShopper, BigDecimal discountCap) {
        if ((maxUses != null && maxUses < Math.max(1, uses))
                || (maxUsesPerShopper != null && maxUsesPerShopper < 1)
                || (discountCap != null && (discountCap.signum() <= 0 || discountCap.compareTo(discountUsed) < 0))) {
            throw new BusinessRuleViolation("promotion.budget.invalid");
        }
        this.maxUses = maxUses;
        this.maxUsesPerShopper = maxUsesPerShopper;
        this.discountCap = discountCap == null ? null : discountCap.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /** A flash sale's stock of its own, in units; set on the draft from its terms. */
    public void flashStock(int units) {
        requireDraft();
        if (units < 1) {
            throw new BusinessRuleViolation("promotion.flash.stock");
        }
        this.flashStock = units;
    }

    /** Units of its own stock a flash sale has left (0 for other campaigns). */
    public int flashLeft() {
        return flashStock == null ? 0 : Math.max(0, flashStock - flashSold);
    }

    /**
     * Sells {@code units} at the flash price; refuses more than are left. Callers hold the row's lock, so
     * concurrent checkouts never sell past the stock.
     */
    public void sellFlash(int units) {
        if (units < 0 || units > flashLeft()) {
            throw new BusinessRuleViolation("promotion.budget.exhausted", nameEn);
        }
        flashSold += units;
    }

    public void requireCoupon(boolean coupon) {
        requireDraft();
        this.coupon = coupon;
    }

    /**
     * The coupon limits: how many coupons in all, how many one shopper may hold, and how many days a coupon is
     * valid after it is claimed (never past the campaign's end); null for no limit (and 30 days).
     */
    public void couponLimits(Integer total, Integer perShopper, Integer validDays) {
        requireDraft();
        if ((total != null && total < Math.max(1, couponsIssued))
                || (perShopper != null && perShopper < 1)
                || (validDays != null && (validDays < 1 || validDays > 366))) {
            throw new BusinessRuleViolation("promotion.coupon.limits");
        }
        this.couponsTotal = total;
        this.couponsPerShopper = perShopper;
        this.couponValidDays = validDays;
    }

    /**
     * Issues one coupon to a shopper who holds {@code held} of this campaign already, valid from {@code at} for
     * the campaign's days. Callers hold the row's lock, so the counts cannot be passed by concurrent claims.
     */
    public Coupon issue(String code, String shopper, long held, OffsetDateTime at) {
        if (!issuableAt(at)) {
            throw new BusinessRuleViolation("promotion.coupon.notClaimable", nameEn);
        }
        if (couponsTotal != null && couponsIssued >= couponsTotal) {
            throw new BusinessRuleViolation("promotion.coupon.gone", nameEn);
        }
        if (couponsPerShopper != null && held >= couponsPerShopper) {
            throw new BusinessRuleViolation("promotion.coupon.perShopper", nameEn, couponsPerShopper);
        }
        OffsetDateTime until = at.plusDays(couponValidDays == null ? 30 : couponValidDays);
        if (endsAt != null && endsAt.isBefore(until)) {
            until = endsAt;
        }
        couponsIssued++;
        return new Coupon(code, id, shopper, at, until);
    }

    /** Sends a draft for approval; whoever sends it may not approve it. */
    public void submit(String submitter) {
        move(CampaignStatus.DRAFT, CampaignStatus.PENDING_APPROVAL);
        this.submittedBy = Objects.requireNonNull(submitter, "submitter");
    }

    /**
     * Puts a submitted campaign live; the approver is recorded. Approval takes a second person: neither the
     * campaign's author nor whoever sent it for approval may give it.
     */
    public void approve(String approver) {
        Objects.requireNonNull(approver, "approver");
        if (status == CampaignStatus.PENDING_APPROVAL && (approver.equals(createdBy) || approver.equals(submittedBy))) {
            throw new BusinessRuleViolation("promotion.approval.secondPerson", nameEn);
        }
        move(CampaignStatus.PENDING_APPROVAL, CampaignStatus.LIVE);
        this.approvedBy = approver;
    }

    /** Sends a submitted campaign back to its author to change. */
    public void reject() {
        move(CampaignStatus.PENDING_APPROVAL, CampaignStatus.DRAFT);
        this.approvedBy = null;
    }

    /** The emergency stop: a live campaign stops applying at once. */
    public void stop() {
        move(CampaignStatus.LIVE, CampaignStatus.STOPPED);
    }

    /** A stopped campaign goes back through approval (by someone else) before it runs again. */
    public void resume(String submitter) {
        move(CampaignStatus.STOPPED, CampaignStatus.PENDING_APPROVAL);
        this.approvedBy = null;
        this.submittedBy = Objects.requireNonNull(submitter, "submitter");
    }

    /** A change past the draft: back to approval, with the editor as the one who may not approve it. */
    private void changing(String editor) {
        Objects.requireNonNull(editor, "editor");
        if (status != CampaignStatus.DRAFT) {
            status = CampaignStatus.PENDING_APPROVAL;
            approvedBy = null;
            submittedBy = editor;
        }
    }

    private void move(CampaignStatus from, CampaignStatus to) {
        if (status != from) {
            throw new BusinessRuleViolation("promotion.status.notAllowed", nameEn, status.name(), to.name());
        }
        status = to;
    }

    /** Whether coupons of this campaign can be handed out at {@code at}: a live coupon campaign inside its window. */
    public boolean issuableAt(OffsetDateTime at) {
        return coupon
                && status == CampaignStatus.LIVE
                && (endsAt == null || at.isBefore(endsAt))
                && (startsAt == null || !at.isBefore(startsAt));
    }

    /**
     * Whether one more coupon fits the campaign's caps when {@code outstanding} of its coupons are held and not yet
     * used: the coupons in all, and the budget (uses taken plus coupons that could still be used stay within the
     * uses allowed; a spent discount budget takes no more). Issuing to a segment asks this for each coupon, so a
     * segment bigger than the campaign gets as many as it can pay for, not more.
     */
    public boolean roomForCoupon(long outstanding) {
        return (couponsTotal == null || couponsIssued < couponsTotal)
                && (maxUses == null || uses + outstanding < maxUses)
                && !exhausted();
    }

    private void requireDraft() {
        if (status != CampaignStatus.DRAFT) {
            throw new BusinessRuleViolation("promotion.notDraft", nameEn);
        }
    }

    /** Whether the budget allows one more use taking {@code discount} off, for a shopper who used it {@code shopperUses} times. */
    public boolean allows(BigDecimal discount, long shopperUses) {
        return (maxUses == null || uses + 1 <= maxUses)
                && (maxUsesPerShopper == null || shopperUses + 1 <= maxUsesPerShopper)
                && (discountCap == null || discountUsed.add(discount).compareTo(discountCap) <= 0);
    }

    /** Whether any use is left at all (a campaign with no use left is explained, not applied). */
    public boolean exhausted() {
        return (maxUses != null && uses >= maxUses)
                || (discountCap != null && discountUsed.compareTo(discountCap) >= 0);
    }

    /** Counts one use; refuses one the budget does not allow. Callers hold the row's lock. */
    public void consume(BigDecimal discount, long shopperUses) {
        if (status != CampaignStatus.LIVE) {
            throw new BusinessRuleViolation("promotion.notLive", nameEn);
        }
        if (!allows(discount, shopperUses)) {
            throw new BusinessRuleViolation("promotion.budget.exhausted", nameEn);
        }
        uses++;
        discountUsed = discountUsed.add(discount);
    }

    /**
     * Gives back one use taking {@code discount} off, of an order that was cancelled or closed unpaid; whatever
     * its status now (a stopped campaign keeps its counts right too). Callers hold the row's lock.
     */
    public void giveBack(BigDecimal discount, int flashUnits) {
        uses = Math.max(0, uses - 1);
        flashSold = Math.max(0, flashSold - flashUnits);
        BigDecimal left = discountUsed.subtract(discount);
        discountUsed = left.signum() < 0 ? BigDecimal.ZERO.setScale(2) : left;
    }

    private static String ids(String list) {
        if (list == null || list.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String part : list.split("[,，\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            if (!part.matches("\\d{1,18}")) {
                throw new BusinessRuleViolation("promotion.scope.ids", part);
            }
            out.append(out.isEmpty() ? "" : ",").append(Long.parseLong(part));
        }
        return out.toString();
    }

    private static String names(String list) {
        if (list == null || list.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String part : list.split("[,，\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            if (!part.matches("[a-z0-9-]{1,40}")) {
                throw new BusinessRuleViolation("promotion.scope.names", part);
            }
            out.append(out.isEmpty() ? "" : ",").append(part);
        }
        return out.toString();
    }

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public Long getId() {
        return id;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getCampaignType() {
        return campaignType;
    }

    public String getTerms() {
        return terms;
    }

    public String getProductIds() {
        return productIds;
    }

    public String getCategoryIds() {
        return categoryIds;
    }

    public String getBrandIds() {
        return brandIds;
    }

    public String getShopperGroups() {
        return shopperGroups;
    }

    public String getChannels() {
        return channels;
    }

    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    public OffsetDateTime getEndsAt() {
        return endsAt;
    }

    public String getStackingGroup() {
        return stackingGroup;
    }

    public boolean isExclusive() {
        return exclusive;
    }

    public int getPriority() {
        return priority;
    }

    public boolean isCoupon() {
        return coupon;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public Integer getMaxUses() {
        return maxUses;
    }

    public Integer getMaxUsesPerShopper() {
        return maxUsesPerShopper;
    }

    public BigDecimal getDiscountCap() {
        return discountCap;
    }

    public int getUses() {
        return uses;
    }

    public BigDecimal getDiscountUsed() {
        return discountUsed;
    }

    public Integer getCouponsTotal() {
        return couponsTotal;
    }

    public int getCouponsIssued() {
        return couponsIssued;
    }

    public Integer getCouponsPerShopper() {
        return couponsPerShopper;
    }

    public Integer getCouponValidDays() {
        return couponValidDays;
    }

    public Integer getFlashStock() {
        return flashStock;
    }

    public int getFlashSold() {
        return flashSold;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public long getVersion() {
        return version;
    }
}
