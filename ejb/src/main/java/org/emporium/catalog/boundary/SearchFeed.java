package org.emporium.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.emporium.catalog.control.ShelfCache;
import org.emporium.catalog.control.ShelfSql;
import org.emporium.catalog.control.ShelfStructure;
import org.emporium.catalog.control.ShelfStructure.AttributeRow;
import org.emporium.catalog.control.ShelfStructure.OptionRow;

/**
 * The catalogue as a search index reads it: one product, or every product a page at a time in id order,
 * in both languages. Products that are not on sale are answered too (with {@code onSale} false), so an
 * index can drop them. Plain SQL, like the shelf: a page of products touches a few hundred rows.
 */
@Stateless
public class SearchFeed {

    @PersistenceContext
    EntityManager em;

    @Inject
    ShelfCache cache;

    public Optional<IndexedProduct> product(long id) {
        return load(rows(
                        "SELECT p.id, p.slug, p.name_zh, p.name_en, p.description_zh, p.description_en, p.status,"
                                + " p.publish_at, p.unpublish_at, p.created_at, p.brand_id, p.category_id"
                                + " FROM product p WHERE p.id = ?1",
                        id))
                .stream()
                .findFirst();
    }

    /** Up to {@code max} products with an id above {@code lastId}, in id order. */
    public List<IndexedProduct> after(long lastId, int max) {
        Query q = em.createNativeQuery("SELECT p.id, p.slug, p.name_zh, p.name_en, p.description_zh, p.description_en,"
                        + " p.status, p.publish_at, p.unpublish_at, p.created_at, p.brand_id, p.category_id"
                        + " FROM product p WHERE p.id > ?1 ORDER BY p.id")
                .setParameter(1, lastId)
                .setMaxResults(max);
        @SuppressWarnings("unchecked")
        List<Object[]> found = q.getResultList();
        return load(found);
    }

    /** How many products there are, whatever their status: the total of a full reindex. */
    public long count() {
        return number(em.createNativeQuery("SELECT COUNT(*) FROM product").getSingleResult());
    }

    private List<IndexedProduct> load(List<Object[]> products) {
        if (products.isEmpty()) {
            return List.of();
        }
        ShelfStructure s = cache.structure(() -> Shelf.loadStructure(em));
        List<Long> ids = products.stream().map(p -> number(p[0])).toList();

        Map<Long, List<IndexedProduct.Value>> values = new HashMap<>();
        for (Object[] r : rows(ShelfSql.byIds(
                "SELECT pa.product_id, pa.attribute_id, pa.option_id, pa.text_value, pa.number_value"
                        + " FROM product_attribute pa WHERE pa.product_id IN (",
                ids,
                ")"))) {
            s.attribute(number(r[1]))
                    .flatMap(a -> value(a, r[2], r[3], r[4]))
                    .ifPresent(v -> values.computeIfAbsent(number(r[0]), k -> new ArrayList<>())
                            .add(v));
        }
        Map<Long, Set<String>> skuCodes = new HashMap<>();
        Map<Long, BigDecimal> minPrice = new HashMap<>();
        Map<Long, String> currency = new HashMap<>();
        for (Object[] r : rows(ShelfSql.byIds(
                "SELECT s.product_id, s.code, s.price, s.currency FROM sku s WHERE s.product_id IN (",
                ids,
                ") ORDER BY s.product_id, s.position, s.code"))) {
            long productId = number(r[0]);
            skuCodes.computeIfAbsent(productId, k -> new LinkedHashSet<>()).add((String) r[1]);
            BigDecimal price = (BigDecimal) r[2];
            BigDecimal lowest = minPrice.get(productId);
            if (lowest == null || price.compareTo(lowest) < 0) {
                minPrice.put(productId, price);
                currency.put(productId, ((String) r[3]).trim());
            }
        }
        Map<Long, Map<String, IndexedProduct.Value>> variants = new HashMap<>();
        for (Object[] r : rows(ShelfSql.byIds(
                "SELECT s.product_id, so.attribute_id, so.option_id FROM sku_option so JOIN sku s ON s.id = so.sku_id"
                        + " WHERE s.product_id IN (",
                ids,
                ")"))) {
            s.attribute(number(r[1]))
                    .flatMap(a -> value(a, r[2], null, null))
                    .ifPresent(v -> variants.computeIfAbsent(number(r[0]), k -> new LinkedHashMap<>())
                            .putIfAbsent(v.attributeCode() + "=" + v.optionCode(), v));
        }
        Map<Long, Long> covers = new HashMap<>();
        for (Object[] r : rows(ShelfSql.byIds(
                "SELECT i.product_id, i.media_id FROM product_image i WHERE i.position = 0 AND i.product_id IN (",
                ids,
                ")"))) {
            covers.put(number(r[0]), number(r[1]));
        }

        List<IndexedProduct> answer = new ArrayList<>();
        for (Object[] p : products) {
            long id = number(p[0]);
            List<IndexedProduct.Value> all = new ArrayList<>(values.getOrDefault(id, List.of()));
            all.addAll(variants.getOrDefault(id, Map.of()).values());
            IndexedProduct.Named brand = s.brand(p[10] == null ? null : number(p[10]))
                    .map(b -> new IndexedProduct.Named(b.slug(), b.nameZh(), b.nameEn()))
                    .orElse(null);
            List<IndexedProduct.Named> path = s.path(number(p[11])).stream()
                    .map(n -> new IndexedProduct.Named(n.slug(), n.nameZh(), n.nameEn()))
                    .toList();
            answer.add(new IndexedProduct(
                    id,
                    (String) p[1],
                    (String) p[2],
                    (String) p[3],
                    (String) p[4],
                    (String) p[5],
                    "ON_SALE".equals(((String) p[6]).trim()),
                    moment(p[7]),
                    moment(p[8]),
                    moment(p[9]),
                    brand,
                    path,
                    all,
                    List.copyOf(skuCodes.getOrDefault(id, Set.of())),
                    minPrice.get(id),
                    currency.get(id),
                    covers.get(id)));
        }
        return answer;
    }

    private static Optional<IndexedProduct.Value> value(AttributeRow a, Object optionId, Object text, Object number) {
        if (optionId != null) {
            long oid = number(optionId);
            return a.options().stream()
                    .filter(o -> o.id() == oid)
                    .findFirst()
                    .map((OptionRow o) -> new IndexedProduct.Value(
                            a.code(), a.nameZh(), a.nameEn(), o.code(), o.labelZh(), o.labelEn(), a.facet()));
        }
        if (text != null) {
            return Optional.of(new IndexedProduct.Value(
                    a.code(), a.nameZh(), a.nameEn(), null, (String) text, (String) text, false));
        }
        if (number != null) {
            String n = ((BigDecimal) number).stripTrailingZeros().toPlainString();
            String shown = a.unit() == null ? n : n + " " + a.unit();
            return Optional.of(new IndexedProduct.Value(a.code(), a.nameZh(), a.nameEn(), null, shown, shown, false));
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object parameter) {
        return em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(ShelfSql.Statement statement) {
        Query q = em.createNativeQuery(statement.sql());
        for (int i = 0; i < statement.parameters().size(); i++) {
            q.setParameter(i + 1, statement.parameters().get(i));
        }
        return q.getResultList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static OffsetDateTime moment(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value.toString());
    }
}
