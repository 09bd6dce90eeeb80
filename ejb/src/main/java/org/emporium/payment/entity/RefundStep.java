package org.emporium.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One tender's part of a refund. Internal steps are done when written; a gateway step carries the request number
 * the gateway refunds once under, however often it is sent, and is done when the gateway confirmed it.
 */
@Entity
@Table(name = "payment_refund_step")
public class RefundStep implements Serializable {

    @Id
    @SequenceGenerator(name = "payment_refund_step_seq", sequenceName = "payment_refund_step_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_refund_step_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "refund_id")
    private Refund refund;

    private int position;

    @ManyToOne(optional = false)
    @JoinColumn(name = "tender_id")
    private Tender tender;

    @Enumerated(EnumType.STRING)
    private TenderMethod method;

    private BigDecimal amount;

    private Long points;

    @Column(name = "request_no")
    private String requestNo;

    @Enumerated(EnumType.STRING)
    private RefundStatus status;

    private String detail;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected RefundStep() {}

    RefundStep(Refund refund, int position, Tender tender, BigDecimal amount, Long points, OffsetDateTime now) {
        this.refund = refund;
        this.position = position;
        this.tender = tender;
        this.method = tender.getMethod();
        this.amount = amount;
        this.points = points;
        this.status = RefundStatus.SENDING;
        this.updatedAt = now;
    }

    /** The gateway's request number: the trade's number and the step's id, fixed before anything is sent. */
    public String assignRequestNo() {
        if (requestNo == null) {
            requestNo = tender.assignOutTradeNo() + "R" + id;
        }
        return requestNo;
    }

    public void done(String detail, OffsetDateTime now) {
        this.status = RefundStatus.DONE;
        this.detail = detail == null ? null : detail.length() > 200 ? detail.substring(0, 200) : detail;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Refund getRefund() {
        return refund;
    }

    public int getPosition() {
        return position;
    }

    public Tender getTender() {
        return tender;
    }

    public TenderMethod getMethod() {
        return method;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Long getPoints() {
        return points;
    }

    public String getRequestNo() {
        return requestNo;
    }

    public RefundStatus getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
