package org.emporium.inventory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One change of one stock row, never updated: the deltas it applied and the quantities after it. For every
 * stock row the sum of its movements' deltas equals its on-hand and reserved quantities.
 */
@Entity
@Table(name = "stock_movement")
public class StockMovement implements Serializable {

    @Id
    @SequenceGenerator(name = "stock_movement_seq", sequenceName = "stock_movement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stock_movement_seq")
    private Long id;

    @Column(name = "stock_id")
    private Long stockId;

    @Column(name = "warehouse_id")
    private long warehouseId;

    @Column(name = "sku_code")
    private String skuCode;

    @Enumerated(EnumType.STRING)
    private MovementKind kind;

    @Column(name = "on_hand_delta")
    private int onHandDelta;

    @Column(name = "reserved_delta")
    private int reservedDelta;

    @Column(name = "on_hand_after")
    private int onHandAfter;

    @Column(name = "reserved_after")
    private int reservedAfter;

    private String reference;

    private String reason;

    private String actor;

    @Column(name = "occurred_at")
    private OffsetDateTime occurredAt;

    protected StockMovement() {}

    StockMovement(
            WarehouseStock stock,
            MovementKind kind,
            int onHandDelta,
            int reservedDelta,
            String reference,
            String reason,
            String actor,
            OffsetDateTime occurredAt) {
        this.stockId = stock.getId();
        this.warehouseId = stock.getWarehouseId();
        this.skuCode = stock.getSkuCode();
        this.kind = kind;
        this.onHandDelta = onHandDelta;
        this.reservedDelta = reservedDelta;
        this.onHandAfter = stock.getOnHand();
        this.reservedAfter = stock.getReserved();
        this.reference = reference;
        this.reason = reason;
        this.actor = actor == null ? "system" : actor;
        this.occurredAt = occurredAt;
    }

    public Long getId() {
        return id;
    }

    public Long getStockId() {
        return stockId;
    }

    public long getWarehouseId() {
        return warehouseId;
    }

    public String getSkuCode() {
        return skuCode;
    }

    public MovementKind getKind() {
        return kind;
    }

    public int getOnHandDelta() {
        return onHandDelta;
    }

    public int getReservedDelta() {
        return reservedDelta;
    }

    public int getOnHandAfter() {
        return onHandAfter;
    }

    public int getReservedAfter() {
        return reservedAfter;
    }

    public String getReference() {
        return reference;
    }

    public String getReason() {
        return reason;
    }

    public String getActor() {
        return actor;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }
}
