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

/** One step of a service request's history: from which status to which, who moved it, when and why. Never changed. */
@Entity
@Table(name = "service_request_change")
public class ServiceChange implements Serializable {

    @Id
    @SequenceGenerator(
            name = "service_request_change_seq",
            sequenceName = "service_request_change_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_request_change_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private ServiceRequest request;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ServiceStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private ServiceStatus to;

    private String actor;

    private String reason;

    @Column(name = "occurred_at")
    private OffsetDateTime occurredAt;

    protected ServiceChange() {}

    ServiceChange(
            ServiceRequest request,
            ServiceStatus from,
            ServiceStatus to,
            String actor,
            String reason,
            OffsetDateTime at) {
        this.request = request;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.reason = reason;
        this.occurredAt = at;
    }

    public Long getId() {
        return id;
    }

    /** Null for the first entry, the request's creation. */
    public ServiceStatus getFrom() {
        return from;
    }

    public ServiceStatus getTo() {
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
