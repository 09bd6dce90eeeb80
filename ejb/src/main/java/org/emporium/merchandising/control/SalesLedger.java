package org.emporium.merchandising.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sales lines and "also bought" pairs in the database, written with plain SQL: counters are raised by
 * UPDATE ... SET n = n + 1 and rows created by INSERT ... ON CONFLICT DO NOTHING, so two orders recorded at
 * once on two nodes both count. The catalogue's product and category tables are read (never written) to
 * limit rankings to products on sale in a category's subtree.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SalesLedger {

    @PersistenceContext
    EntityManager em;

    /** Records the lines of an order; an order already recorded (same order id) adds nothing. */
    public boolean record(OrderPlaced order) {
        int inserted = 0;
        int lineNo = 1;
        for (OrderPlaced.Line line : order.lines()) {
            inserted += em.createNativeQuery(
                            "INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity,"
                                    + " placed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING")
                    .setParameter(1, order.orderId())
                    .setParameter(2, lineNo++)
                    .setParameter(3, line.productId())
                    .setParameter(4, line.skuCode())
                    .setParameter(5, line.quantity())
                    .setParameter(6, order.placedAt())
                    .executeUpdate();
        }
        if (inserted == 0) {
            return false;
        }
        List<Long> products =
                order.lines().stream().map(OrderPlaced.Line::productId).toList();
        for (CoPurchases.Pair pair : CoPurchases.pairs(products)) {
            countPair(pair);
        }
        return true;
    }

    private void countPair(CoPurchases.Pair pair) {
        if (increment(pair) == 1) {
            return;
        }
        int created = em.createNativeQuery(
                        "INSERT INTO also_bought (product_id, other_id, orders) VALUES (?1, ?2, 1) ON CONFLICT DO NOTHING")
                .setParameter(1, pair.productId())
                .setParameter(2, pair.otherId())
                .executeUpdate();
        if (created == 0) {
            // Another transaction created the row between our UPDATE and INSERT: now it is there to raise.
            increment(pair);
        }
    }

    private int increment(CoPurchases.Pair pair) {
        return em.createNativeQuery(
                        "UPDATE also_bought SET orders = orders + 1 WHERE product_id = ?1 AND other_id = ?2")
                .setParameter(1, pair.productId())
                .setParameter(2, pair.otherId())
                .executeUpdate();
    }

    /** Units and orders per product on sale, sold since the given instant, in the given categories (all when null). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SalesTotal> totalsSince(OffsetDateTime since, List<Long> categoryIds) {
        if (categoryIds != null && categoryIds.isEmpty()) {
            return List.of();
        }
        StringBuilder sql =
                new StringBuilder("SELECT s.product_id, SUM(s.quantity), COUNT(DISTINCT s.order_id) FROM sales_line s"
                        + " JOIN product p ON p.id = s.product_id"
                        + " WHERE s.placed_at >= ?1 AND p.status = 'ON_SALE'");
        if (categoryIds != null) {
            sql.append(" AND p.category_id IN (");
            for (int i = 0; i < categoryIds.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(categoryIds.get(i).longValue());
            }
            sql.append(')');
        }
        sql.append(" GROUP BY s.product_id");
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(sql.toString()).setParameter(1, since).getResultList();
        List<SalesTotal> totals = new ArrayList<>();
        for (Object[] row : rows) {
            totals.add(new SalesTotal(
                    ((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return totals;
    }

    /** A category and every category below it, from the catalogue's tree. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> subtree(long categoryId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery("SELECT id, parent_id FROM category").getResultList();
        Map<Long, List<Long>> children = new HashMap<>();
        boolean exists = false;
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            exists |= id == categoryId;
            if (row[1] != null) {
                children.computeIfAbsent(((Number) row[1]).longValue(), k -> new ArrayList<>())
                        .add(id);
            }
        }
        return exists ? CategoryTree.subtree(categoryId, children) : List.of();
    }

    /** The products most often bought together with this one, on sale, most orders first, then by id. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> alsoBought(long productId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(
                        "SELECT a.other_id FROM also_bought a JOIN product p ON p.id = a.other_id"
                                + " WHERE a.product_id = ?1 AND p.status = 'ON_SALE' ORDER BY a.orders DESC, a.other_id")
                .setParameter(1, productId)
                .setMaxResults(limit)
                .getResultList();
        return ids.stream().map(n -> ((Number) n).longValue()).toList();
    }

    /** How many orders held both products: what the back office and the tests check. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long pairCount(long productId, long otherId) {
        @SuppressWarnings("unchecked")
        List<Object> found = em.createNativeQuery(
                        "SELECT orders FROM also_bought WHERE product_id = ?1 AND other_id = ?2")
                .setParameter(1, productId)
                .setParameter(2, otherId)
                .getResultList();
        return found.isEmpty() ? 0 : ((Number) found.get(0)).longValue();
    }
}
