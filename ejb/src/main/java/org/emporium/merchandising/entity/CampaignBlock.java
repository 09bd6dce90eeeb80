package org.emporium.merchandising.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.emporium.platform.i18n.BusinessRuleViolation;

/** One block of a campaign page, in the page's order. Which fields count depends on its kind. */
@Entity
@Table(name = "campaign_block")
public class CampaignBlock implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "campaign_block_seq", sequenceName = "campaign_block_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_block_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "page_id")
    private CampaignPage page;

    private int position;

    @Enumerated(EnumType.STRING)
    private BlockKind kind = BlockKind.RICH_TEXT;

    @Column(name = "media_id")
    private Long mediaId;

    @Column(name = "link_url")
    private String linkUrl;

    @Column(name = "text_zh")
    private String textZh;

    @Column(name = "text_en")
    private String textEn;

    @Column(name = "product_slugs")
    private String productSlugs;

    @Column(name = "category_slug")
    private String categorySlug;

    @Column(name = "slot_code")
    private String slotCode;

    public CampaignBlock() {}

    public CampaignBlock(BlockKind kind) {
        this.kind = kind;
    }

    /** A copy for another page, or for the page being saved: what the editor holds, without its identity. */
    public CampaignBlock copy() {
        CampaignBlock copy = new CampaignBlock(kind);
        copy.mediaId = mediaId;
        copy.linkUrl = linkUrl;
        copy.textZh = textZh;
        copy.textEn = textEn;
        copy.productSlugs = productSlugs;
        copy.categorySlug = categorySlug;
        copy.slotCode = slotCode;
        return copy;
    }

    /**
     * Checks the fields of its kind and clears the others. Rich text must already be sanitised by the caller
     * (the boundary), since the sanitiser is not the entity's business.
     */
    public void checkRules() {
        if (kind == null) {
            throw new BusinessRuleViolation("merchandising.block.kind.required");
        }
        linkUrl = Texts.trimmed(linkUrl);
        categorySlug = Texts.trimmed(categorySlug);
        slotCode = Texts.trimmed(slotCode);
        switch (kind) {
            case HERO -> {
                if (mediaId == null) {
                    throw new BusinessRuleViolation("merchandising.item.image.required");
                }
                if (linkUrl != null) {
                    Texts.requireLink(linkUrl);
                }
                textZh = Texts.trimmed(textZh);
                textEn = Texts.trimmed(textEn);
                if (textZh != null && textZh.length() > 200 || textEn != null && textEn.length() > 200) {
                    throw new BusinessRuleViolation("merchandising.label.size", 200);
                }
                keepOnly(true, true, true, false, false, false);
            }
            case RICH_TEXT -> {
                if (textZh == null && textEn == null) {
                    throw new BusinessRuleViolation("merchandising.block.text.required");
                }
                if (textZh != null && textZh.length() > 20000 || textEn != null && textEn.length() > 20000) {
                    throw new BusinessRuleViolation("merchandising.block.text.size", 20000);
                }
                keepOnly(false, false, true, false, false, false);
            }
            case PRODUCT_GRID -> {
                productSlugs = Texts.normaliseSlugs(productSlugs);
                if ((productSlugs == null) == (categorySlug == null)) {
                    throw new BusinessRuleViolation("merchandising.block.grid.source");
                }
                if (categorySlug != null && !Texts.SLUG.matcher(categorySlug).matches()) {
                    throw new BusinessRuleViolation("merchandising.products.slug", categorySlug);
                }
                keepOnly(false, false, false, true, true, false);
            }
            case SLOT -> {
                if (slotCode == null) {
                    throw new BusinessRuleViolation("merchandising.block.slot.required");
                }
                keepOnly(false, false, false, false, false, true);
            }
        }
    }

    private void keepOnly(boolean media, boolean link, boolean text, boolean products, boolean category, boolean slot) {
        mediaId = media ? mediaId : null;
        linkUrl = link ? linkUrl : null;
        textZh = text ? textZh : null;
        textEn = text ? textEn : null;
        productSlugs = products ? productSlugs : null;
        categorySlug = category ? categorySlug : null;
        slotCode = slot ? slotCode : null;
    }

    public String text(Locale locale) {
        return Texts.pick(locale, textZh, textEn);
    }

    public List<String> slugs() {
        return Texts.slugs(productSlugs);
    }

    void placeOn(CampaignPage page, int position) {
        this.page = page;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public BlockKind getKind() {
        return kind;
    }

    public void setKind(BlockKind kind) {
        this.kind = kind;
    }

    public Long getMediaId() {
        return mediaId;
    }

    public void setMediaId(Long mediaId) {
        this.mediaId = mediaId;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public void setLinkUrl(String linkUrl) {
        this.linkUrl = linkUrl;
    }

    public String getTextZh() {
        return textZh;
    }

    public void setTextZh(String textZh) {
        this.textZh = textZh;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getProductSlugs() {
        return productSlugs;
    }

    public void setProductSlugs(String productSlugs) {
        this.productSlugs = productSlugs;
    }

    public String getCategorySlug() {
        return categorySlug;
    }

    public void setCategorySlug(String categorySlug) {
        this.categorySlug = categorySlug;
    }

    public String getSlotCode() {
        return slotCode;
    }

    public void setSlotCode(String slotCode) {
        this.slotCode = slotCode;
    }
}
