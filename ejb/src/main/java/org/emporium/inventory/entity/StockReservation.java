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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** Units of one stock row held for a reference (an order) until they are released or consumed, once. */
@Entity
@Table(name = "stock_reservation")
public class StockReservation implements Serializable {

    @Id
    @SequenceGenerator(name = "stock_reservation_seq", sequenceName = "stock_reservation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stock_reservation_seq")
    private Long id;

    private String reference;

    @Column(name = "stock_id")
    private Long stockId;

    @Column(name = "sku_code")
    private String skuCode;

    private int quantity;

    @Enumerated(EnumType.STRING)
    private ReservationStatus status;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "settled_at")
    private OffsetDateTime settledAt;

    @Version
    private long version;

    protected StockReservation() {}

    public StockReservation(WarehouseStock stock, int quantity, String reference, OffsetDateTime at) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.stockId = stock.getId();
        this.skuCode = stock.getSkuCode();
        this.quantity = quantity;
        this.status = ReservationStatus.HELD;
        this.createdAt = at;
    }

    public boolean isHeld() {
        return status == ReservationStatus.HELD;
    }

    /** Marks the hold released; the caller releases the units on the stock row in the same transaction. */
    public void released(OffsetDateTime at) {
        settle(ReservationStatus.RELEASED, at);
    }

    /** Marks the hold consumed (shipped); the caller consumes the units on the stock row. */
    public void consumed(OffsetDateTime at) {
        settle(ReservationStatus.CONSUMED, at);
    }

    private void settle(ReservationStatus outcome, OffsetDateTime at) {
        if (status != ReservationStatus.HELD) {
            throw new IllegalStateException("Reservation " + id + " is already " + status);
        }
        status = outcome;
        settledAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Long getStockId() {
        return stockId;
    }

    public String getSkuCode() {
        return skuCode;
    }

    public int getQuantity() {
        return quantity;
    }

    public ReservationStatus getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getSettledAt() {
        return settledAt;
    }
}
