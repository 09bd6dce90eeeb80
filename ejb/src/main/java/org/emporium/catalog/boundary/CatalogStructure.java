package org.emporium.catalog.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.emporium.catalog.control.CatalogStructureEvents;
import org.emporium.catalog.control.CategoryTree;
import org.emporium.catalog.control.Ordering;
import org.emporium.catalog.entity.Attribute;
import org.emporium.catalog.entity.AttributeOption;
import org.emporium.catalog.entity.Brand;
import org.emporium.catalog.entity.Category;
import org.emporium.catalog.entity.CategoryAttribute;
import org.emporium.catalog.entity.Media;
import org.emporium.platform.events.DomainEvents;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.text.RichText;

/**
 * The structure of the catalogue as catalogue managers shape it in the back office: the category tree
 * and each category's attribute set, the attributes with their options, and the brands. Reads are open;
 * every change is checked against the rules, refused when someone else changed the same thing since it
 * was read, and written together with its {@code catalog.structure-changed} event, or not at all.
 *
 * <p>Changes take the edited copy the caller read earlier (its version tells whether it is still
 * current), like {@link Catalog#update}; what is not a field of an entity comes as arguments.
 */
@Stateless
@DeclareRoles(Catalog.CATALOG_MANAGER)
public class CatalogStructure {

    @PersistenceContext
    EntityManager em;

    @Inject
    DomainEvents events;

    @Resource
    SessionContext session;

    // ---------------------------------------------------------------- categories

    /** Every category, parents before their children's siblings: ordered by parent, then position. */
    public List<Category> categories() {
        return em.createQuery(
                        "SELECT c FROM Category c ORDER BY c.parentId NULLS FIRST, c.position, c.id", Category.class)
                .getResultList();
    }

    public Optional<Category> category(long id) {
        return Optional.ofNullable(em.find(Category.class, id));
    }

    /** How many products each category holds directly, for the tree editor to say what a delete would meet. */
    public Map<Long, Long> productCounts() {
        return em.createQuery("SELECT p.categoryId, COUNT(p) FROM Product p GROUP BY p.categoryId", Object[].class)
                .getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /**
     * Creates a category from the draft's slug and names, as the last child of the parent, or as the last
     * root when the parent is null.
     */
    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public Category createCategory(Long parentId, Category draft) {
        Category parent = parentId == null ? null : existingCategory(parentId);
        requireFreeCategorySlug(draft.getSlug(), null);
        Category category = new Category(
                parent, draft.getSlug(), draft.getNameZh(), draft.getNameEn(), tree().nextPosition(parentId));
        em.persist(category);
        em.flush();
        events.record(CatalogStructureEvents.category(
                "created", category.getId(), category.getSlug(), null, parentId, List.of(category.getId()), actor()));
        return category;
    }

    /** Saves a category's slug and names. */
    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public Category saveCategory(Category edited) {
        Category category = current(existingCategory(edited.getId()), edited.getVersion());
        requireFreeCategorySlug(edited.getSlug(), category.getId());
        category.setSlug(edited.getSlug());
        category.setNameZh(edited.getNameZh());
        category.setNameEn(edited.getNameEn());
        flush(category.getNameEn(), category.getNameZh());
        events.record(CatalogStructureEvents.category(
                "renamed",
                category.getId(),
                category.getSlug(),
                category.getParentId(),
                category.getParentId(),
                tree().subtree(category.getId()),
                actor()));
        return category;
    }

    /**
     * Moves a category under another parent (null: to the top level) at the given place among its new
     * siblings; with the same parent this reorders the siblings. Its products and descendants move with it.
     * Refused when the category would end up under itself or one of its descendants, or when its new
     * ancestors already give one of the attributes its subtree defines.
     */
    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public Category moveCategory(long id, long version, Long newParentId, int index) {
        Category category = existingCategory(id);
        current(category, version);
        CategoryTree tree = tree();
        Map<Long, Integer> positions = tree.move(id, newParentId, index);
        Long oldParentId = category.getParentId();
        if (!Objects.equals(oldParentId, newParentId)) {
            requireNoAttributeClash(tree, id, newParentId);
            category.setParent(newParentId == null ? null : existingCategory(newParentId));
        }
        positions.forEach((categoryId, position) -> existingCategory(categoryId).setPosition(position));
        flush(category.getNameEn(), category.getNameZh());
        events.record(CatalogStructureEvents.category(
                Objects.equals(oldParentId, newParentId) ? "reordered" : "moved",
                id,
                category.getSlug(),
                oldParentId,
                newParentId,
                tree.subtree(id),
                actor()));
        return category;
    }

    /** Deletes a category that holds no products and no child categories; its siblings close the gap. */
    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public void deleteCategory(long id, long version) {
        Category category = existingCategory(id);
        current(category, version);
        CategoryTree tree = tree();
        if (!tree.children(id).isEmpty()) {
            throw new BusinessRuleViolation("catalog.category.hasChildren", category.getNameEn(), category.getNameZh());
        }
        long products = em.createQuery("SELECT COUNT(p) FROM Product p WHERE p.categoryId = :id", Long.class)
                .setParameter("id", id)
                .getSingleResult();
        if (products > 0) {
            throw new BusinessRuleViolation(
                    "catalog.category.hasProducts", category.getNameEn(), category.getNameZh(), products);
        }
        Long parentId = category.getParentId();
        em.createQuery("DELETE FROM CategoryAttribute ca WHERE ca.category.id = :id")
                .setParameter("id", id)
                .executeUpdate();
        em.remove(category);
        List<Long> siblings = new ArrayList<>(tree.children(parentId));
        siblings.remove(id);
        for (int position = 0; position < siblings.size(); position++) {
            Category sibling = existingCategory(siblings.get(position));
            if (sibling.getPosition() != position) {
                sibling.setPosition(position);
            }
        }
        flush(category.getNameEn(), category.getNameZh());
        events.record(CatalogStructureEvents.category(
                "deleted", id, category.getSlug(), parentId, null, List.of(id), actor()));
    }

    // ---------------------------------------------------------------- attribute sets

    /**
     * The attributes a product of the category is described by: the lines of its ancestors, the root's
     * first, then its own, each group in its order; every line says where it comes from.
     */
    public List<AttributeSetLine> attributeSet(long categoryId) {
        Category category = existingCategory(categoryId);
        List<Long> path = new ArrayList<>(tree().ancestors(categoryId));
        path.add(categoryId);
        Map<Long, Category> byId = em.createQuery("SELECT c FROM Category c WHERE c.id IN :ids", Category.class)
                .setParameter("ids", path)
                .getResultStream()
                .collect(Collectors.toMap(Category::getId, Function.identity()));
        Map<Long, List<CategoryAttribute>> lines = em.createQuery(
                        "SELECT ca FROM CategoryAttribute ca WHERE ca.category.id IN :ids"
                                + " ORDER BY ca.position, ca.attribute.code",
                        CategoryAttribute.class)
                .setParameter("ids", path)
                .getResultStream()
                .collect(Collectors.groupingBy(ca -> ca.getCategory().getId()));
        List<AttributeSetLine> result = new ArrayList<>();
        for (Long origin : path) {
            Category from = byId.get(origin);
            for (CategoryAttribute line : lines.getOrDefault(origin, List.of())) {
                Attribute a = line.getAttribute();
                result.add(new AttributeSetLine(
                        a.getId(),
                        a.getCode(),
                        a.getNameZh(),
                        a.getNameEn(),
                        a.getKind(),
                        line.isVariant(),
                        line.isRequired(),
                        line.getPosition(),
                        origin,
                        from.getNameZh(),
                        from.getNameEn(),
                        !origin.equals(category.getId())));
            }
        }
        return result;
    }

    /**
     * Adds an attribute at the end of the category's own set. Refused when the category already has it
     * (itself or from an ancestor) or a descendant defines it, since a product would then meet it twice,
     * and when a variant axis is not an enumerated attribute.
     */
    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public List<AttributeSetLine> addToAttributeSet(
            long categoryId, long attributeId, boolean variant, boolean required) {
        Category category = existingCategory(categoryId);
        Attribute attribute = existingAttribute(attributeId);
        requireVariantAxisAllowed(attribute, variant);
        CategoryTree tree = tree();
        List<Long> path = new ArrayList<>(tree.ancestors(categoryId));
        path.add(categoryId);
        ownLinesOf(path, attributeId).stream().findFirst().ifPresent(line -> {
            throw new BusinessRuleViolation(
                    "catalog.attributeSet.duplicate",
                    attribute.getNameEn(),
                    line.getCategory().getNameEn(),
                    attribute.getNameZh(),
                    line.getCategory().getNameZh());
        });
        List<Long> below = new ArrayList<>(tree.subtree(categoryId));
        below.remove(categoryId);
        ownLinesOf(below, attributeId).stream().findFirst().ifPresent(line -> {
            throw new BusinessRuleViolation(
                    "catalog.attributeSet.inDescendant",
                    attribute.getNameEn(),
                    line.getCategory().getNameEn(),
                    attribute.getNameZh(),
                    line.getCategory().getNameZh());
        });
        int position = ownLines(categoryId).size();
        em.persist(new CategoryAttribute(category, attribute, position, variant, required));
        touch(category);
        flush(category.getNameEn(), category.getNameZh());
        events.record(CatalogStructureEvents.attribute(
                "added-to-set", attributeId, attribute.getCode(), null, categoryId, actor()));
        return attributeSet(categoryId);
    }

    /** Changes whether a line of the category's own set is a variant axis and whether it must be filled. */
    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public List<AttributeSetLine> changeAttributeSetLine(
            long categoryId, long attributeId, boolean variant, boolean required) {
        CategoryAttribute line = ownLine(categoryId, attributeId);
        requireVariantAxisAllowed(line.getAttribute(), variant);
        line.setVariant(variant);
        line.setRequired(required);
        touch(line.getCategory());
        flush(line.getCategory().getNameEn(), line.getCategory().getNameZh());
        events.record(CatalogStructureEvents.attribute(
                "set-line-changed", attributeId, line.getAttribute().getCode(), null, categoryId, actor()));
        return attributeSet(categoryId);
    }

    /** Puts a line of the category's own set at another place; the own lines are renumbered. */
    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public List<AttributeSetLine> moveInAttributeSet(long categoryId, long attributeId, int index) {
        CategoryAttribute moved = ownLine(categoryId, attributeId);
        List<CategoryAttribute> ordered = Ordering.moveTo(ownLines(categoryId), moved, index);
        for (int position = 0; position < ordered.size(); position++) {
            ordered.get(position).setPosition(position);
        }
        touch(moved.getCategory());
        flush(moved.getCategory().getNameEn(), moved.getCategory().getNameZh());
        events.record(CatalogStructureEvents.attribute(
                "set-reordered", attributeId, moved.getAttribute().getCode(), null, categoryId, actor()));
        return attributeSet(categoryId);
    }

    /** Takes an attribute out of the category's own set; values products already have stay. */
    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public List<AttributeSetLine> removeFromAttributeSet(long categoryId, long attributeId) {
        CategoryAttribute line = ownLine(categoryId, attributeId);
        Category category = line.getCategory();
        em.remove(line);
        List<CategoryAttribute> rest = new ArrayList<>(ownLines(categoryId));
        rest.remove(line);
        for (int position = 0; position < rest.size(); position++) {
            rest.get(position).setPosition(position);
        }
        touch(category);
        flush(category.getNameEn(), category.getNameZh());
        events.record(CatalogStructureEvents.attribute(
                "removed-from-set", attributeId, line.getAttribute().getCode(), null, categoryId, actor()));
        return attributeSet(categoryId);
    }

    // ---------------------------------------------------------------- attributes

    /** Every attribute with its options, in their order. */
    public List<Attribute> attributes() {
        return em.createQuery("SELECT a FROM Attribute a ORDER BY a.position, a.code", Attribute.class)
                .getResultList();
    }

    public Optional<Attribute> attribute(long id) {
        return Optional.ofNullable(em.find(Attribute.class, id));
    }

    /** Creates an attribute from the draft's code, names, kind, unit and filterability, after the others. */
    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public Attribute createAttribute(Attribute draft) {
        requireFreeAttributeCode(draft.getCode(), null);
        Attribute attribute = new Attribute(draft.getCode(), draft.getNameZh(), draft.getNameEn(), draft.getKind());
        attribute.setUnit(blankToNull(draft.getUnit()));
        attribute.setFilterable(draft.isFilterable());
        Number last = (Number)
                em.createQuery("SELECT MAX(a.position) FROM Attribute a").getSingleResult();
        attribute.setPosition(last == null ? 0 : last.intValue() + 1);
        em.persist(attribute);
        em.flush();
        events.record(CatalogStructureEvents.attribute(
                "created", attribute.getId(), attribute.getCode(), null, null, actor()));
        return attribute;
    }

    /**
     * Saves an attribute's code, names, unit, filterability and kind. The kind changes only while nothing
     * uses the attribute and it has no options: values already given would no longer fit it.
     */
    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public Attribute saveAttribute(Attribute edited) {
        Attribute attribute = current(existingAttribute(edited.getId()), edited.getVersion());
        requireFreeAttributeCode(edited.getCode(), attribute.getId());
        if (edited.getKind() != null && edited.getKind() != attribute.getKind()) {
            if (!attribute.getOptions().isEmpty()) {
                throw new BusinessRuleViolation(
                        "catalog.attribute.kind.hasOptions", attribute.getNameEn(), attribute.getNameZh());
            }
            if (isInAnySet(attribute.getId()) || productsUsing(attribute.getId()) > 0) {
                throw new BusinessRuleViolation(
                        "catalog.attribute.kind.inUse", attribute.getNameEn(), attribute.getNameZh());
            }
            attribute.setKind(edited.getKind());
        }
        attribute.setCode(edited.getCode());
        attribute.setNameZh(edited.getNameZh());
        attribute.setNameEn(edited.getNameEn());
        attribute.setUnit(blankToNull(edited.getUnit()));
        attribute.setFilterable(edited.isFilterable());
        flush(attribute.getNameEn(), attribute.getNameZh());
        events.record(CatalogStructureEvents.attribute(
                "changed", attribute.getId(), attribute.getCode(), null, null, actor()));
        return attribute;
    }

    /** Deletes an attribute that no category set, product or SKU uses. */
    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public void deleteAttribute(long id, long version) {
        Attribute attribute = current(existingAttribute(id), version);
        em.createQuery(
                        "SELECT ca.category FROM CategoryAttribute ca WHERE ca.attribute.id = :id ORDER BY ca.category.id",
                        Category.class)
                .setParameter("id", id)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .ifPresent(c -> {
                    throw new BusinessRuleViolation(
                            "catalog.attribute.inAttributeSet",
                            attribute.getNameEn(),
                            c.getNameEn(),
                            attribute.getNameZh(),
                            c.getNameZh());
                });
        long products = productsUsing(id);
        if (products > 0) {
            throw new BusinessRuleViolation(
                    "catalog.attribute.inUse", attribute.getNameEn(), attribute.getNameZh(), products);
        }
        em.remove(attribute);
        flush(attribute.getNameEn(), attribute.getNameZh());
        events.record(CatalogStructureEvents.attribute("deleted", id, attribute.getCode(), null, null, actor()));
    }

    /** Adds an option at the end of an enumerated attribute's list. */
    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public Attribute addOption(long attributeId, long version, String code, String labelZh, String labelEn) {
        Attribute attribute = current(existingAttribute(attributeId), version);
        AttributeOption option = attribute.addOption(code, labelZh, labelEn);
        em.lock(attribute, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        flush(attribute.getNameEn(), attribute.getNameZh());
        events.record(CatalogStructureEvents.attribute(
                "option-added", attributeId, attribute.getCode(), option.getId(), null, actor()));
        return attribute;
    }

    /** Changes the labels of an option; products show the new labels at once. */
    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public Attribute relabelOption(long attributeId, long version, long optionId, String labelZh, String labelEn) {
        Attribute attribute = current(existingAttribute(attributeId), version);
        AttributeOption option = existingOption(attribute, optionId);
        option.setLabelZh(labelZh);
        option.setLabelEn(labelEn);
        em.lock(attribute, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        flush(attribute.getNameEn(), attribute.getNameZh());
        events.record(CatalogStructureEvents.attribute(
                "option-relabelled", attributeId, attribute.getCode(), optionId, null, actor()));
        return attribute;
    }

    /** Puts an option at another place in the list (the order of swatches, size charts and facets). */
    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public Attribute moveOption(long attributeId, long version, long optionId, int index) {
        Attribute attribute = current(existingAttribute(attributeId), version);
        List<AttributeOption> ordered =
                Ordering.moveTo(attribute.getOptions(), existingOption(attribute, optionId), index);
        for (int position = 0; position < ordered.size(); position++) {
            ordered.get(position).setPosition(position);
        }
        em.lock(attribute, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        flush(attribute.getNameEn(), attribute.getNameZh());
        events.record(CatalogStructureEvents.attribute(
                "option-moved", attributeId, attribute.getCode(), optionId, null, actor()));
        em.refresh(attribute);
        return attribute;
    }

    /** Removes an option no product and no SKU has; the others close the gap. */
    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public Attribute removeOption(long attributeId, long version, long optionId) {
        Attribute attribute = current(existingAttribute(attributeId), version);
        AttributeOption option = existingOption(attribute, optionId);
        long products = em.createQuery(
                        "SELECT COUNT(DISTINCT pa.product) FROM ProductAttribute pa WHERE pa.option.id = :option",
                        Long.class)
                .setParameter("option", optionId)
                .getSingleResult();
        long skus = em.createQuery("SELECT COUNT(so) FROM SkuOption so WHERE so.option.id = :option", Long.class)
                .setParameter("option", optionId)
                .getSingleResult();
        if (products + skus > 0) {
            throw new BusinessRuleViolation(
                    "catalog.attribute.option.inUse", option.getLabelEn(), option.getLabelZh(), products, skus);
        }
        attribute.removeOption(option.getCode());
        List<AttributeOption> rest = attribute.getOptions();
        for (int position = 0; position < rest.size(); position++) {
            rest.get(position).setPosition(position);
        }
        em.lock(attribute, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        flush(attribute.getNameEn(), attribute.getNameZh());
        events.record(CatalogStructureEvents.attribute(
                "option-removed", attributeId, attribute.getCode(), optionId, null, actor()));
        return attribute;
    }

    // ---------------------------------------------------------------- brands

    public List<Brand> brands() {
        return em.createQuery("SELECT b FROM Brand b ORDER BY b.position, b.nameEn, b.id", Brand.class)
                .getResultList();
    }

    public Optional<Brand> brand(long id) {
        return Optional.ofNullable(em.find(Brand.class, id));
    }

    /**
     * Creates a brand from the draft's slug, names, story (sanitised) and position, with the logo stored
     * earlier by {@link MediaLibrary#store} (null: none).
     */
    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public Brand createBrand(Brand draft, Long logoId) {
        requireFreeBrandSlug(draft.getSlug(), null);
        Brand brand = new Brand(draft.getSlug(), draft.getNameZh(), draft.getNameEn());
        copyBrand(draft, logoId, brand);
        em.persist(brand);
        em.flush();
        events.record(CatalogStructureEvents.brand("created", brand.getId(), brand.getSlug(), actor()));
        return brand;
    }

    /** Saves a brand's slug, names, story (sanitised), position and logo (null: none). */
    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public Brand saveBrand(Brand edited, Long logoId) {
        Brand brand = current(existingBrand(edited.getId()), edited.getVersion());
        requireFreeBrandSlug(edited.getSlug(), brand.getId());
        brand.setSlug(edited.getSlug());
        brand.setNameZh(edited.getNameZh());
        brand.setNameEn(edited.getNameEn());
        copyBrand(edited, logoId, brand);
        flush(brand.getNameEn(), brand.getNameZh());
        events.record(CatalogStructureEvents.brand("changed", brand.getId(), brand.getSlug(), actor()));
        return brand;
    }

    /** Deletes a brand no product carries. */
    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public void deleteBrand(long id, long version) {
        Brand brand = current(existingBrand(id), version);
        long products = em.createQuery("SELECT COUNT(p) FROM Product p WHERE p.brandId = :id", Long.class)
                .setParameter("id", id)
                .getSingleResult();
        if (products > 0) {
            throw new BusinessRuleViolation(
                    "catalog.brand.hasProducts", brand.getNameEn(), brand.getNameZh(), products);
        }
        em.remove(brand);
        flush(brand.getNameEn(), brand.getNameZh());
        events.record(CatalogStructureEvents.brand("deleted", id, brand.getSlug(), actor()));
    }

    private void copyBrand(Brand from, Long logoId, Brand to) {
        to.setStoryZh(RichText.sanitize(from.getStoryZh()));
        to.setStoryEn(RichText.sanitize(from.getStoryEn()));
        to.setPosition(from.getPosition());
        if (!Objects.equals(logoId, to.getLogoId())) {
            to.setLogo(
                    logoId == null
                            ? null
                            : Optional.ofNullable(em.find(Media.class, logoId))
                                    .orElseThrow(() -> new BusinessRuleViolation("catalog.media.notFound", logoId)));
        }
    }

    // ---------------------------------------------------------------- rules and helpers

    private CategoryTree tree() {
        return CategoryTree.of(em.createQuery("SELECT c.id, c.parentId, c.position FROM Category c", Object[].class)
                .getResultStream()
                .map(r -> new CategoryTree.Node((Long) r[0], (Long) r[1], ((Number) r[2]).intValue()))
                .toList());
    }

    /**
     * A category's subtree may not define an attribute that its new ancestors already give: the products
     * below would meet it twice.
     */
    private void requireNoAttributeClash(CategoryTree tree, long id, Long newParentId) {
        if (newParentId == null) {
            return;
        }
        List<Long> above = new ArrayList<>(tree.ancestors(newParentId));
        above.add(newParentId);
        List<Long> below = tree.subtree(id);
        Set<Long> aboveAttributes = em.createQuery(
                        "SELECT ca.attribute.id FROM CategoryAttribute ca WHERE ca.category.id IN :ids", Long.class)
                .setParameter("ids", above)
                .getResultStream()
                .collect(Collectors.toSet());
        if (aboveAttributes.isEmpty()) {
            return;
        }
        em.createQuery("SELECT ca FROM CategoryAttribute ca WHERE ca.category.id IN :ids", CategoryAttribute.class)
                .setParameter("ids", below)
                .getResultStream()
                .filter(ca -> aboveAttributes.contains(ca.getAttribute().getId()))
                .findFirst()
                .ifPresent(ca -> {
                    throw new BusinessRuleViolation(
                            "catalog.category.move.attributeClash",
                            ca.getAttribute().getNameEn(),
                            ca.getAttribute().getNameZh());
                });
    }

    private List<CategoryAttribute> ownLines(long categoryId) {
        return em.createQuery(
                        "SELECT ca FROM CategoryAttribute ca WHERE ca.category.id = :id"
                                + " ORDER BY ca.position, ca.attribute.code",
                        CategoryAttribute.class)
                .setParameter("id", categoryId)
                .getResultList();
    }

    private List<CategoryAttribute> ownLinesOf(List<Long> categoryIds, long attributeId) {
        if (categoryIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT ca FROM CategoryAttribute ca WHERE ca.category.id IN :ids AND ca.attribute.id = :a",
                        CategoryAttribute.class)
                .setParameter("ids", categoryIds)
                .setParameter("a", attributeId)
                .getResultList();
    }

    private CategoryAttribute ownLine(long categoryId, long attributeId) {
        existingCategory(categoryId);
        return ownLines(categoryId).stream()
                .filter(ca -> ca.getAttribute().getId() == attributeId)
                .findFirst()
                .orElseThrow(() -> new BusinessRuleViolation("catalog.attributeSet.lineNotFound"));
    }

    private static void requireVariantAxisAllowed(Attribute attribute, boolean variant) {
        if (variant && !attribute.getKind().hasOptions()) {
            throw new BusinessRuleViolation(
                    "catalog.attributeSet.variant.enumOnly", attribute.getNameEn(), attribute.getNameZh());
        }
    }

    private boolean isInAnySet(long attributeId) {
        return !em.createQuery("SELECT ca.position FROM CategoryAttribute ca WHERE ca.attribute.id = :id")
                .setParameter("id", attributeId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** How many products have a value of the attribute or SKUs varying by it. */
    private long productsUsing(long attributeId) {
        long values = em.createQuery(
                        "SELECT COUNT(pa) FROM ProductAttribute pa WHERE pa.attribute.id = :id", Long.class)
                .setParameter("id", attributeId)
                .getSingleResult();
        long skuAxes = em.createQuery(
                        "SELECT COUNT(DISTINCT so.sku.product) FROM SkuOption so WHERE so.attribute.id = :id",
                        Long.class)
                .setParameter("id", attributeId)
                .getSingleResult();
        return values + skuAxes;
    }

    /** A change to a category's attribute set counts as a change of the category, for optimistic locking. */
    private void touch(Category category) {
        em.lock(category, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private Category existingCategory(long id) {
        return Optional.ofNullable(em.find(Category.class, id))
                .orElseThrow(() -> new BusinessRuleViolation("catalog.category.notFound", id));
    }

    private Attribute existingAttribute(long id) {
        return Optional.ofNullable(em.find(Attribute.class, id))
                .orElseThrow(() -> new BusinessRuleViolation("catalog.attribute.notFound", id));
    }

    private static AttributeOption existingOption(Attribute attribute, long optionId) {
        return attribute
                .option(optionId)
                .orElseThrow(() -> new BusinessRuleViolation("catalog.attribute.option.notFound"));
    }

    private Brand existingBrand(long id) {
        return Optional.ofNullable(em.find(Brand.class, id))
                .orElseThrow(() -> new BusinessRuleViolation("catalog.brand.notFound", id));
    }

    /** The stored category, if nobody changed it since the caller read the given version. */
    private static Category current(Category stored, long expectedVersion) {
        requireVersion(stored.getVersion(), expectedVersion, stored.getNameEn(), stored.getNameZh());
        return stored;
    }

    private static Attribute current(Attribute stored, long expectedVersion) {
        requireVersion(stored.getVersion(), expectedVersion, stored.getNameEn(), stored.getNameZh());
        return stored;
    }

    private static Brand current(Brand stored, long expectedVersion) {
        requireVersion(stored.getVersion(), expectedVersion, stored.getNameEn(), stored.getNameZh());
        return stored;
    }

    private static void requireVersion(long stored, long expected, String nameEn, String nameZh) {
        if (stored != expected) {
            throw new BusinessRuleViolation("catalog.structure.changedMeanwhile", nameEn, nameZh);
        }
    }

    /** Writes now, so that a concurrent change shows as the "changed meanwhile" message, not as a crash. */
    private void flush(String nameEn, String nameZh) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new BusinessRuleViolation("catalog.structure.changedMeanwhile", nameEn, nameZh);
        }
    }

    private void requireFreeCategorySlug(String slug, Long ownId) {
        boolean taken = em.createQuery("SELECT c.id FROM Category c WHERE c.slug = :slug", Long.class)
                .setParameter("slug", slug)
                .getResultStream()
                .anyMatch(id -> !id.equals(ownId));
        if (taken) {
            throw new BusinessRuleViolation("catalog.category.slug.taken", slug);
        }
    }

    private void requireFreeBrandSlug(String slug, Long ownId) {
        boolean taken = em.createQuery("SELECT b.id FROM Brand b WHERE b.slug = :slug", Long.class)
                .setParameter("slug", slug)
                .getResultStream()
                .anyMatch(id -> !id.equals(ownId));
        if (taken) {
            throw new BusinessRuleViolation("catalog.brand.slug.taken", slug);
        }
    }

    private void requireFreeAttributeCode(String code, Long ownId) {
        boolean taken = em.createQuery("SELECT a.id FROM Attribute a WHERE a.code = :code", Long.class)
                .setParameter("code", code)
                .getResultStream()
                .anyMatch(id -> !id.equals(ownId));
        if (taken) {
            throw new BusinessRuleViolation("catalog.attribute.code.taken", code);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private String actor() {
        return session.getCallerPrincipal() == null
                ? "system"
                : session.getCallerPrincipal().getName();
    }
}
