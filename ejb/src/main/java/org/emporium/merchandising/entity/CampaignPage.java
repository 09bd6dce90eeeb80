package org.emporium.merchandising.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.emporium.platform.i18n.BusinessRuleViolation;

/** A landing page at /campaign/{slug}, built from ordered blocks; shoppers see it while published and scheduled. */
@Entity
@Table(name = "campaign_page")
public class CampaignPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "campaign_page_seq", sequenceName = "campaign_page_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_page_seq")
    private Long id;

    private String slug;

    @Column(name = "title_zh")
    private String titleZh;

    @Column(name = "title_en")
    private String titleEn;

    @Enumerated(EnumType.STRING)
    private PageStatus status = PageStatus.DRAFT;

    @Column(name = "starts_at")
    private OffsetDateTime startsAt;

    @Column(name = "ends_at")
    private OffsetDateTime endsAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @OneToMany(mappedBy = "page", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CampaignBlock> blocks = new ArrayList<>();

    @Version
    private long version;

    protected CampaignPage() {}

    public CampaignPage(String slug, String titleZh, String titleEn) {
        this.slug = slug;
        this.titleZh = titleZh;
        this.titleEn = titleEn;
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /**
     * Marks the page as changed even when only its blocks changed: the page row is then written, which raises
     * its version, so an editor holding an older copy is told to reload instead of overwriting the blocks.
     */
    public void markChanged() {
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** What shoppers may see at this moment. */
    public boolean isVisibleAt(OffsetDateTime now) {
        return status == PageStatus.PUBLISHED && schedule().isLiveAt(now);
    }

    public void checkRules() {
        slug = Texts.trimmed(slug);
        if (slug == null || slug.length() > 80 || !Texts.SLUG.matcher(slug).matches()) {
            throw new BusinessRuleViolation("merchandising.page.slug.format");
        }
        titleZh = Texts.trimmed(titleZh);
        titleEn = Texts.trimmed(titleEn);
        Texts.requireText(titleZh, 200, "merchandising.page.title.required", "merchandising.name.size");
        Texts.requireText(titleEn, 200, "merchandising.page.title.required", "merchandising.name.size");
        if (status == null) {
            status = PageStatus.DRAFT;
        }
        schedule().checkRules();
        blocks.forEach(CampaignBlock::checkRules);
    }

    /** Puts the blocks in the given order, numbering them from 1: the editor's list is the page's order. */
    public void replaceBlocks(List<CampaignBlock> ordered) {
        blocks.clear();
        int position = 1;
        for (CampaignBlock block : ordered) {
            block.placeOn(this, position++);
            blocks.add(block);
        }
    }

    public String title(Locale locale) {
        return Texts.pick(locale, titleZh, titleEn);
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

    public List<CampaignBlock> getBlocks() {
        return Collections.unmodifiableList(blocks);
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public void setTitleZh(String titleZh) {
        this.titleZh = titleZh;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public PageStatus getStatus() {
        return status;
    }

    public void setStatus(PageStatus status) {
        this.status = status;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
