package org.emporium.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emporium.catalog.entity.Category;
import org.emporium.catalog.entity.Product;
import org.emporium.catalog.entity.Sku;
import org.emporium.catalog.entity.SkuOption;

/** SKUs by code, read fresh from the database (no cache): what carts show and what orders copy at submission. */
@Stateless
public class Skus {

    @PersistenceContext
    EntityManager em;

    /** The SKUs of the given codes that exist, by code; an unknown code is simply absent. */
    public Map<String, SaleableSku> byCode(Collection<String> codes) {
        Map<String, SaleableSku> found = new LinkedHashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Sku> skus = em.createQuery("SELECT s FROM Sku s JOIN FETCH s.product WHERE s.code IN :codes", Sku.class)
                .setParameter("codes", codes)
                .getResultList();
        for (Sku sku : skus) {
            Product product = sku.getProduct();
            List<SaleableSku.Option> options = sku.getOptions().stream()
                    .map(SkuOption::getOption)
                    .map(o -> new SaleableSku.Option(
                            o.getAttribute().getCode(),
                            o.getAttribute().getNameZh(),
                            o.getAttribute().getNameEn(),
                            o.getCode(),
                            o.getLabelZh(),
                            o.getLabelEn()))
                    .toList();
            found.put(
                    sku.getCode(),
                    new SaleableSku(
                            product.getId(),
                            product.getSlug(),
                            sku.getCode(),
                            product.getNameZh(),
                            product.getNameEn(),
                            sku.getSpecZh(),
                            sku.getSpecEn(),
                            options,
                            sku.price(),
                            sku.listPrice(),
                            sku.getWeightGrams(),
                            product.isVisibleAt(now)));
        }
        return found;
    }

    /** The codes of the SKUs of these products, at most {@code max}; promotions check their margin floor on them. */
    public List<String> codesOf(Collection<Long> productIds, int max) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s.code FROM Sku s WHERE s.product.id IN :ids ORDER BY s.code", String.class)
                .setParameter("ids", productIds)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * What the SKUs of these codes cost the retailer, by code, for those whose cost is known; promotions compare
     * discounted prices with it. Kept out of {@link SaleableSku}: carts and orders never see a cost.
     */
    public Map<String, java.math.BigDecimal> costs(Collection<String> codes) {
        Map<String, java.math.BigDecimal> costs = new HashMap<>();
        if (codes.isEmpty()) {
            return costs;
        }
        for (Object[] row : em.createQuery(
                        "SELECT s.code, s.costPrice FROM Sku s WHERE s.code IN :codes AND s.costPrice IS NOT NULL",
                        Object[].class)
                .setParameter("codes", codes)
                .getResultList()) {
            costs.put((String) row[0], (java.math.BigDecimal) row[1]);
        }
        return costs;
    }

    /**
     * Where the given products are filed (category path and brand), by product id; promotions scoped by
     * category or brand ask this. An unknown id is simply absent.
     */
    public Map<Long, ProductPlacement> placement(Collection<Long> productIds) {
        Map<Long, ProductPlacement> found = new LinkedHashMap<>();
        if (productIds.isEmpty()) {
            return found;
        }
        Map<Long, Long> parents = new HashMap<>();
        for (Category c :
                em.createQuery("SELECT c FROM Category c", Category.class).getResultList()) {
            parents.put(c.getId(), c.getParentId());
        }
        List<Object[]> rows = em.createQuery(
                        "SELECT p.id, p.category.id, p.brandId FROM Product p WHERE p.id IN :ids", Object[].class)
                .setParameter("ids", productIds)
                .getResultList();
        for (Object[] row : rows) {
            List<Long> path = new ArrayList<>();
            Long category = (Long) row[1];
            while (category != null && !path.contains(category)) {
                path.add(category);
                category = parents.get(category);
            }
            found.put((Long) row[0], new ProductPlacement((Long) row[0], path, (Long) row[2]));
        }
        return found;
    }
}
