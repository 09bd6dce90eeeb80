package org.emporium.catalog.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.emporium.catalog.entity.AttributeOption;
import org.emporium.catalog.entity.Product;
import org.emporium.catalog.entity.ProductAttribute;
import org.emporium.catalog.entity.ProductImage;
import org.emporium.catalog.entity.ProductStatus;
import org.emporium.catalog.entity.Sku;
import org.emporium.catalog.entity.SkuOption;

/**
 * Everything the product editor changes at once: the product, its attribute values, the SKU matrix and
 * each SKU's fields, and the gallery. A form writes into it field by field (its constraints are the
 * entities', so a form shows the same messages); {@link Catalog#save} applies it all in one transaction or
 * nothing of it. An id of null is a new product.
 */
public class ProductDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;

    @NotNull(message = "{catalog.product.category.required}")
    private Long categoryId;

    private Long brandId;

    @NotBlank(message = "{catalog.slug.required}")
    @Pattern(regexp = Product.SLUG_PATTERN, message = "{catalog.slug.format}")
    @Size(max = 120, message = "{catalog.slug.size}")
    private String slug;

    @NotBlank(message = "{catalog.name.required}")
    @Size(max = 200, message = "{catalog.name.size}")
    private String nameZh;

    @NotBlank(message = "{catalog.name.required}")
    @Size(max = 200, message = "{catalog.name.size}")
    private String nameEn;

    @Size(max = 20000, message = "{catalog.description.size}")
    private String descriptionZh;

    @Size(max = 20000, message = "{catalog.description.size}")
    private String descriptionEn;

    private ProductStatus status = ProductStatus.DRAFT;
    private OffsetDateTime publishAt;
    private OffsetDateTime unpublishAt;

    /** Attribute code to value in its text form (an option code, a number, a text); blank removes it. */
    private Map<String, String> attributes = new LinkedHashMap<>();

    /** When true, the SKUs are regenerated from {@link #axes} before the SKU rows are applied. */
    private boolean regenerate;

    private String codePrefix;

    /** The price of SKUs the matrix adds and whose row gives none. */
    @DecimalMin(value = "0.01", message = "{catalog.sku.price.positive}")
    @Digits(integer = 17, fraction = 2, message = "{catalog.sku.price.digits}")
    private BigDecimal defaultPrice;

    private List<AxisChoice> axes = new ArrayList<>();

    @Valid
    private List<SkuDraft> skus = new ArrayList<>();

    private List<ImageDraft> images = new ArrayList<>();

    /** A new product's draft. */
    public ProductDraft() {}

    /** The draft of a stored product (read with its SKUs, attributes and images loaded). */
    public static ProductDraft of(Product product) {
        ProductDraft d = new ProductDraft();
        d.id = product.getId();
        d.version = product.getVersion();
        d.categoryId = product.getCategoryId();
        d.brandId = product.getBrandId();
        d.slug = product.getSlug();
        d.nameZh = product.getNameZh();
        d.nameEn = product.getNameEn();
        d.descriptionZh = product.getDescriptionZh();
        d.descriptionEn = product.getDescriptionEn();
        d.status = product.getStatus();
        d.publishAt = product.getPublishAt();
        d.unpublishAt = product.getUnpublishAt();
        for (ProductAttribute a : product.getAttributes()) {
            d.attributes.put(a.getAttribute().getCode(), a.value());
        }
        Map<String, AxisChoice> axes = new LinkedHashMap<>();
        for (Sku sku : product.getSkus()) {
            d.skus.add(SkuDraft.of(sku));
            for (SkuOption o : sku.getOptions()) {
                AxisChoice axis = axes.computeIfAbsent(o.getAttribute().getCode(), AxisChoice::new);
                if (!axis.optionCodes.contains(o.getOption().getCode())) {
                    axis.optionCodes.add(o.getOption().getCode());
                }
            }
        }
        d.axes = new ArrayList<>(axes.values());
        for (ProductImage image : product.getImages()) {
            d.images.add(new ImageDraft(
                    image.getMediaId(),
                    product.getSkus().stream()
                            .filter(s -> s.getId() != null && s.getId().equals(image.getSkuId()))
                            .map(Sku::getCode)
                            .findFirst()
                            .orElse(null)));
        }
        d.codePrefix = codePrefixOf(product);
        return d;
    }

    /**
     * The prefix the SKUs were generated with, read back from their codes: the code less one group per
     * option when all SKUs agree, otherwise the groups all codes share, otherwise the URL name.
     */
    static String codePrefixOf(Product product) {
        List<Sku> skus = product.getSkus();
        String fromSlug = product.getSlug() == null
                ? null
                : product.getSlug().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-");
        if (skus.isEmpty()) {
            return fromSlug;
        }
        List<String> stems = skus.stream()
                .map(s -> dropGroups(s.getCode(), s.getOptions().size()))
                .distinct()
                .toList();
        if (stems.size() == 1 && stems.get(0) != null) {
            return stems.get(0);
        }
        String[] common = skus.get(0).getCode().split("-");
        int shared = common.length;
        for (Sku sku : skus) {
            String[] groups = sku.getCode().split("-");
            int i = 0;
            while (i < Math.min(shared, groups.length) && groups[i].equals(common[i])) {
                i++;
            }
            shared = i;
        }
        return shared == 0 ? fromSlug : String.join("-", java.util.Arrays.copyOf(common, shared));
    }

    private static String dropGroups(String code, int groups) {
        String[] parts = code.split("-");
        return parts.length <= groups ? null : String.join("-", java.util.Arrays.copyOf(parts, parts.length - groups));
    }

    /** The option codes chosen on a variant axis, in the order they were chosen. */
    public List<String> chosen(String attributeCode) {
        return axis(attributeCode).map(AxisChoice::getOptionCodes).orElse(List.of());
    }

    public Optional<AxisChoice> axis(String attributeCode) {
        return axes.stream()
                .filter(a -> a.getAttributeCode().equals(attributeCode))
                .findFirst();
    }

    public Optional<SkuDraft> sku(String code) {
        return skus.stream().filter(s -> code.equals(s.getCode())).findFirst();
    }

    /** The options chosen on one variant axis (an enumerated attribute of the category's set). */
    public static class AxisChoice implements Serializable {

        private static final long serialVersionUID = 1L;

        private String attributeCode;
        private List<String> optionCodes = new ArrayList<>();

        public AxisChoice() {}

        public AxisChoice(String attributeCode) {
            this.attributeCode = attributeCode;
        }

        public AxisChoice(String attributeCode, List<String> optionCodes) {
            this.attributeCode = attributeCode;
            this.optionCodes = new ArrayList<>(optionCodes);
        }

        public String getAttributeCode() {
            return attributeCode;
        }

        public void setAttributeCode(String attributeCode) {
            this.attributeCode = attributeCode;
        }

        public List<String> getOptionCodes() {
            return optionCodes;
        }

        public void setOptionCodes(List<String> optionCodes) {
            this.optionCodes = optionCodes == null ? new ArrayList<>() : new ArrayList<>(optionCodes);
        }
    }

    /** One SKU row of the matrix as the editor shows it; a row not yet stored is {@link #isAdded() added}. */
    public static class SkuDraft implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;

        @NotBlank(message = "{catalog.sku.spec.required}")
        @Size(max = 200, message = "{catalog.name.size}")
        private String specZh;

        @NotBlank(message = "{catalog.sku.spec.required}")
        @Size(max = 200, message = "{catalog.name.size}")
        private String specEn;

        @Pattern(regexp = "^(\\d{8}|\\d{12,14})$", message = "{catalog.sku.barcode.format}")
        private String barcode;

        @Min(value = 0, message = "{catalog.sku.weight.negative}")
        private Integer weightGrams;

        @NotNull(message = "{catalog.sku.price.required}")
        @DecimalMin(value = "0.01", message = "{catalog.sku.price.positive}")
        @Digits(integer = 17, fraction = 2, message = "{catalog.sku.price.digits}")
        private BigDecimal price;

        @DecimalMin(value = "0.01", message = "{catalog.sku.price.positive}")
        @Digits(integer = 17, fraction = 2, message = "{catalog.sku.price.digits}")
        private BigDecimal listPrice;

        @DecimalMin(value = "0.00", message = "{catalog.sku.cost.negative}")
        @Digits(integer = 17, fraction = 2, message = "{catalog.sku.price.digits}")
        private BigDecimal costPrice;

        private boolean added;

        /** Attribute code to option code: where the SKU sits in the matrix. */
        private Map<String, String> options = new LinkedHashMap<>();

        public SkuDraft() {}

        public static SkuDraft of(Sku sku) {
            SkuDraft d = new SkuDraft();
            d.code = sku.getCode();
            d.specZh = sku.getSpecZh();
            d.specEn = sku.getSpecEn();
            d.barcode = sku.getBarcode();
            d.weightGrams = sku.getWeightGrams();
            d.price = sku.getPrice();
            d.listPrice = sku.getListPrice();
            d.costPrice = sku.getCostPrice();
            for (SkuOption o : sku.getOptions()) {
                d.options.put(o.getAttribute().getCode(), o.getOption().getCode());
            }
            return d;
        }

        /** A row for a new cell of the matrix: its code and specifications from the options. */
        public static SkuDraft added(String code, String specZh, String specEn, List<AttributeOption> options) {
            SkuDraft d = new SkuDraft();
            d.code = code;
            d.specZh = specZh;
            d.specEn = specEn;
            d.added = true;
            options.forEach(o -> d.options.put(o.getAttribute().getCode(), o.getCode()));
            return d;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getSpecZh() {
            return specZh;
        }

        public void setSpecZh(String specZh) {
            this.specZh = specZh;
        }

        public String getSpecEn() {
            return specEn;
        }

        public void setSpecEn(String specEn) {
            this.specEn = specEn;
        }

        public String getBarcode() {
            return barcode;
        }

        public void setBarcode(String barcode) {
            this.barcode = barcode;
        }

        public Integer getWeightGrams() {
            return weightGrams;
        }

        public void setWeightGrams(Integer weightGrams) {
            this.weightGrams = weightGrams;
        }

        public BigDecimal getPrice() {
            return price;
        }

        public void setPrice(BigDecimal price) {
            this.price = price;
        }

        public BigDecimal getListPrice() {
            return listPrice;
        }

        public void setListPrice(BigDecimal listPrice) {
            this.listPrice = listPrice;
        }

        public BigDecimal getCostPrice() {
            return costPrice;
        }

        public void setCostPrice(BigDecimal costPrice) {
            this.costPrice = costPrice;
        }

        /** True when the row's cost is above its price: allowed (a loss leader), but staff are warned. */
        public boolean isBelowCost() {
            return costPrice != null && price != null && costPrice.compareTo(price) > 0;
        }

        public boolean isAdded() {
            return added;
        }

        public void setAdded(boolean added) {
            this.added = added;
        }

        public Map<String, String> getOptions() {
            return options;
        }
    }

    /** One picture of the gallery, in gallery order, optionally showing one SKU (by its code). */
    public static class ImageDraft implements Serializable {

        private static final long serialVersionUID = 1L;

        private long mediaId;
        private String skuCode;

        public ImageDraft() {}

        public ImageDraft(long mediaId, String skuCode) {
            this.mediaId = mediaId;
            this.skuCode = skuCode;
        }

        public long getMediaId() {
            return mediaId;
        }

        public void setMediaId(long mediaId) {
            this.mediaId = mediaId;
        }

        public String getSkuCode() {
            return skuCode;
        }

        public void setSkuCode(String skuCode) {
            this.skuCode = skuCode == null || skuCode.isBlank() ? null : skuCode;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public Long getBrandId() {
        return brandId;
    }

    public void setBrandId(Long brandId) {
        this.brandId = brandId;
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

    public void setStatus(ProductStatus status) {
        this.status = status;
    }

    public OffsetDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(OffsetDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public OffsetDateTime getUnpublishAt() {
        return unpublishAt;
    }

    public void setUnpublishAt(OffsetDateTime unpublishAt) {
        this.unpublishAt = unpublishAt;
    }

    public Map<String, String> getAttributes() {
        return attributes;
    }

    public boolean isRegenerate() {
        return regenerate;
    }

    public void setRegenerate(boolean regenerate) {
        this.regenerate = regenerate;
    }

    public String getCodePrefix() {
        return codePrefix;
    }

    public void setCodePrefix(String codePrefix) {
        this.codePrefix = codePrefix;
    }

    public BigDecimal getDefaultPrice() {
        return defaultPrice;
    }

    public void setDefaultPrice(BigDecimal defaultPrice) {
        this.defaultPrice = defaultPrice;
    }

    public List<AxisChoice> getAxes() {
        return axes;
    }

    public void setAxes(List<AxisChoice> axes) {
        this.axes = axes;
    }

    public List<SkuDraft> getSkus() {
        return skus;
    }

    public void setSkus(List<SkuDraft> skus) {
        this.skus = skus;
    }

    public List<ImageDraft> getImages() {
        return images;
    }

    public void setImages(List<ImageDraft> images) {
        this.images = images;
    }
}
