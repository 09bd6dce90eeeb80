package org.emporium.inventory.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.emporium.inventory.entity.WarehouseStock;

/**
 * Finds and locks stock rows. Locks are always taken one row at a time in one order: SKU code, then the
 * warehouse's priority, then the row's id. Two transactions that want overlapping rows therefore queue
 * rather than deadlock, and the second sees the first's committed quantities when its lock is granted.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class StockRows {

    @PersistenceContext
    EntityManager em;

    /** The ids of a SKU's rows in active warehouses, in locking order. Reads without locks. */
    public List<Long> candidates(String skuCode) {
        return em.createQuery(
                        "SELECT s.id FROM WarehouseStock s, Warehouse w WHERE w.id = s.warehouseId"
                                + " AND w.active = TRUE AND s.skuCode = :sku ORDER BY w.priority, s.id",
                        Long.class)
                .setParameter("sku", skuCode)
                .getResultList();
    }

    /**
     * What a SKU has available in active warehouses as last committed, read without locks: enough to turn
     * away a buyer of a sold-out SKU at once instead of queueing them behind every lock holder (a flash sale
     * of one SKU would otherwise keep hundreds of buyers waiting on one row). A buyer it lets through still
     * takes the locks and checks again.
     */
    public long committedAvailable(String skuCode) {
        Long available = em.createQuery(
                        "SELECT SUM(s.onHand - s.reserved) FROM WarehouseStock s, Warehouse w WHERE w.id = s.warehouseId"
                                + " AND w.active = TRUE AND s.skuCode = :sku",
                        Long.class)
                .setParameter("sku", skuCode)
                .getSingleResult();
        return available == null ? 0 : available;
    }

    /** The row with its lock (SELECT ... FOR UPDATE), read fresh from the database. */
    public WarehouseStock lock(long stockId) {
        WarehouseStock stock = em.find(WarehouseStock.class, stockId, LockModeType.PESSIMISTIC_WRITE);
        if (stock == null) {
            throw new IllegalStateException("No stock row " + stockId);
        }
        return stock;
    }
}
