package org.emporium.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Locale;

/** A brand: its name, logo and the story its page tells. */
@Entity
@Table(name = "brand")
public class Brand implements Serializable {

    @Id
    @SequenceGenerator(name = "brand_seq", sequenceName = "brand_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "brand_seq")
    private Long id;

    @NotBlank(message = "{catalog.slug.required}")
    @Pattern(regexp = Product.SLUG_PATTERN, message = "{catalog.slug.format}")
    @Size(max = 80, message = "{catalog.slug.size}")
    private String slug;

    @NotBlank(message = "{catalog.name.required}")
    @Size(max = 100, message = "{catalog.name.size}")
    @Column(name = "name_zh")
    private String nameZh;

    @NotBlank(message = "{catalog.name.required}")
    @Size(max = 100, message = "{catalog.name.size}")
    @Column(name = "name_en")
    private String nameEn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "logo_id")
    private Media logo;

    @Column(name = "logo_id", insertable = false, updatable = false)
    private Long logoId;

    @Size(max = 20000, message = "{catalog.description.size}")
    @Column(name = "story_zh")
    private String storyZh;

    @Size(max = 20000, message = "{catalog.description.size}")
    @Column(name = "story_en")
    private String storyEn;

    private int position;

    @Version
    private long version;

    protected Brand() {}

    public Brand(String slug, String nameZh, String nameEn) {
        this.slug = slug;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String name(Locale locale) {
        return Localized.pick(locale, nameZh, nameEn);
    }

    public String story(Locale locale) {
        return Localized.pick(locale, storyZh, storyEn);
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

    public Media getLogo() {
        return logo;
    }

    public void setLogo(Media logo) {
        this.logo = logo;
        this.logoId = logo == null ? null : logo.getId();
    }

    public Long getLogoId() {
        return logoId;
    }

    public String getStoryZh() {
        return storyZh;
    }

    /** Rich text: the boundary sanitises it before it is stored. */
    public void setStoryZh(String storyZh) {
        this.storyZh = storyZh;
    }

    public String getStoryEn() {
        return storyEn;
    }

    public void setStoryEn(String storyEn) {
        this.storyEn = storyEn;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public long getVersion() {
        return version;
    }
}
