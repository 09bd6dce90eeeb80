package org.emporium.catalog.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.emporium.catalog.control.ProductEvents;
import org.emporium.catalog.control.ProductOptions;
import org.emporium.catalog.control.SkuMatrix;
import org.emporium.catalog.control.SkuMatrixMerge;
import org.emporium.catalog.entity.Attribute;
import org.emporium.catalog.entity.AttributeOption;
import org.emporium.catalog.entity.Brand;
import org.emporium.catalog.entity.Category;
import org.emporium.catalog.entity.CategoryAttribute;
import org.emporium.catalog.entity.Product;
import org.emporium.catalog.entity.ProductImage;
import org.emporium.catalog.entity.ProductStatus;
import org.emporium.catalog.entity.Sku;
import org.emporium.platform.events.DomainEvents;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;
import org.emporium.platform.text.RichText;

/**
 * The catalogue as the storefront, the back office and other contexts see it. Reads return detached
 * entities with their SKUs loaded; every change is checked against the rules, written in one
 * transaction together with its {@code catalog.product-changed} event, or not at all.
 */
@Stateless
@DeclareRoles(Catalog.CATALOG_MANAGER)
public class Catalog {

    /** The role that may change the catalogue; everyone may read it. */
    public static final String CATALOG_MANAGER = "catalog-manager";

    private static final String FETCH_SKUS = "eclipselink.batch";

    @PersistenceContext
    EntityManager em;

    @Inject
    DomainEvents events;

    @Resource
    SessionContext session;

    public List<Category> categories() {
        return em.createQuery(
                        "SELECT c FROM Category c ORDER BY c.parentId NULLS FIRST, c.position, c.id", Category.class)
                .getResultList();
    }

    public Optional<Category> category(String slug) {
        return em.createQuery("SELECT c FROM Category c WHERE c.slug = :slug", Category.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** Products a shopper may see, newest first, in a category and its direct children, or everywhere when null. */
    public List<Product> onSale(Long categoryId, int first, int max) {
        String jpql = "SELECT p FROM Product p WHERE p.status = :status"
                + (categoryId == null
                        ? ""
                        : " AND (p.categoryId = :category OR p.categoryId IN"
                                + " (SELECT c.id FROM Category c WHERE c.parentId = :category))")
                + " ORDER BY p.updatedAt DESC, p.id DESC";
        TypedQuery<Product> query = em.createQuery(jpql, Product.class)
                .setParameter("status", ProductStatus.ON_SALE)
                .setFirstResult(first)
                .setMaxResults(max)
                .setHint(FETCH_SKUS, "p.skus");
        if (categoryId != null) {
            query.setParameter("category", categoryId);
        }
        return withSkus(query.getResultList());
    }

    /** A product page by its slug; drafts and products taken off the shelf are not found. */
    public Optional<Product> onSale(String slug) {
        return em.createQuery(
                        "SELECT p FROM Product p JOIN FETCH p.category WHERE p.slug = :slug AND p.status = :status",
                        Product.class)
                .setParameter("slug", slug)
                .setParameter("status", ProductStatus.ON_SALE)
                .getResultStream()
                .findFirst()
                .map(p -> withSkus(List.of(p)).get(0));
    }

    /** The back office's product list: filtered, sorted and one page at a time. */
    public ProductPage products(ProductFilter filter, ProductSort sort, boolean ascending, int first, int max) {
        ProductFilter f = filter == null ? ProductFilter.none() : filter;
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (f.hasText()) {
            where.append(" AND (LOWER(p.nameEn) LIKE :text ESCAPE '\\' OR p.nameZh LIKE :text ESCAPE '\\'"
                    + " OR LOWER(p.slug) LIKE :text ESCAPE '\\'"
                    + " OR EXISTS (SELECT s FROM Sku s WHERE s.product = p AND s.code LIKE :code ESCAPE '\\'))");
        }
        if (f.status() != null) {
            where.append(" AND p.status = :status");
        }
        if (f.categoryId() != null) {
            where.append(" AND p.categoryId = :category");
        }
        if (f.brandId() != null) {
            where.append(" AND p.brandId = :brand");
        }
        ProductSort s = sort == null ? ProductSort.ID : sort;
        TypedQuery<Product> rows = em.createQuery(
                        "SELECT p FROM Product p" + where + " ORDER BY " + s.path + (ascending ? " ASC" : " DESC")
                                + ", p.id",
                        Product.class)
                .setFirstResult(first)
                .setMaxResults(max);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM Product p" + where, Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            if (f.hasText()) {
                String text = f.text().trim();
                q.setParameter("text", "%" + escapeLike(text.toLowerCase()) + "%");
                q.setParameter("code", "%" + escapeLike(text.toUpperCase()) + "%");
            }
            if (f.status() != null) {
                q.setParameter("status", f.status());
            }
            if (f.categoryId() != null) {
                q.setParameter("category", f.categoryId());
            }
            if (f.brandId() != null) {
                q.setParameter("brand", f.brandId());
            }
        }
        rows.setHint(FETCH_SKUS, "p.skus").setHint(FETCH_SKUS, "p.images");
        List<Product> found = withSkus(rows.getResultList());
        // the list shows each product's brand and cover picture
        found.forEach(p -> {
            p.getImages().size();
            if (p.getBrand() != null) {
                p.getBrand().getSlug();
            }
        });
        return new ProductPage(found, count.getSingleResult());
    }

    /** A product with everything its editor shows, in any status. */
    public Optional<Product> product(long id) {
        return Optional.ofNullable(em.find(Product.class, id))
                .map(p -> withSkus(List.of(p)).get(0));
    }

    /** Creates a product in a category; it starts as a draft until {@link #update} puts it on sale. */
    @RolesAllowed(CATALOG_MANAGER)
    public Product create(long categoryId, String slug, String nameZh, String nameEn, List<NewSku> skus) {
        Category category = Optional.ofNullable(em.find(Category.class, categoryId))
                .orElseThrow(() -> new BusinessRuleViolation("catalog.product.category.required"));
        requireFreeSlug(slug, null);
        Product product = new Product(category, slug, nameZh, nameEn);
        for (NewSku sku : skus) {
            requireFreeSkuCode(sku.code(), null);
            product.addSku(sku.code(), sku.specZh(), sku.specEn(), sku.price(), sku.listPrice());
        }
        em.persist(product);
        em.flush();
        ProductOptions.refresh(em, List.of(product.getId()));
        events.record(ProductEvents.changed(product, actor(), true));
        return product;
    }

    /**
     * Saves what an editor changed on a product it read earlier. If someone else saved the product in
     * between, nothing is written and the editor is told to reload.
     */
    @RolesAllowed(CATALOG_MANAGER)
    public Product update(Product edited) {
        Product product = em.find(Product.class, edited.getId());
        if (product == null) {
            throw new BusinessRuleViolation("catalog.product.notFound", edited.getId());
        }
        if (product.getVersion() != edited.getVersion()) {
            throw new BusinessRuleViolation("catalog.product.changedMeanwhile", product.getNameEn());
        }
        requireFreeSlug(edited.getSlug(), product.getId());
        if (!product.getCategoryId().equals(edited.getCategoryId())) {
            product.setCategory(Optional.ofNullable(em.find(Category.class, edited.getCategoryId()))
                    .orElseThrow(() -> new BusinessRuleViolation("catalog.product.category.required")));
        }
        product.setSlug(edited.getSlug());
        product.setNameZh(edited.getNameZh());
        product.setNameEn(edited.getNameEn());
        product.setDescriptionZh(RichText.sanitize(edited.getDescriptionZh()));
        product.setDescriptionEn(RichText.sanitize(edited.getDescriptionEn()));
        for (Sku changed : edited.getSkus()) {
            Sku sku = product.sku(changed.getCode())
                    .orElseThrow(() -> new BusinessRuleViolation("catalog.sku.notFound", changed.getCode()));
            changed.checkRules();
            sku.setSpecZh(changed.getSpecZh());
            sku.setSpecEn(changed.getSpecEn());
            sku.reprice(changed.price(), changed.listPrice());
        }
        if (edited.getStatus() != product.getStatus()) {
            if (edited.getStatus() == ProductStatus.ON_SALE) {
                requireComplete(product, attributeSet(product.getCategoryId()));
            }
            product.changeStatus(edited.getStatus());
        }
        em.flush();
        ProductOptions.refresh(em, List.of(product.getId()));
        events.record(ProductEvents.changed(product, actor(), false));
        return product;
    }

    /** Changes one SKU's price: what a price list import or a quick edit needs. */
    @RolesAllowed(CATALOG_MANAGER)
    public Sku reprice(String skuCode, Money price, Money listPrice) {
        Sku sku = em.createQuery("SELECT s FROM Sku s WHERE s.code = :code", Sku.class)
                .setParameter("code", skuCode)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessRuleViolation("catalog.sku.notFound", skuCode));
        sku.reprice(price, listPrice);
        em.flush();
        events.record(ProductEvents.changed(sku.getProduct(), actor(), false));
        return sku;
    }

    /** The brands a product may belong to, in their display order. */
    public List<Brand> brands() {
        return em.createQuery("SELECT b FROM Brand b ORDER BY b.position, b.nameEn, b.id", Brand.class)
                .getResultList();
    }

    /**
     * The attributes products of a category describe: the category's own set and its ancestors', the
     * root's first, each set in its order. Where a category lists an attribute an ancestor also lists, the
     * category's own line (variant, required) counts, at the ancestor's place.
     */
    public List<EffectiveAttribute> attributeSet(long categoryId) {
        List<Long> lineage = lineage(categoryId);
        if (lineage.isEmpty()) {
            return List.of();
        }
        List<CategoryAttribute> lines = em.createQuery(
                        "SELECT ca FROM CategoryAttribute ca JOIN FETCH ca.attribute"
                                + " WHERE ca.category.id IN :lineage ORDER BY ca.position",
                        CategoryAttribute.class)
                .setParameter("lineage", lineage)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        Map<String, EffectiveAttribute> byCode = new LinkedHashMap<>();
        for (Long category : lineage) {
            for (CategoryAttribute line : lines) {
                if (line.getCategory().getId().equals(category)) {
                    Attribute attribute = line.getAttribute();
                    attribute.getOptions().size();
                    byCode.put(
                            attribute.getCode(),
                            new EffectiveAttribute(
                                    attribute,
                                    line.isVariant() && attribute.getKind().hasOptions(),
                                    line.isRequired()));
                }
            }
        }
        return List.copyOf(byCode.values());
    }

    /** The category and its ancestors, the root first; a depth limit guards against a cycle in bad data. */
    private List<Long> lineage(long categoryId) {
        List<Long> lineage = new ArrayList<>();
        Category category = em.find(Category.class, categoryId);
        for (int depth = 0; category != null && depth < 20; depth++) {
            lineage.add(0, category.getId());
            category = category.isRoot() ? null : em.find(Category.class, category.getParentId());
        }
        return lineage;
    }

    /** What the editor edits of a product: everything it shows, detached. */
    public Optional<ProductDraft> draft(long id) {
        return Optional.ofNullable(em.find(Product.class, id)).map(p -> {
            p.getAttributes().size();
            p.getImages().size();
            return ProductDraft.of(p);
        });
    }

    /**
     * The SKU matrix the chosen options give, laid over the product's SKUs (none for a new product), without
     * saving anything: what the editor shows when staff generate SKUs. Kept SKUs come with their stored
     * fields, new ones with their code, specification and the default price.
     */
    public SkuPlan planSkus(
            Long productId,
            long categoryId,
            String codePrefix,
            List<ProductDraft.AxisChoice> axes,
            BigDecimal defaultPrice) {
        List<Sku> existing = productId == null
                ? List.of()
                : Optional.ofNullable(em.find(Product.class, productId))
                        .map(Product::getSkus)
                        .orElse(List.of());
        SkuMatrixMerge.Plan plan = SkuMatrixMerge.of(existing, matrix(attributeSet(categoryId), codePrefix, axes));
        List<ProductDraft.SkuDraft> rows = new ArrayList<>();
        for (SkuMatrixMerge.Row row : plan.rows()) {
            if (row.isNew()) {
                ProductDraft.SkuDraft added = ProductDraft.SkuDraft.added(
                        row.cell().code(),
                        row.cell().specZh(),
                        row.cell().specEn(),
                        row.cell().options());
                added.setPrice(defaultPrice);
                rows.add(added);
            } else {
                rows.add(ProductDraft.SkuDraft.of(row.existing()));
            }
        }
        return new SkuPlan(rows, plan.removed().stream().map(Sku::getCode).toList());
    }

    /**
     * Regenerates a product's SKUs from the options chosen per variant axis: SKUs on a chosen cell stay
     * with their prices, new cells get SKUs at the default price, SKUs on no chosen cell go.
     */
    @RolesAllowed(CATALOG_MANAGER)
    public Product generateSkus(
            long productId,
            long version,
            String codePrefix,
            List<ProductDraft.AxisChoice> axes,
            BigDecimal defaultPrice) {
        ProductDraft draft =
                draft(productId).orElseThrow(() -> new BusinessRuleViolation("catalog.product.notFound", productId));
        draft.setVersion(version);
        draft.setRegenerate(true);
        draft.setCodePrefix(codePrefix);
        draft.setAxes(axes);
        draft.setDefaultPrice(defaultPrice);
        draft.setSkus(List.of());
        return save(draft);
    }

    /**
     * Saves everything an editor changed, or creates the product when the draft has no id: the product's
     * fields, brand and publish window, its attribute values, the SKU matrix when it was regenerated, each
     * SKU's fields, and the gallery. One transaction with its event; a broken rule leaves all as it was.
     */
    @RolesAllowed(CATALOG_MANAGER)
    public Product save(ProductDraft draft) {
        boolean created = draft.getId() == null;
        Category category = Optional.ofNullable(draft.getCategoryId())
                .map(id -> em.find(Category.class, id))
                .orElseThrow(() -> new BusinessRuleViolation("catalog.product.category.required"));
        Brand brand = draft.getBrandId() == null
                ? null
                : Optional.ofNullable(em.find(Brand.class, draft.getBrandId()))
                        .orElseThrow(() -> new BusinessRuleViolation("catalog.product.brand.unknown"));
        Product product;
        if (created) {
            requireFreeSlug(draft.getSlug(), null);
            product = new Product(category, draft.getSlug(), draft.getNameZh(), draft.getNameEn());
        } else {
            product = em.find(Product.class, draft.getId());
            if (product == null) {
                throw new BusinessRuleViolation("catalog.product.notFound", draft.getId());
            }
            if (product.getVersion() != draft.getVersion()) {
                throw new BusinessRuleViolation("catalog.product.changedMeanwhile", product.getNameEn());
            }
            requireFreeSlug(draft.getSlug(), product.getId());
            if (!category.getId().equals(product.getCategoryId())) {
                product.setCategory(category);
            }
            product.setSlug(draft.getSlug());
            product.setNameZh(draft.getNameZh());
            product.setNameEn(draft.getNameEn());
        }
        List<EffectiveAttribute> set = attributeSet(category.getId());
        requireFreeBarcodes(draft.getSkus(), product.getId());
        Set<Long> media = requireMedia(draft.getImages());

        product.setDescriptionZh(RichText.sanitize(draft.getDescriptionZh()));
        product.setDescriptionEn(RichText.sanitize(draft.getDescriptionEn()));
        product.setBrand(brand);
        product.schedule(draft.getPublishAt(), draft.getUnpublishAt());
        applyAttributes(product, set, draft);
        Set<String> removedCodes = new HashSet<>();
        List<SkuMatrixMerge.Row> pending = new ArrayList<>();
        if (draft.isRegenerate()) {
            SkuMatrixMerge.Plan plan =
                    SkuMatrixMerge.of(product.getSkus(), matrix(set, draft.getCodePrefix(), draft.getAxes()));
            for (SkuMatrixMerge.Row row : plan.added()) {
                requireFreeSkuCode(row.code(), product.getId());
            }
            // New SKUs first, so that replacing every SKU of a product on sale never leaves it with none.
            for (SkuMatrixMerge.Row row : plan.added()) {
                if (plan.removed().stream().anyMatch(s -> s.getCode().equals(row.code()))) {
                    pending.add(row);
                } else {
                    addSku(product, row, draft);
                }
            }
            for (Sku gone : plan.removed()) {
                removedCodes.add(gone.getCode());
                product.getImages().stream()
                        .filter(i -> gone.getId() != null && gone.getId().equals(i.getSkuId()))
                        .forEach(i -> i.setSkuId(null));
                product.removeSku(gone.getCode());
            }
        }
        if (created) {
            em.persist(product);
        }
        if (!pending.isEmpty()) {
            // a new cell reuses the code of a SKU that goes: the old row must leave the table first
            em.flush();
            pending.forEach(row -> addSku(product, row, draft));
        }
        for (ProductDraft.SkuDraft row : draft.getSkus()) {
            if (removedCodes.contains(row.getCode())
                    && product.sku(row.getCode()).isEmpty()) {
                continue;
            }
            Sku sku = product.sku(row.getCode())
                    .orElseThrow(() -> new BusinessRuleViolation("catalog.sku.notFound", row.getCode()));
            applySkuFields(sku, row);
        }
        em.flush();
        applyImages(product, draft.getImages(), media);
        if (draft.getStatus() != null && draft.getStatus() != product.getStatus()) {
            if (draft.getStatus() == ProductStatus.ON_SALE) {
                requireComplete(product, set);
            }
            product.changeStatus(draft.getStatus());
        }
        em.flush();
        ProductOptions.refresh(em, List.of(product.getId()));
        events.record(ProductEvents.changed(product, actor(), created));
        product.getAttributes().size();
        return withSkus(List.of(product)).get(0);
    }

    private void addSku(Product product, SkuMatrixMerge.Row row, ProductDraft draft) {
        BigDecimal price =
                draft.sku(row.code()).map(ProductDraft.SkuDraft::getPrice).orElse(draft.getDefaultPrice());
        if (price == null) {
            throw new BusinessRuleViolation("catalog.sku.price.required");
        }
        Sku sku =
                product.addSku(row.code(), row.cell().specZh(), row.cell().specEn(), new Money(price, Money.CNY), null);
        row.cell().options().forEach(sku::choose);
    }

    private static void applySkuFields(Sku sku, ProductDraft.SkuDraft row) {
        if (row.getSpecZh() != null && !row.getSpecZh().isBlank()) {
            sku.setSpecZh(row.getSpecZh().trim());
        }
        if (row.getSpecEn() != null && !row.getSpecEn().isBlank()) {
            sku.setSpecEn(row.getSpecEn().trim());
        }
        sku.setBarcode(row.getBarcode());
        sku.setWeightGrams(row.getWeightGrams());
        sku.setCostPrice(row.getCostPrice());
        if (row.getPrice() == null) {
            throw new BusinessRuleViolation("catalog.sku.price.required");
        }
        Currency currency = Currency.getInstance(sku.getCurrency() == null ? "CNY" : sku.getCurrency());
        sku.reprice(
                money(row.getPrice(), currency, sku.getCode()),
                row.getListPrice() == null ? null : money(row.getListPrice(), currency, sku.getCode()));
    }

    private static Money money(BigDecimal amount, Currency currency, String code) {
        try {
            return new Money(amount, currency);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleViolation("catalog.sku.price.decimals", code);
        }
    }

    /** Sets, changes or clears the value of each non-variant attribute of the set, as the draft gives it. */
    private static void applyAttributes(Product product, List<EffectiveAttribute> set, ProductDraft draft) {
        for (EffectiveAttribute entry : set) {
            if (entry.variant()) {
                continue;
            }
            String value = draft.getAttributes().get(entry.code());
            if (value == null || value.isBlank()) {
                if (entry.required() && product.getStatus() == ProductStatus.ON_SALE) {
                    throw new BusinessRuleViolation(
                            "catalog.product.onSale.attributeMissing",
                            entry.attribute().getNameEn(),
                            entry.attribute().getNameZh());
                }
                product.removeAttribute(entry.code());
            } else {
                product.setAttribute(entry.attribute(), value);
            }
        }
    }

    /**
     * A product goes on sale only with every required attribute of its set filled: a value for a
     * described attribute, an option on a required variant axis for every SKU.
     */
    private static void requireComplete(Product product, List<EffectiveAttribute> set) {
        for (EffectiveAttribute entry : set) {
            if (!entry.required()) {
                continue;
            }
            boolean filled = entry.variant()
                    ? product.getSkus().stream()
                            .allMatch(s -> s.option(entry.code()).isPresent())
                    : product.attribute(entry.code()).isPresent();
            if (!filled) {
                throw new BusinessRuleViolation(
                        "catalog.product.onSale.attributeMissing",
                        entry.attribute().getNameEn(),
                        entry.attribute().getNameZh());
            }
        }
    }

    /** The matrix of the chosen options: variant axes in the set's order, options in the attribute's order. */
    private static List<SkuMatrix.Cell> matrix(
            List<EffectiveAttribute> set, String codePrefix, List<ProductDraft.AxisChoice> choices) {
        Map<String, List<String>> chosen = new HashMap<>();
        for (ProductDraft.AxisChoice choice : choices == null ? List.<ProductDraft.AxisChoice>of() : choices) {
            boolean axis = set.stream().anyMatch(e -> e.variant() && e.code().equals(choice.getAttributeCode()));
            if (!axis) {
                throw new BusinessRuleViolation("catalog.sku.axis.unknown", choice.getAttributeCode());
            }
            chosen.put(choice.getAttributeCode(), choice.getOptionCodes());
        }
        List<List<AttributeOption>> axes = new ArrayList<>();
        for (EffectiveAttribute entry : set) {
            List<String> codes = chosen.getOrDefault(entry.code(), List.of());
            if (!entry.variant() || codes.isEmpty()) {
                continue;
            }
            for (String code : codes) {
                if (entry.attribute().option(code).isEmpty()) {
                    throw new BusinessRuleViolation("catalog.attribute.option.unknown", entry.code(), code);
                }
            }
            axes.add(entry.attribute().getOptions().stream()
                    .filter(o -> codes.contains(o.getCode()))
                    .toList());
        }
        return SkuMatrix.combinations(codePrefix, axes);
    }

    /** Barcodes must be unique: within the draft, and against every other product's SKUs. */
    private void requireFreeBarcodes(List<ProductDraft.SkuDraft> rows, Long ownProductId) {
        Map<String, String> seen = new HashMap<>();
        for (ProductDraft.SkuDraft row : rows) {
            String barcode = row.getBarcode() == null ? "" : row.getBarcode().trim();
            if (barcode.isEmpty()) {
                continue;
            }
            String other = seen.putIfAbsent(barcode, row.getCode());
            if (other != null) {
                throw new BusinessRuleViolation("catalog.sku.barcode.taken", barcode, other);
            }
        }
        if (seen.isEmpty()) {
            return;
        }
        List<Object[]> owners = em.createQuery(
                        "SELECT s.barcode, s.code, s.product.id FROM Sku s WHERE s.barcode IN :barcodes",
                        Object[].class)
                .setParameter("barcodes", seen.keySet())
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        for (Object[] owner : owners) {
            if (!owner[2].equals(ownProductId)) {
                throw new BusinessRuleViolation("catalog.sku.barcode.taken", owner[0], owner[1]);
            }
        }
    }

    /** The media of the gallery, each once; an id that names no uploaded image is refused. */
    private Set<Long> requireMedia(List<ProductDraft.ImageDraft> images) {
        Set<Long> ids = new LinkedHashSet<>();
        images.forEach(i -> ids.add(i.getMediaId()));
        if (!ids.isEmpty()) {
            long found = em.createQuery("SELECT COUNT(m) FROM Media m WHERE m.id IN :ids", Long.class)
                    .setParameter("ids", ids)
                    .setFlushMode(FlushModeType.COMMIT)
                    .getSingleResult();
            if (found != ids.size()) {
                throw new BusinessRuleViolation("catalog.image.notFound");
            }
        }
        return ids;
    }

    /** Makes the gallery what the draft lists, in its order; runs after a flush, so every SKU has its id. */
    private void applyImages(Product product, List<ProductDraft.ImageDraft> wanted, Set<Long> media) {
        for (ProductImage image : List.copyOf(product.getImages())) {
            if (!media.contains(image.getMediaId())) {
                product.removeImage(image.getId());
            }
        }
        Set<Long> present = new HashSet<>();
        product.getImages().forEach(i -> present.add(i.getMediaId()));
        for (Long mediaId : media) {
            if (!present.contains(mediaId)) {
                product.addImage(mediaId, null);
            }
        }
        em.flush();
        int position = 0;
        Set<Long> placed = new HashSet<>();
        for (ProductDraft.ImageDraft image : wanted) {
            if (!placed.add(image.getMediaId())) {
                continue;
            }
            ProductImage stored = product.getImages().stream()
                    .filter(i -> i.getMediaId().equals(image.getMediaId()))
                    .findFirst()
                    .orElseThrow(() -> new BusinessRuleViolation("catalog.image.notFound"));
            product.moveImage(stored.getId(), position++);
            stored.setSkuId(
                    image.getSkuCode() == null
                            ? null
                            : product.sku(image.getSkuCode())
                                    .map(Sku::getId)
                                    .orElseThrow(() ->
                                            new BusinessRuleViolation("catalog.sku.notFound", image.getSkuCode())));
        }
    }

    /** Every product in id order from the given id on, with SKUs: how an export walks the catalogue. */
    public List<Product> productsAfter(long lastId, int max) {
        return withSkus(em.createQuery("SELECT p FROM Product p WHERE p.id > :last ORDER BY p.id", Product.class)
                .setParameter("last", lastId)
                .setMaxResults(max)
                .setHint(FETCH_SKUS, "p.skus")
                .getResultList());
    }

    public long productCount() {
        return em.createQuery("SELECT COUNT(p) FROM Product p", Long.class).getSingleResult();
    }

    private void requireFreeSlug(String slug, Long ownId) {
        Stream<Long> owners = em.createQuery("SELECT p.id FROM Product p WHERE p.slug = :slug", Long.class)
                .setParameter("slug", slug)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream();
        if (owners.anyMatch(id -> !id.equals(ownId))) {
            throw new BusinessRuleViolation("catalog.slug.taken", slug);
        }
    }

    private void requireFreeSkuCode(String code, Long ownProductId) {
        boolean taken = em.createQuery("SELECT s.product.id FROM Sku s WHERE s.code = :code", Long.class)
                .setParameter("code", code)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream()
                .anyMatch(id -> !id.equals(ownProductId));
        if (taken) {
            throw new BusinessRuleViolation("catalog.sku.code.taken", code);
        }
    }

    /** Loads the SKUs (and category) while the persistence context is open, so callers get them detached. */
    private static List<Product> withSkus(List<Product> products) {
        products.forEach(p -> {
            p.getSkus().size();
            p.getCategory().getSlug();
        });
        return products;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private String actor() {
        return session.getCallerPrincipal() == null
                ? "system"
                : session.getCallerPrincipal().getName();
    }
}
