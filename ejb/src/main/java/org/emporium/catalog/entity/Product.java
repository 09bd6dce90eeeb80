package org.emporium.catalog.entity;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;

/** A product as the shopper knows it (an SPU), sold as one or more SKUs. */
@Entity
@Table(name = "product")
public class Product implements Serializable {

    public static final String SLUG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

    @Id
    @SequenceGenerator(name = "product_seq", sequenceName = "product_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_seq")
    private Long id;

    @NotNull(message = "{catalog.product.category.required}")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    @Column(name = "category_id", insertable = false, updatable = false)
    private Long categoryId;

    @NotBlank(message = "{catalog.slug.required}")
    @Pattern(regexp = SLUG_PATTERN, message = "{catalog.slug.format}")
    @Size(max = 120, message = "{catalog.slug.size}")
    private String slug;

    @NotBlank(message = "{catalog.name.required}")
    @Size(max = 200, message = "{catalog.name.size}")
    @Column(name = "name_zh")
    private String nameZh;

    @NotBlank(message = "{catalog.name.required}")
    @Size(max = 200, message = "{catalog.name.size}")
    @Column(name = "name_en")
    private String nameEn;

    @Size(max = 20000, message = "{catalog.description.size}")
    @Column(name = "description_zh")
    private String descriptionZh;

    @Size(max = 20000, message = "{catalog.description.size}")
    @Column(name = "description_en")
    private String descriptionEn;

    @NotNull
    @Enumerated(EnumType.STRING)
    private ProductStatus status = ProductStatus.DRAFT;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "brand_id")
    private Brand brand;

    @Column(name = "brand_id", insertable = false, updatable = false)
    private Long brandId;

    /** When set, the product shows on the shelf only from this moment on. */
    @Column(name = "publish_at")
    private OffsetDateTime publishAt;

    /** When set, the product leaves the shelf at this moment. */
    @Column(name = "unpublish_at")
    private OffsetDateTime unpublishAt;

    /** The lowest SKU price, kept current by every SKU change: what lists sort and filter by. */
    @Column(name = "min_price")
    private BigDecimal minPrice;

    @Valid
    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("position, code")
    private List<Sku> skus = new ArrayList<>();

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    private List<ProductAttribute> attributes = new ArrayList<>();

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("position")
    private List<ProductImage> images = new ArrayList<>();

    @Version
    private long version;

    protected Product() {}

    public Product(Category category, String slug, String nameZh, String nameEn) {
        this.category = category;
        this.categoryId = category == null ? null : category.getId();
        this.slug = slug;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /** Adds a SKU; its code must be new within the product (the boundary checks the whole catalogue). */
    public Sku addSku(String code, String specZh, String specEn, Money price, Money listPrice) {
        if (sku(code).isPresent()) {
            throw new BusinessRuleViolation("catalog.sku.code.duplicate", code);
        }
        Sku sku = new Sku(this, code, specZh, specEn, price, listPrice);
        sku.setPosition(skus.size());
        skus.add(sku);
        refreshMinPrice();
        return sku;
    }

    /** Sets the value of a product-level attribute from its text form (option code, number or text). */
    public ProductAttribute setAttribute(Attribute attribute, String value) {
        ProductAttribute current = attributes.stream()
                .filter(a -> a.getAttribute().getCode().equals(attribute.getCode()))
                .findFirst()
                .orElseGet(() -> {
                    ProductAttribute a = new ProductAttribute(this, attribute);
                    attributes.add(a);
                    return a;
                });
        try {
            current.assign(value);
        } catch (BusinessRuleViolation e) {
            if (current.value() == null) {
                attributes.remove(current);
            }
            throw e;
        }
        return current;
    }

    public void removeAttribute(String attributeCode) {
        attributes.removeIf(a -> a.getAttribute().getCode().equals(attributeCode));
    }

    public Optional<ProductAttribute> attribute(String attributeCode) {
        return attributes.stream()
                .filter(a -> a.getAttribute().getCode().equals(attributeCode))
                .findFirst();
    }

    /** Appends an image to the gallery; it may show one SKU in particular. */
    public ProductImage addImage(long mediaId, Long skuId) {
        ProductImage image = new ProductImage(this, images.size(), mediaId, skuId);
        images.add(image);
        return image;
    }

    public void removeImage(long imageId) {
        images.removeIf(i -> i.getId() != null && i.getId() == imageId);
        renumberImages();
    }

    /** Moves an image to a new place in the gallery (0 is the cover). */
    public void moveImage(long imageId, int newPosition) {
        ProductImage image = images.stream()
                .filter(i -> i.getId() != null && i.getId() == imageId)
                .findFirst()
                .orElseThrow(() -> new BusinessRuleViolation("catalog.image.notFound", imageId));
        images.remove(image);
        images.add(Math.max(0, Math.min(newPosition, images.size())), image);
        renumberImages();
    }

    private void renumberImages() {
        for (int i = 0; i < images.size(); i++) {
            images.get(i).setPosition(i);
        }
    }

    /** Recomputes the lowest SKU price after a SKU was added, removed or repriced. */
    public void refreshMinPrice() {
        minPrice = lowestPrice().map(Money::amount).orElse(null);
    }

    /** Whether a shopper sees the product at the given moment: on sale and inside its publish window. */
    public boolean isVisibleAt(OffsetDateTime moment) {
        return status == ProductStatus.ON_SALE
                && (publishAt == null || !moment.isBefore(publishAt))
                && (unpublishAt == null || moment.isBefore(unpublishAt));
    }

    /** Sets the publish window; the end, when given, must come after the start. */
    public void schedule(OffsetDateTime from, OffsetDateTime until) {
        if (from != null && until != null && !until.isAfter(from)) {
            throw new BusinessRuleViolation("catalog.product.publishWindow");
        }
        publishAt = from;
        unpublishAt = until;
    }

    public void removeSku(String code) {
        if (status == ProductStatus.ON_SALE && skus.size() == 1 && sku(code).isPresent()) {
            throw new BusinessRuleViolation("catalog.product.onSale.needsSku");
        }
        skus.removeIf(s -> s.getCode().equals(code));
        refreshMinPrice();
    }

    public Optional<Sku> sku(String code) {
        return skus.stream().filter(s -> s.getCode().equals(code)).findFirst();
    }

    /** Puts the product on sale; a shopper must be able to buy something, so it needs at least one SKU. */
    public void putOnSale() {
        if (skus.isEmpty()) {
            throw new BusinessRuleViolation("catalog.product.onSale.needsSku");
        }
        status = ProductStatus.ON_SALE;
    }

    public void takeOffShelf() {
        status = ProductStatus.OFF_SHELF;
    }

    /** Moves to the given status through the rules of {@link #putOnSale()} and {@link #takeOffShelf()}. */
    public void changeStatus(ProductStatus target) {
        switch (target) {
            case ON_SALE -> putOnSale();
            case OFF_SHELF -> takeOffShelf();
            case DRAFT -> {
                if (status != ProductStatus.DRAFT) {
                    throw new BusinessRuleViolation("catalog.product.backToDraft", status);
                }
            }
        }
    }

    /** The lowest SKU price: what a product list shows as "from". */
    public Optional<Money> lowestPrice() {
        return skus.stream().map(Sku::price).min(Money::compareTo);
    }

    public Set<String> skuCodes() {
        Set<String> codes = new HashSet<>();
        skus.forEach(s -> codes.add(s.getCode()));
        return codes;
    }

    @PrePersist
    void onCreate() {
        createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public String name(Locale locale) {
        return Localized.pick(locale, nameZh, nameEn);
    }

    public String description(Locale locale) {
        return Localized.pick(locale, descriptionZh, descriptionEn);
    }

    public Long getId() {
        return id;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
        this.categoryId = category == null ? null : category.getId();
    }

    public Long getCategoryId() {
        return categoryId;
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

    public String getDescriptionZh() {
        return descriptionZh;
    }

    /** Rich text: the boundary sanitises it before it is stored. */
    public void setDescriptionZh(String descriptionZh) {
        this.descriptionZh = descriptionZh;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public ProductStatus getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public List<Sku> getSkus() {
        return Collections.unmodifiableList(skus);
    }

    public List<ProductAttribute> getAttributes() {
        return Collections.unmodifiableList(attributes);
    }

    public List<ProductImage> getImages() {
        return Collections.unmodifiableList(images);
    }

    public Brand getBrand() {
        return brand;
    }

    public void setBrand(Brand brand) {
        this.brand = brand;
        this.brandId = brand == null ? null : brand.getId();
    }

    public Long getBrandId() {
        return brandId;
    }

    public OffsetDateTime getPublishAt() {
        return publishAt;
    }

    public OffsetDateTime getUnpublishAt() {
        return unpublishAt;
    }

    public BigDecimal getMinPrice() {
        return minPrice;
    }

    public long getVersion() {
        return version;
    }
}
