package org.emporium.inventory.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.emporium.catalog.boundary.Skus;
import org.emporium.inventory.control.Actor;
import org.emporium.inventory.control.StockEvents;
import org.emporium.inventory.control.StockRows;
import org.emporium.inventory.entity.StockMovement;
import org.emporium.inventory.entity.StockReservation;
import org.emporium.inventory.entity.Warehouse;
import org.emporium.inventory.entity.WarehouseStock;
import org.emporium.platform.events.DomainEvents;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * Stock of SKUs across warehouses. Orders reserve (all lines or none: a line that cannot be served rolls the
 * caller's transaction back), release when they are cancelled or closed and consume when they ship; the
 * warehouse receives and adjusts. Each change locks the rows it touches in one fixed order (SKU code,
 * warehouse priority, row id), changes them through the entity, which refuses to go below zero, and writes a
 * movement row in the same transaction. A change of what can be sold also writes {@code inventory.stock-changed}
 * (the search ranks sold-out products lower).
 */
@Stateless
public class Stock {

    public static final String WAREHOUSE = "warehouse";

    /** The longest reason the movement log keeps. */
    public static final int MAX_REASON = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    StockRows rows;

    @Inject
    Skus skus;

    @Inject
    DomainEvents events;

    @Resource
    SessionContext session;

    /**
     * Holds the requested quantities for a reference ({@code order:<id>}). A reference that already holds
     * stock gets its holds back unchanged, so a retried call reserves once. A SKU short of stock raises
     * {@code inventory.stock.insufficient} and nothing is held.
     */
    public List<Hold> reserve(String reference, List<StockRequest> lines) {
        List<StockReservation> existing = reservations(reference);
        if (!existing.isEmpty()) {
            return holds(existing);
        }
        Map<String, Integer> wanted = new TreeMap<>(); // sorted by SKU code: the locking order
        for (StockRequest line : lines) {
            wanted.merge(line.skuCode(), line.quantity(), Integer::sum);
        }
        refuseShortOf(wanted);
        OffsetDateTime now = now();
        String actor = Actor.of(session);
        List<StockReservation> made = new ArrayList<>();
        for (Map.Entry<String, Integer> line : wanted.entrySet()) {
            int remaining = line.getValue();
            int seen = 0;
            for (long stockId : rows.candidates(line.getKey())) {
                WarehouseStock stock = rows.lock(stockId);
                seen += stock.available();
                int take = Math.min(remaining, stock.available());
                if (take > 0) {
                    em.persist(stock.reserve(take, reference, actor, now));
                    StockReservation reservation = new StockReservation(stock, take, reference, now);
                    em.persist(reservation);
                    made.add(reservation);
                    remaining -= take;
                }
                if (remaining == 0) {
                    break;
                }
            }
            if (remaining > 0) {
                throw new BusinessRuleViolation("inventory.stock.insufficient", line.getKey(), seen);
            }
        }
        events.record(StockEvents.changed(reference, wanted.keySet()));
        return holds(made);
    }

    /**
     * Turns a buyer away at once, without taking any lock, when the last committed stock cannot serve a line
     * ({@code inventory.stock.insufficient}): a sold-out flash sale refuses its crowd before each buyer writes
     * anything. Passing is no promise; {@link #reserve} takes the locks and checks again.
     */
    public void refuseShortOf(List<StockRequest> lines) {
        Map<String, Integer> wanted = new TreeMap<>();
        for (StockRequest line : lines) {
            wanted.merge(line.skuCode(), line.quantity(), Integer::sum);
        }
        refuseShortOf(wanted);
    }

    private void refuseShortOf(Map<String, Integer> wanted) {
        for (Map.Entry<String, Integer> line : wanted.entrySet()) {
            long committed = rows.committedAvailable(line.getKey());
            if (committed < line.getValue()) {
                throw new BusinessRuleViolation("inventory.stock.insufficient", line.getKey(), (int) committed);
            }
        }
    }

    /** Ends every hold of the reference that is still held (order cancelled or closed); a second call does nothing. */
    public int release(String reference, String reason) {
        OffsetDateTime now = now();
        String actor = Actor.of(session);
        int released = 0;
        Set<String> skuCodes = new TreeSet<>();
        for (StockReservation reservation : inLockingOrder(reservations(reference))) {
            if (reservation.isHeld()) {
                WarehouseStock stock = rows.lock(reservation.getStockId());
                em.persist(stock.release(reservation.getQuantity(), reference, reason, actor, now));
                reservation.released(now);
                released += reservation.getQuantity();
                skuCodes.add(reservation.getSkuCode());
            }
        }
        if (!skuCodes.isEmpty()) {
            events.record(StockEvents.changed(reference, skuCodes));
        }
        return released;
    }

    /** The held units leave the warehouses (the order shipped); a second call does nothing. */
    public int consume(String reference) {
        OffsetDateTime now = now();
        String actor = Actor.of(session);
        int consumed = 0;
        for (StockReservation reservation : inLockingOrder(reservations(reference))) {
            if (reservation.isHeld()) {
                WarehouseStock stock = rows.lock(reservation.getStockId());
                em.persist(stock.consume(reservation.getQuantity(), reference, actor, now));
                reservation.consumed(now);
                consumed += reservation.getQuantity();
            }
        }
        return consumed;
    }

    /** Goods arrived in a warehouse; a SKU new to that warehouse gets its stock row. */
    @RolesAllowed(WAREHOUSE)
    public StockLevel receive(String warehouseCode, String skuCode, int quantity, String reason) {
        return receiveUnder(warehouseCode, skuCode, quantity, "receipt", reason);
    }

    /**
     * Goods a shopper sent back are on the shelf again: on hand rises, with the movement logged under the return's
     * reference ({@code rma:<request>}). The order context's service desk calls it when staff record the goods
     * received, in the same transaction as the request's move.
     */
    public StockLevel returned(String warehouseCode, String skuCode, int quantity, String reference, String reason) {
        return receiveUnder(warehouseCode, skuCode, quantity, reference, reason);
    }

    private StockLevel receiveUnder(
            String warehouseCode, String skuCode, int quantity, String reference, String reason) {
        String why = reason(reason, false);
        WarehouseStock stock = lockedRow(warehouseCode, skuCode);
        em.persist(stock.receive(quantity, reference, why, Actor.of(session), now()));
        events.record(StockEvents.changed(warehouseCode, List.of(skuCode)));
        return level(skuCode);
    }

    /** A count found a different quantity on hand: on hand changes by the delta, never below what is reserved. */
    @RolesAllowed(WAREHOUSE)
    public StockLevel adjust(String warehouseCode, String skuCode, int delta, String reason) {
        String why = reason(reason, true);
        WarehouseStock stock = lockedRow(warehouseCode, skuCode);
        em.persist(stock.adjust(delta, "count", why, Actor.of(session), now()));
        events.record(StockEvents.changed(warehouseCode, List.of(skuCode)));
        return level(skuCode);
    }

    /** A SKU's stock over the active warehouses. */
    public StockLevel level(String skuCode) {
        return levels(List.of(skuCode)).get(skuCode);
    }

    /** Stock of many SKUs at once (a cart's lines); a SKU without stock rows has none. */
    public Map<String, StockLevel> levels(Collection<String> skuCodes) {
        Map<String, StockLevel> levels = new HashMap<>();
        for (String code : skuCodes) {
            levels.put(code, StockLevel.none(code));
        }
        if (skuCodes.isEmpty()) {
            return levels;
        }
        List<Object[]> sums = em.createQuery(
                        "SELECT s.skuCode, SUM(s.onHand), SUM(s.reserved) FROM WarehouseStock s, Warehouse w"
                                + " WHERE w.id = s.warehouseId AND w.active = TRUE AND s.skuCode IN :skus"
                                + " GROUP BY s.skuCode",
                        Object[].class)
                .setParameter("skus", skuCodes)
                .getResultList();
        for (Object[] sum : sums) {
            String code = (String) sum[0];
            levels.put(code, new StockLevel(code, ((Number) sum[1]).intValue(), ((Number) sum[2]).intValue()));
        }
        return levels;
    }

    /** Every warehouse, serving ones first in their turn. */
    public List<WarehouseInfo> warehouses() {
        return em.createQuery("SELECT w FROM Warehouse w ORDER BY w.active DESC, w.priority, w.code", Warehouse.class)
                .getResultStream()
                .map(Stock::info)
                .toList();
    }

    /** A SKU's stock in each warehouse that has a row for it (inactive ones too, marked), in locking order. */
    public List<WarehouseLevel> levelsByWarehouse(String skuCode) {
        Map<Long, WarehouseInfo> warehouses = new HashMap<>();
        em.createQuery("SELECT w FROM Warehouse w", Warehouse.class)
                .getResultList()
                .forEach(w -> warehouses.put(w.getId(), info(w)));
        return em.createQuery(
                        "SELECT s FROM WarehouseStock s, Warehouse w WHERE w.id = s.warehouseId AND s.skuCode = :sku"
                                + " ORDER BY w.active DESC, w.priority, s.id",
                        WarehouseStock.class)
                .setParameter("sku", skuCode)
                .getResultStream()
                .map(s -> new WarehouseLevel(
                        s.getSkuCode(), warehouses.get(s.getWarehouseId()), s.getOnHand(), s.getReserved()))
                .toList();
    }

    /** What a reference holds, held or settled. */
    public List<Hold> holds(String reference) {
        return holds(reservations(reference));
    }

    /** The movement log of a SKU, newest first. */
    public List<Movement> movements(String skuCode, int max) {
        Map<Long, String> warehouses = warehouseCodes();
        return em.createQuery(
                        "SELECT m FROM StockMovement m WHERE m.skuCode = :sku ORDER BY m.occurredAt DESC, m.id DESC",
                        StockMovement.class)
                .setParameter("sku", skuCode)
                .setMaxResults(max)
                .getResultStream()
                .map(m -> new Movement(
                        m.getId(),
                        m.getSkuCode(),
                        warehouses.get(m.getWarehouseId()),
                        m.getKind().name(),
                        m.getOnHandDelta(),
                        m.getReservedDelta(),
                        m.getOnHandAfter(),
                        m.getReservedAfter(),
                        m.getReference(),
                        m.getReason(),
                        m.getActor(),
                        m.getOccurredAt()))
                .toList();
    }

    /** The SKU's stock rows (every warehouse) beside the sums of its movement log. */
    public LedgerCheck ledger(String skuCode) {
        Object[] stock = em.createQuery(
                        "SELECT COALESCE(SUM(s.onHand), 0), COALESCE(SUM(s.reserved), 0) FROM WarehouseStock s"
                                + " WHERE s.skuCode = :sku",
                        Object[].class)
                .setParameter("sku", skuCode)
                .getSingleResult();
        Object[] logged = em.createQuery(
                        "SELECT COALESCE(SUM(m.onHandDelta), 0), COALESCE(SUM(m.reservedDelta), 0) FROM StockMovement m"
                                + " WHERE m.skuCode = :sku",
                        Object[].class)
                .setParameter("sku", skuCode)
                .getSingleResult();
        return new LedgerCheck(
                skuCode,
                ((Number) stock[0]).longValue(),
                ((Number) stock[1]).longValue(),
                ((Number) logged[0]).longValue(),
                ((Number) logged[1]).longValue());
    }

    private WarehouseStock lockedRow(String warehouseCode, String skuCode) {
        Warehouse warehouse = em.createQuery("SELECT w FROM Warehouse w WHERE w.code = :code", Warehouse.class)
                .setParameter("code", warehouseCode)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new BusinessRuleViolation("inventory.warehouse.unknown", warehouseCode));
        List<Long> ids = em.createQuery(
                        "SELECT s.id FROM WarehouseStock s WHERE s.warehouseId = :w AND s.skuCode = :sku", Long.class)
                .setParameter("w", warehouse.getId())
                .setParameter("sku", skuCode)
                .getResultList();
        if (ids.isEmpty()) {
            if (skus.byCode(List.of(skuCode)).isEmpty()) {
                throw new BusinessRuleViolation("inventory.sku.unknown", skuCode);
            }
            WarehouseStock created = new WarehouseStock(warehouse.getId(), skuCode);
            em.persist(created);
            em.flush();
            return created;
        }
        return rows.lock(ids.get(0));
    }

    /** The reason as the movement log keeps it: trimmed, at most 200 characters, and required for corrections. */
    private static String reason(String reason, boolean required) {
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty() && required) {
            throw new BusinessRuleViolation("inventory.reason.required");
        }
        if (trimmed.length() > MAX_REASON) {
            throw new BusinessRuleViolation("inventory.reason.size", MAX_REASON);
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    private List<StockReservation> reservations(String reference) {
        return em.createQuery(
                        "SELECT r FROM StockReservation r WHERE r.reference = :ref ORDER BY r.id",
                        StockReservation.class)
                .setParameter("ref", reference)
                .getResultList();
    }

    /** Sorted like {@link StockRows#candidates}: by SKU code, then the order of its rows there. */
    private List<StockReservation> inLockingOrder(List<StockReservation> reservations) {
        Map<String, List<Long>> order = new HashMap<>();
        List<StockReservation> sorted = new ArrayList<>(reservations);
        sorted.sort(Comparator.comparing(StockReservation::getSkuCode)
                .thenComparing(r -> {
                    int at = order.computeIfAbsent(r.getSkuCode(), rows::candidates)
                            .indexOf(r.getStockId());
                    return at < 0 ? Integer.MAX_VALUE : at;
                })
                .thenComparing(StockReservation::getStockId));
        return sorted;
    }

    private List<Hold> holds(List<StockReservation> reservations) {
        if (reservations.isEmpty()) {
            return List.of();
        }
        Map<Long, String> warehouses = warehouseCodes();
        Map<Long, Long> warehouseOfStock = new HashMap<>();
        for (StockReservation r : reservations) {
            warehouseOfStock.computeIfAbsent(
                    r.getStockId(), id -> em.find(WarehouseStock.class, id).getWarehouseId());
        }
        return reservations.stream()
                .map(r -> new Hold(
                        r.getReference(),
                        r.getSkuCode(),
                        warehouses.get(warehouseOfStock.get(r.getStockId())),
                        r.getQuantity(),
                        r.getStatus().name()))
                .toList();
    }

    private Map<Long, String> warehouseCodes() {
        Map<Long, String> codes = new HashMap<>();
        em.createQuery("SELECT w FROM Warehouse w", Warehouse.class)
                .getResultList()
                .forEach(w -> codes.put(w.getId(), w.getCode()));
        return codes;
    }

    private static WarehouseInfo info(Warehouse w) {
        return new WarehouseInfo(
                w.getCode(), w.name(Locale.SIMPLIFIED_CHINESE), w.name(Locale.ENGLISH), w.isActive(), w.getPriority());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
