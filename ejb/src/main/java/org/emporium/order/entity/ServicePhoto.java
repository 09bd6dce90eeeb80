package org.emporium.order.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.emporium.platform.media.StoredImage;

/** A photo of the goods a shopper sent with a request, shown only to that shopper and to staff. */
@Entity
@Table(name = "service_request_photo")
public class ServicePhoto extends StoredImage {

    /** The largest photo a shopper may send: a phone's picture of a parcel or a flaw. */
    public static final int MAX_BYTES = 3 * 1024 * 1024;

    /** How many photos one request may carry. */
    public static final int MAX_PER_REQUEST = 5;

    @Id
    @SequenceGenerator(
            name = "service_request_photo_seq",
            sequenceName = "service_request_photo_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_request_photo_seq")
    private Long id;

    @Column(name = "request_id")
    private Long requestId;

    protected ServicePhoto() {}

    /** @throws org.emporium.platform.i18n.BusinessRuleViolation when the bytes are not an image the shop takes */
    public ServicePhoto(long requestId, String fileName, byte[] bytes, OffsetDateTime now) {
        super(fileName, bytes, MAX_BYTES, now);
        this.requestId = requestId;
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }
}
