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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * One piece of a slot's content with its own schedule: an image (a media row, shown at /media/{id}) with a
 * link, a text link, or products listed by URL name.
 */
@Entity
@Table(name = "slot_item")
public class SlotItem implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "slot_item_seq", sequenceName = "slot_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "slot_item_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "slot_id")
    private Slot slot;

    @Column(name = "slot_id", insertable = false, updatable = false)
    private Long slotId;

    @Enumerated(EnumType.STRING)
    private SlotItemKind kind = SlotItemKind.TEXT_LINK;

    private int position;

    @Column(name = "label_zh")
    private String labelZh;

    @Column(name = "label_en")
    private String labelEn;

    @Column(name = "link_url")
    private String linkUrl;

    @Column(name = "media_id")
    private Long mediaId;

    @Column(name = "product_slugs")
    private String productSlugs;

    @Column(name = "starts_at")
    private OffsetDateTime startsAt;

    @Column(name = "ends_at")
    private OffsetDateTime endsAt;

    @Version
    private long version;

    public SlotItem() {}

    public SlotItem(SlotItemKind kind, int position) {
        this.kind = kind;
        this.position = position;
    }

    public boolean isLiveAt(OffsetDateTime now) {
        return schedule().isLiveAt(now);
    }

    /** Each kind needs its own fields; what another kind would use is cleared, so nothing stale is kept. */
    public void checkRules() {
        if (kind == null) {
            throw new BusinessRuleViolation("merchandising.item.kind.required");
        }
        labelZh = Texts.trimmed(labelZh);
        labelEn = Texts.trimmed(labelEn);
        linkUrl = Texts.trimmed(linkUrl);
        switch (kind) {
            case IMAGE -> {
                if (mediaId == null) {
                    throw new BusinessRuleViolation("merchandising.item.image.required");
                }
                if (linkUrl != null) {
                    Texts.requireLink(linkUrl);
                }
                productSlugs = null;
            }
            case TEXT_LINK -> {
                Texts.requireText(labelZh, 200, "merchandising.label.required", "merchandising.label.size");
                Texts.requireText(labelEn, 200, "merchandising.label.required", "merchandising.label.size");
                Texts.requireLink(linkUrl);
                mediaId = null;
                productSlugs = null;
            }
            case PRODUCT_LIST -> {
                productSlugs = Texts.normaliseSlugs(productSlugs);
                if (productSlugs == null) {
                    throw new BusinessRuleViolation("merchandising.products.required");
                }
                mediaId = null;
                linkUrl = null;
            }
        }
        if (labelZh != null && labelZh.length() > 200 || labelEn != null && labelEn.length() > 200) {
            throw new BusinessRuleViolation("merchandising.label.size", 200);
        }
        schedule().checkRules();
    }

    public String label(Locale locale) {
        return Texts.pick(locale, labelZh, labelEn);
    }

    public List<String> slugs() {
        return Texts.slugs(productSlugs);
    }

    /** When it is shown, from its two columns. */
    public Schedule schedule() {
        return new Schedule(startsAt, endsAt);
    }

    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(OffsetDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public OffsetDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(OffsetDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public void attachTo(Slot slot) {
        this.slot = slot;
        this.slotId = slot.getId();
    }

    public Long getId() {
        return id;
    }

    public Long getSlotId() {
        return slotId;
    }

    public SlotItemKind getKind() {
        return kind;
    }

    public void setKind(SlotItemKind kind) {
        this.kind = kind;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public String getLabelZh() {
        return labelZh;
    }

    public void setLabelZh(String labelZh) {
        this.labelZh = labelZh;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public void setLabelEn(String labelEn) {
        this.labelEn = labelEn;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public void setLinkUrl(String linkUrl) {
        this.linkUrl = linkUrl;
    }

    public Long getMediaId() {
        return mediaId;
    }

    public void setMediaId(Long mediaId) {
        this.mediaId = mediaId;
    }

    public String getProductSlugs() {
        return productSlugs;
    }

    public void setProductSlugs(String productSlugs) {
        this.productSlugs = productSlugs;
    }

    public long getVersion() {
        return version;
    }
}
