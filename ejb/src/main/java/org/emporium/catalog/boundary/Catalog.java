package org.emporium.catalog.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.emporium.catalog.control.ProductEvents;
import org.emporium.catalog.control.RichText;
import org.emporium.catalog.entity.Category;
import org.emporium.catalog.entity.Product;
import org.emporium.catalog.entity.ProductStatus;
import org.emporium.catalog.entity.Sku;
import org.emporium.platform.events.DomainEvents;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;

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
        }
        return new ProductPage(withSkus(rows.getResultList()), count.getSingleResult());
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
            product.changeStatus(edited.getStatus());
        }
        em.flush();
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
                .getResultStream();
        if (owners.anyMatch(id -> !id.equals(ownId))) {
            throw new BusinessRuleViolation("catalog.slug.taken", slug);
        }
    }

    private void requireFreeSkuCode(String code, Long ownProductId) {
        boolean taken = em.createQuery("SELECT s.product.id FROM Sku s WHERE s.code = :code", Long.class)
                .setParameter("code", code)
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
