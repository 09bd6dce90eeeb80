package org.emporium.catalog.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.emporium.catalog.control.ProductUpsert;
import org.emporium.catalog.control.SkuMatrix;
import org.emporium.catalog.entity.Attribute;
import org.emporium.catalog.entity.Brand;
import org.emporium.catalog.entity.Category;
import org.emporium.platform.events.DomainEvents;

/**
 * Bulk creation and update of products, for the product import: a chunk of drafts is written with
 * set-based JDBC in the caller's transaction, with one {@code catalog.product-changed} event per product
 * in the same transaction. Rows that break a rule come back as rejections; the others are written.
 */
@Stateless
@DeclareRoles(Catalog.CATALOG_MANAGER)
public class ProductImport {

    /** More SKUs than one row may give; the import checks it before the writer does. */
    public static final int MAX_SKUS_PER_PRODUCT = SkuMatrix.MAX_COMBINATIONS;

    private static final Logger LOG = Logger.getLogger(ProductImport.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "jdbc/emporium")
    DataSource database;

    @Inject
    DomainEvents events;

    @Resource
    SessionContext session;

    /** The codes a file may name, with their names for the template's reference sheet. */
    public CatalogCodes codes() {
        List<CatalogCodes.Code> categories = em.createQuery("SELECT c FROM Category c ORDER BY c.slug", Category.class)
                .getResultStream()
                .map(c -> new CatalogCodes.Code(c.getSlug(), c.getNameZh(), c.getNameEn()))
                .toList();
        List<CatalogCodes.Code> brands = em.createQuery("SELECT b FROM Brand b ORDER BY b.slug", Brand.class)
                .getResultStream()
                .map(b -> new CatalogCodes.Code(b.getSlug(), b.getNameZh(), b.getNameEn()))
                .toList();
        Set<String> axes = new HashSet<>(em.createQuery(
                        "SELECT DISTINCT ca.attribute.code FROM CategoryAttribute ca WHERE ca.variant = TRUE",
                        String.class)
                .getResultList());
        List<CatalogCodes.AttributeCodes> attributes = attributes().stream()
                .map(a -> new CatalogCodes.AttributeCodes(
                        new CatalogCodes.Code(a.getCode(), a.getNameZh(), a.getNameEn()),
                        a.getKind(),
                        a.getUnit(),
                        axes.contains(a.getCode()),
                        a.getOptions().stream()
                                .map(o -> new CatalogCodes.Code(o.getCode(), o.getLabelZh(), o.getLabelEn()))
                                .toList()))
                .toList();
        return new CatalogCodes(categories, brands, attributes);
    }

    /**
     * Creates the products whose slug is new and updates the others, with their SKUs (by code), variant
     * options and attribute values. Rows rejected here (a SKU code or barcode of another product, a
     * status change the rules forbid) are reported, not written; the rest of the chunk is.
     */
    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public ImportOutcome write(List<ImportedProduct> drafts) {
        if (drafts.isEmpty()) {
            return new ImportOutcome(0, 0, 0, List.of(), 0);
        }
        ProductUpsert.Reference reference = reference();
        ProductUpsert.Outcome outcome;
        try (Connection connection = database.getConnection()) {
            outcome = new ProductUpsert(connection, reference, actor()).write(drafts);
        } catch (SQLException e) {
            // Rolls the chunk back: a database failure is not a fault of one row.
            throw new IllegalStateException("Writing " + drafts.size() + " imported products failed", e);
        }
        long start = System.nanoTime();
        events.recordAll(outcome.events());
        em.flush();
        long eventNanos = System.nanoTime() - start;
        LOG.fine(() -> "Imported " + outcome.created() + " new and " + outcome.updated() + " changed products");
        return new ImportOutcome(
                outcome.created(), outcome.updated(), outcome.skus(), outcome.rejected(), outcome.nanos() + eventNanos);
    }

    private ProductUpsert.Reference reference() {
        Map<String, Long> categories = new HashMap<>();
        em.createQuery("SELECT c.slug, c.id FROM Category c", Object[].class)
                .getResultList()
                .forEach(r -> categories.put((String) r[0], (Long) r[1]));
        Map<String, Long> brands = new HashMap<>();
        em.createQuery("SELECT b.slug, b.id FROM Brand b", Object[].class)
                .getResultList()
                .forEach(r -> brands.put((String) r[0], (Long) r[1]));
        Map<String, Attribute> attributes = new HashMap<>();
        attributes().forEach(a -> attributes.put(a.getCode(), a));
        return new ProductUpsert.Reference(categories, brands, attributes);
    }

    private List<Attribute> attributes() {
        return em.createQuery("SELECT a FROM Attribute a ORDER BY a.position, a.code", Attribute.class)
                .getResultList();
    }

    private String actor() {
        return session.getCallerPrincipal() == null
                ? "system"
                : session.getCallerPrincipal().getName();
    }
}
