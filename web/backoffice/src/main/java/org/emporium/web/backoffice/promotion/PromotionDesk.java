package org.emporium.web.backoffice.promotion;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.promotion.boundary.CampaignDesk;
import org.emporium.promotion.boundary.CampaignDraft;
import org.emporium.promotion.boundary.MarginWarning;
import org.emporium.promotion.boundary.PriceRequest;
import org.emporium.promotion.boundary.PromotionQuote;
import org.emporium.promotion.entity.Campaign;
import org.emporium.promotion.entity.PromotionTemplate;
import org.emporium.web.backoffice.BackOfficeTexts;
import org.emporium.web.backoffice.layout.DisplayZone;
import org.emporium.web.backoffice.security.CurrentUser;
import org.emporium.web.backoffice.security.Roles;
import org.emporium.web.ui.LocaleSwitch;
import org.emporium.web.ui.Messages;

/**
 * {@code promotions.xhtml}: the templates, a campaign made from one in a few fields (names, the open terms,
 * products or categories, window, budget), the campaigns with their approval and emergency stop, and the
 * simulator, which prices a sample cart with the live campaigns (plus a chosen draft) and explains the result.
 */
@ViewScoped
@Named
public class PromotionDesk implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PromotionDesk.class.getName());
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    CampaignDesk desk;

    @Inject
    CurrentUser user;

    @Inject
    LocaleSwitch locale;

    @Inject
    DisplayZone displayZone;

    private Long templateId;
    private String nameZh;
    private String nameEn;
    private final Map<String, String> terms = new LinkedHashMap<>();
    private String productIds;
    private String categoryIds;
    private String brandIds;
    private String shopperGroups;
    private String startsAt;
    private String endsAt;
    private Integer maxUses;
    private Integer maxUsesPerShopper;
    private BigDecimal discountCap;
    private boolean coupon;
    private Integer couponsTotal;
    private Integer couponsPerShopper;
    private Integer couponValidDays;

    private String sampleCart;
    private boolean sampleMember;
    private BigDecimal sampleShipping = new BigDecimal("10.00");
    private Long sampleCampaign;
    private PromotionQuote simulation;
    private BigDecimal simulationItems;

    private transient List<Campaign> campaigns;

    private Long editing;
    private String editingName;
    private Integer editMaxUses;
    private Integer editMaxUsesPerShopper;
    private BigDecimal editDiscountCap;
    private String editGroup;
    private boolean editExclusive;
    private Integer editPriority;

    private String ruleOne;
    private String ruleOther;
    private boolean ruleCombine = true;

    public List<PromotionTemplate> getTemplates() {
        return desk.templates();
    }

    public List<Campaign> getCampaigns() {
        if (campaigns == null) {
            campaigns = desk.campaigns();
        }
        return campaigns;
    }

    public PromotionTemplate getTemplate() {
        return templateId == null ? null : desk.template(templateId).orElse(null);
    }

    /** Starts a campaign from a template: the form asks for its open terms. */
    public void useTemplate(long id) {
        templateId = id;
        terms.clear();
        desk.template(id).ifPresent(t -> t.openTerms().forEach(k -> terms.put(k, "")));
    }

    public void create() {
        ZoneId office = displayZone.zone();
        try {
            Campaign created = desk.create(new CampaignDraft(
                    templateId == null ? 0 : templateId,
                    nameZh,
                    nameEn,
                    terms,
                    productIds,
                    categoryIds,
                    brandIds,
                    shopperGroups,
                    null,
                    time(startsAt, office),
                    time(endsAt, office),
                    maxUses,
                    maxUsesPerShopper,
                    discountCap,
                    coupon,
                    couponsTotal,
                    couponsPerShopper,
                    couponValidDays));
            Messages.info(BackOfficeTexts.PROMOTION, "promo.created", created.name(locale.getCurrent()));
            warnMargin(created.getId());
            templateId = null;
            nameZh = null;
            nameEn = null;
            terms.clear();
            campaigns = null;
        } catch (DateTimeParseException wrong) {
            Messages.error(BackOfficeTexts.PROMOTION, "promo.time.invalid", wrong.getParsedString());
        } catch (RuntimeException e) {
            refuse(e);
        }
    }

    static OffsetDateTime time(String text, ZoneId zone) {
        return text == null || text.isBlank()
                ? null
                : LocalDateTime.parse(text.strip(), INPUT).atZone(zone).toOffsetDateTime();
    }

    public void submit(long id) {
        act(desk::submit, id, "promo.submitted");
    }

    public void approve(long id) {
        if (act(desk::approve, id, "promo.approved")) {
            warnMargin(id);
        }
    }

    /** Says where the campaign could sell below the margin floor; it does not stop anyone. */
    private void warnMargin(long id) {
        String text = marginWarning(id);
        if (text != null) {
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
        }
    }

    /**
     * The margin warning of a campaign in the reader's language, or null when it keeps its margin: the SKUs that
     * could sell below their cost price (lowest price per unit against the cost), and, for SKUs whose cost is not
     * known, the lowest share of the price they could sell at under the floor, saying that no cost was known.
     * Shown on drafts and on campaigns awaiting approval, and when a campaign is created or approved.
     */
    public String marginWarning(long id) {
        List<MarginWarning> warnings = margins.computeIfAbsent(id, desk::marginWarnings);
        if (warnings.isEmpty()) {
            return null;
        }
        java.util.Locale reader = locale.getCurrent();
        List<String> parts = new ArrayList<>();
        List<MarginWarning> againstCost =
                warnings.stream().filter(MarginWarning::againstCost).toList();
        if (!againstCost.isEmpty()) {
            parts.add(Messages.text(
                    BackOfficeTexts.PROMOTION,
                    reader,
                    "promo.margin.cost",
                    listed(
                            againstCost,
                            w -> (w.skuCode() == null
                                            ? Messages.text(BackOfficeTexts.PROMOTION, reader, "promo.margin.bundle")
                                            : w.skuCode())
                                    + " " + yuan(w.paid()) + " < " + yuan(w.cost()))));
        }
        List<MarginWarning> byShare =
                warnings.stream().filter(w -> !w.againstCost()).toList();
        if (!byShare.isEmpty()) {
            java.text.NumberFormat percent = java.text.NumberFormat.getPercentInstance(reader);
            percent.setMaximumFractionDigits(1);
            parts.add(Messages.text(
                    BackOfficeTexts.PROMOTION,
                    reader,
                    "promo.margin.warning",
                    percent.format(byShare.get(0).floor()),
                    listed(
                            byShare,
                            w -> (w.skuCode() == null
                                            ? Messages.text(BackOfficeTexts.PROMOTION, reader, "promo.margin.all")
                                            : w.skuCode())
                                    + " " + percent.format(w.share()))));
        }
        return String.join(" ", parts);
    }

    private static String listed(
            List<MarginWarning> warnings, java.util.function.Function<MarginWarning, String> shown) {
        return warnings.stream().limit(5).map(shown).collect(java.util.stream.Collectors.joining(", "))
                + (warnings.size() > 5 ? " …" : "");
    }

    public void reject(long id) {
        act(desk::reject, id, "promo.rejected");
    }

    public void stop(long id) {
        act(desk::stop, id, "promo.stopped");
    }

    public void resume(long id) {
        act(desk::resume, id, "promo.resumed");
    }

    /** The margin warnings of the campaigns this view showed, read once per campaign. */
    private final Map<Long, List<MarginWarning>> margins = new java.util.HashMap<>();

    private boolean act(LongFunction<Campaign> change, long id, String doneKey) {
        try {
            Campaign c = change.apply(id);
            Messages.info(BackOfficeTexts.PROMOTION, doneKey, c.name(locale.getCurrent()));
            campaigns = null;
            return true;
        } catch (RuntimeException e) {
            refuse(e);
            return false;
        }
    }

    /** Opens the budget and stacking of a campaign for editing, with what it has now. */
    public void edit(long id) {
        desk.campaign(id)
                .ifPresentOrElse(
                        c -> {
                            editing = id;
                            editingName = c.name(locale.getCurrent());
                            editMaxUses = c.getMaxUses();
                            editMaxUsesPerShopper = c.getMaxUsesPerShopper();
                            editDiscountCap = c.getDiscountCap();
                            editGroup = c.getStackingGroup();
                            editExclusive = c.isExclusive();
                            editPriority = c.getPriority();
                        },
                        () -> Messages.error(BackOfficeTexts.PROMOTION, "promo.gone"));
    }

    public void cancelEdit() {
        editing = null;
    }

    /**
     * Saves the budget and stacking as edited. A campaign past its draft goes back to approval when something
     * changed, and the message says so.
     */
    public void saveEdit() {
        if (editing == null) {
            return;
        }
        try {
            Campaign before = desk.campaign(editing).orElse(null);
            Campaign after = desk.revise(
                    editing,
                    editMaxUses,
                    editMaxUsesPerShopper,
                    editDiscountCap,
                    editGroup == null ? null : editGroup.strip(),
                    editExclusive,
                    editPriority == null ? 0 : editPriority);
            String name = after.name(locale.getCurrent());
            boolean backToApproval = before != null
                    && before.getStatus() != after.getStatus()
                    && after.getStatus() == org.emporium.promotion.entity.CampaignStatus.PENDING_APPROVAL;
            Messages.info(BackOfficeTexts.PROMOTION, backToApproval ? "promo.revised.approval" : "promo.revised", name);
            editing = null;
            campaigns = null;
            margins.remove(after.getId());
        } catch (RuntimeException e) {
            refuse(e);
        }
    }

    public List<org.emporium.promotion.entity.StackingRule> getRules() {
        return desk.rules();
    }

    /** Says whether two stacking groups combine (a pair never named excludes each other). */
    public void saveRule() {
        try {
            var rule = desk.rule(
                    ruleOne == null ? null : ruleOne.strip(),
                    ruleOther == null ? null : ruleOther.strip(),
                    ruleCombine);
            Messages.info(
                    BackOfficeTexts.PROMOTION,
                    rule.isCombine() ? "promo.rule.combines" : "promo.rule.excludes",
                    rule.getGroupA(),
                    rule.getGroupB());
            ruleOne = null;
            ruleOther = null;
            ruleCombine = true;
        } catch (RuntimeException e) {
            refuse(e);
        }
    }

    public Long getEditing() {
        return editing;
    }

    public String getEditingName() {
        return editingName;
    }

    public Integer getEditMaxUses() {
        return editMaxUses;
    }

    public void setEditMaxUses(Integer editMaxUses) {
        this.editMaxUses = editMaxUses;
    }

    public Integer getEditMaxUsesPerShopper() {
        return editMaxUsesPerShopper;
    }

    public void setEditMaxUsesPerShopper(Integer editMaxUsesPerShopper) {
        this.editMaxUsesPerShopper = editMaxUsesPerShopper;
    }

    public BigDecimal getEditDiscountCap() {
        return editDiscountCap;
    }

    public void setEditDiscountCap(BigDecimal editDiscountCap) {
        this.editDiscountCap = editDiscountCap;
    }

    public String getEditGroup() {
        return editGroup;
    }

    public void setEditGroup(String editGroup) {
        this.editGroup = editGroup;
    }

    public boolean isEditExclusive() {
        return editExclusive;
    }

    public void setEditExclusive(boolean editExclusive) {
        this.editExclusive = editExclusive;
    }

    public Integer getEditPriority() {
        return editPriority;
    }

    public void setEditPriority(Integer editPriority) {
        this.editPriority = editPriority;
    }

    public String getRuleOne() {
        return ruleOne;
    }

    public void setRuleOne(String ruleOne) {
        this.ruleOne = ruleOne;
    }

    public String getRuleOther() {
        return ruleOther;
    }

    public void setRuleOther(String ruleOther) {
        this.ruleOther = ruleOther;
    }

    public boolean isRuleCombine() {
        return ruleCombine;
    }

    public void setRuleCombine(boolean ruleCombine) {
        this.ruleCombine = ruleCombine;
    }

    /** Prices the sample cart: one "SKU quantity" per line. */
    public void simulate() {
        List<PriceRequest.Item> items = new ArrayList<>();
        if (sampleCart != null) {
            for (String line : sampleCart.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.strip().split("[\\s×xX*]+");
                try {
                    items.add(new PriceRequest.Item(parts[0], parts.length > 1 ? Integer.parseInt(parts[1]) : 1));
                } catch (NumberFormatException wrong) {
                    Messages.error(BackOfficeTexts.PROMOTION, "promo.sample.line", line.strip());
                    return;
                }
            }
        }
        if (items.isEmpty()) {
            Messages.error(BackOfficeTexts.PROMOTION, "promo.sample.empty");
            return;
        }
        try {
            simulation = desk.simulate(
                    new PriceRequest(
                            sampleMember ? "customer:simulator" : "guest:simulator",
                            items,
                            sampleShipping == null ? BigDecimal.ZERO : sampleShipping),
                    sampleCampaign == null ? List.of() : List.of(sampleCampaign));
            simulationItems = desk.itemsTotal(items);
        } catch (RuntimeException e) {
            refuse(e);
        }
    }

    static void refuse(RuntimeException e) {
        Throwable cause = e;
        while (cause instanceof EJBException && cause.getCause() != null && !(cause instanceof EJBAccessException)) {
            cause = cause.getCause();
        }
        if (cause instanceof BusinessRuleViolation violation) {
            Messages.reject(violation.messageKey(), violation.arguments());
        } else if (cause instanceof EJBAccessException) {
            Messages.error(BackOfficeTexts.PROMOTION, "promo.forbidden");
        } else {
            LOG.log(Level.WARNING, "A promotion change failed", e);
            Messages.error(Messages.COMMON, "error.unexpected");
        }
    }

    public boolean isManager() {
        return user.hasRole(Roles.PROMOTION_MANAGER);
    }

    public boolean isApprover() {
        return user.hasRole(Roles.PROMOTION_APPROVER);
    }

    /** A discount shown as a negative amount. */
    public String minus(BigDecimal amount) {
        return "-¥" + amount.setScale(2).toPlainString();
    }

    public String yuan(BigDecimal amount) {
        return amount == null ? "" : "¥" + amount.setScale(2).toPlainString();
    }

    /** The sample cart's payable: items, less the discounts, plus delivery. */
    public BigDecimal getSimulationPayable() {
        return simulation == null
                ? null
                : simulationItems
                        .subtract(simulation.discount())
                        .add(sampleShipping == null ? BigDecimal.ZERO : sampleShipping);
    }

    public Map<String, String> getTerms() {
        return terms;
    }

    public List<String> getTermKeys() {
        return new ArrayList<>(terms.keySet());
    }

    public Long getTemplateId() {
        return templateId;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getProductIds() {
        return productIds;
    }

    public void setProductIds(String productIds) {
        this.productIds = productIds;
    }

    public String getCategoryIds() {
        return categoryIds;
    }

    public void setCategoryIds(String categoryIds) {
        this.categoryIds = categoryIds;
    }

    public String getBrandIds() {
        return brandIds;
    }

    public void setBrandIds(String brandIds) {
        this.brandIds = brandIds;
    }

    public String getShopperGroups() {
        return shopperGroups;
    }

    public void setShopperGroups(String shopperGroups) {
        this.shopperGroups = shopperGroups;
    }

    public String getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(String startsAt) {
        this.startsAt = startsAt;
    }

    public String getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(String endsAt) {
        this.endsAt = endsAt;
    }

    public Integer getMaxUses() {
        return maxUses;
    }

    public void setMaxUses(Integer maxUses) {
        this.maxUses = maxUses;
    }

    public Integer getMaxUsesPerShopper() {
        return maxUsesPerShopper;
    }

    public void setMaxUsesPerShopper(Integer maxUsesPerShopper) {
        this.maxUsesPerShopper = maxUsesPerShopper;
    }

    public BigDecimal getDiscountCap() {
        return discountCap;
    }

    public void setDiscountCap(BigDecimal discountCap) {
        this.discountCap = discountCap;
    }

    public boolean isCoupon() {
        return coupon;
    }

    public void setCoupon(boolean coupon) {
        this.coupon = coupon;
    }

    public Integer getCouponsTotal() {
        return couponsTotal;
    }

    public void setCouponsTotal(Integer couponsTotal) {
        this.couponsTotal = couponsTotal;
    }

    public Integer getCouponsPerShopper() {
        return couponsPerShopper;
    }

    public void setCouponsPerShopper(Integer couponsPerShopper) {
        this.couponsPerShopper = couponsPerShopper;
    }

    public Integer getCouponValidDays() {
        return couponValidDays;
    }

    public void setCouponValidDays(Integer couponValidDays) {
        this.couponValidDays = couponValidDays;
    }

    public String getSampleCart() {
        return sampleCart;
    }

    public void setSampleCart(String sampleCart) {
        this.sampleCart = sampleCart;
    }

    public boolean isSampleMember() {
        return sampleMember;
    }

    public void setSampleMember(boolean sampleMember) {
        this.sampleMember = sampleMember;
    }

    public BigDecimal getSampleShipping() {
        return sampleShipping;
    }

    public void setSampleShipping(BigDecimal sampleShipping) {
        this.sampleShipping = sampleShipping;
    }

    public Long getSampleCampaign() {
        return sampleCampaign;
    }

    public void setSampleCampaign(Long sampleCampaign) {
        this.sampleCampaign = sampleCampaign;
    }

    public PromotionQuote getSimulation() {
        return simulation;
    }

    public BigDecimal getSimulationItems() {
        return simulationItems;
    }
}
