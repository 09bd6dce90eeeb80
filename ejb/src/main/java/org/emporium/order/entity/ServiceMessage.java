package org.emporium.order.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** A reply in a request's thread: from the shop (a member of staff) or from the shopper. Never changed. */
@Entity
@Table(name = "service_request_message")
public class ServiceMessage implements Serializable {

    @Id
    @SequenceGenerator(
            name = "service_request_message_seq",
            sequenceName = "service_request_message_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_request_message_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private ServiceRequest request;

    @Column(name = "from_shop")
    private boolean fromShop;

    private String author;

    private String body;

    @Column(name = "written_at")
    private OffsetDateTime writtenAt;

    protected ServiceMessage() {}

    ServiceMessage(ServiceRequest request, boolean fromShop, String author, String body, OffsetDateTime at) {
        this.request = request;
        this.fromShop = fromShop;
        this.author = author;
        this.body = body;
        this.writtenAt = at;
    }

    public Long getId() {
        return id;
    }

    public boolean isFromShop() {
        return fromShop;
    }

    /** The staff member's login, or the shopper's owner id; the storefront shows neither, only who spoke. */
    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public OffsetDateTime getWrittenAt() {
        return writtenAt;
    }
}
