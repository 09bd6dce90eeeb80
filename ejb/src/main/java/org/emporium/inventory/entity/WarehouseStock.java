package org.emporium.inventory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * The stock of one SKU in one warehouse: on hand, of which reserved for orders; the rest is available.
 * Every change goes through a method here that keeps {@code 0 <= reserved <= onHand} and returns the
 * movement that records it, so the log and the row cannot drift apart. Callers hold the row's lock
 * (SELECT ... FOR UPDATE) while they change it; the database's checks are the last guard.
 */
@Entity
@Table(name = "stock")
public class WarehouseStock implements Serializable {

    @Id
    @SequenceGenerator(name = "stock_seq", sequenceName = "stock_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stock_seq")
    private Long id;

    @Column(name = "warehouse_id")
    private long warehouseId;

    @Column(name = "sku_code")
    private String skuCode;

    @Column(name = "on_hand")
    private int onHand;

    private int reserved;

    @Version
    private long version;

    protected WarehouseStock() {}

    public WarehouseStock(long warehouseId, String skuCode) {
        this.warehouseId = warehouseId;
        this.skuCode = Objects.requireNonNull(skuCode, "skuCode");
    }

    public int available() {
        return onHand - reserved;
    }

    /** Goods arrived: on hand rises by a positive quantity. */
    public StockMovement receive(int quantity, String reference, String reason, String actor, OffsetDateTime at) {
        requirePositive(quantity);
        onHand += quantity;
        return new StockMovement(this, MovementKind.RECEIPT, quantity, 0, reference, reason, actor, at);
    }

    /** A count found a different on-hand quantity; it may not fall below what is reserved for orders. */
    public StockMovement adjust(int delta, String reference, String reason, String actor, OffsetDateTime at) {
        if (delta == 0) {
            throw new BusinessRuleViolation("inventory.quantity.positive", delta);
        }
        if (onHand + delta < reserved) {
            throw new BusinessRuleViolation("inventory.stock.belowReserved", skuCode, onHand + delta, reserved);
        }
        onHand += delta;
        return new StockMovement(this, MovementKind.ADJUSTMENT, delta, 0, reference, reason, actor, at);
    }

    /** Holds units for an order; never more than are available. */
    public StockMovement reserve(int quantity, String reference, String actor, OffsetDateTime at) {
        requirePositive(quantity);
        if (quantity > available()) {
            throw new BusinessRuleViolation("inventory.stock.insufficient", skuCode, available());
        }
        reserved += quantity;
        return new StockMovement(this, MovementKind.RESERVE, 0, quantity, reference, null, actor, at);
    }

    /** Ends a hold without shipping: the units are available again. */
    public StockMovement release(int quantity, String reference, String reason, String actor, OffsetDateTime at) {
        requirePositive(quantity);
        if (quantity > reserved) {
            throw new IllegalStateException("Releasing " + quantity + " of " + skuCode + " but only " + reserved
                    + " are reserved in warehouse " + warehouseId);
        }
        reserved -= quantity;
        return new StockMovement(this, MovementKind.RELEASE, 0, -quantity, reference, reason, actor, at);
    }

    /** Held units leave the warehouse (shipped): on hand and reserved fall together. */
    public StockMovement consume(int quantity, String reference, String actor, OffsetDateTime at) {
        requirePositive(quantity);
        if (quantity > reserved) {
            throw new IllegalStateException("Consuming " + quantity + " of " + skuCode + " but only " + reserved
                    + " are reserved in warehouse " + warehouseId);
        }
        reserved -= quantity;
        onHand -= quantity;
        return new StockMovement(this, MovementKind.CONSUME, -quantity, -quantity, reference, null, actor, at);
    }

    private static void requirePositive(int quantity) {
        if (quantity <= 0) {
            throw new BusinessRuleViolation("inventory.quantity.positive", quantity);
        }
    }

    public Long getId() {
        return id;
    }

    public long getWarehouseId() {
        return warehouseId;
    }

    public String getSkuCode() {
        return skuCode;
    }

    public int getOnHand() {
        return onHand;
    }

    public int getReserved() {
        return reserved;
    }

    public long getVersion() {
        return version;
    }
}
