package org.emporium.catalog.control;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * Keeps {@code product_option}, the options each product offers through its own attributes or any of its
 * SKUs, in step with {@code product_attribute} and {@code sku_option}: whoever changes a product's
 * attributes or SKUs refreshes its rows in the same transaction, after writing them. The storefront's
 * facets read this table alone.
 */
public final class ProductOptions {

    private ProductOptions() {}

    /**
     * The statements that rebuild the rows of {@code count} products: a delete with the ids bound once, an
     * insert with them bound twice. JPA numbers its parameters ({@code ?1}), JDBC does not ({@code ?}).
     */
    static List<String> statements(int count, boolean numbered) {
        return List.of(
                "DELETE FROM product_option WHERE product_id IN (" + marks(0, count, numbered) + ")",
                "INSERT INTO product_option (product_id, attribute_id, option_id)"
                        + " SELECT pa.product_id, pa.attribute_id, pa.option_id FROM product_attribute pa"
                        + " WHERE pa.option_id IS NOT NULL AND pa.product_id IN (" + marks(0, count, numbered) + ")"
                        + " UNION SELECT s.product_id, so.attribute_id, so.option_id FROM sku_option so"
                        + " JOIN sku s ON s.id = so.sku_id WHERE s.product_id IN (" + marks(count, count, numbered)
                        + ")");
    }

    private static String marks(int before, int count, boolean numbered) {
        StringBuilder marks = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            marks.append(i == 1 ? "?" : ", ?");
            if (numbered) {
                marks.append(before + i);
            }
        }
        return marks.toString();
    }

    /** Within a JPA transaction: call after the changes are flushed. */
    public static void refresh(EntityManager em, Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return;
        }
        for (String sql : statements(productIds.size(), true)) {
            var query = em.createNativeQuery(sql);
            int position = 1;
            int copies = sql.startsWith("DELETE") ? 1 : 2;
            for (int copy = 0; copy < copies; copy++) {
                for (Long id : productIds) {
                    query.setParameter(position++, id);
                }
            }
            query.executeUpdate();
        }
    }

    /** Within a JDBC transaction (the bulk import): after the chunk's attributes and SKU options are written. */
    public static void refresh(Connection connection, Collection<Long> productIds) throws SQLException {
        if (productIds.isEmpty()) {
            return;
        }
        for (String sql : statements(productIds.size(), false)) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int position = 1;
                int copies = sql.startsWith("DELETE") ? 1 : 2;
                for (int copy = 0; copy < copies; copy++) {
                    for (Long id : productIds) {
                        statement.setLong(position++, id);
                    }
                }
                statement.executeUpdate();
            }
        }
    }
}
