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

/** A node of the category tree; the root categories have no parent. */
@Entity
@Table(name = "category")
public class Category implements Serializable {

    @Id
    @SequenceGenerator(name = "category_seq", sequenceName = "category_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "category_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Category parent;

    @Column(name = "parent_id", insertable = false, updatable = false)
    private Long parentId;

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

    private int position;

    @Version
    private long version;

    protected Category() {}

    public Category(Category parent, String slug, String nameZh, String nameEn, int position) {
        this.parent = parent;
        this.parentId = parent == null ? null : parent.getId();
        this.slug = slug;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.position = position;
    }

    public String name(Locale locale) {
        return Localized.pick(locale, nameZh, nameEn);
    }

    public boolean isRoot() {
        return parentId == null;
    }

    public Long getId() {
        return id;
    }

    public Long getParentId() {
        return parentId;
    }

    /** Moves the category under another parent, or to the top when null; the boundary refuses cycles. */
    public void setParent(Category parent) {
        this.parent = parent;
        this.parentId = parent == null ? null : parent.getId();
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
