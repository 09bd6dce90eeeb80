package org.emporium.order.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** One step of an order's history: from which status to which, who moved it, when and why. Never changed. */
@Entity
@Table(name = "sales_order_status_change")
public class StatusChange implements Serializable {

    @Id
    @SequenceGenerator(
            name = "sales_order_status_change_seq",
            sequenceName = "sales_order_status_change_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_order_status_change_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private SalesOrder order;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private OrderStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private OrderStatus to;

    private String actor;

    private String reason;

    @Column(name = "occurred_at")
    private OffsetDateTime occurredAt;

    protected StatusChange() {}

    StatusChange(SalesOrder order, OrderStatus from, OrderStatus to, String actor, String reason, OffsetDateTime at) {
        this.order = order;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.reason = reason;
        this.occurredAt = at;
    }

    public Long getId() {
        return id;
    }

    /** Null for the first entry, the order's creation. */
    public OrderStatus getFrom() {
        return from;
    }

    public OrderStatus getTo() {
        return to;
    }

    public String getActor() {
        return actor;
    }

    public String getReason() {
        return reason;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }
}
