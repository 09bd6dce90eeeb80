package org.emporium.payment.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Money given back of a paid order: the lines it is for, and the steps that gave it back, one per tender, last
 * tender paid first. It is DONE when every step is; its number, given by whoever asked, makes asking twice
 * refund once.
 */
@Entity
@Table(name = "payment_refund")
public class Refund implements Serializable {

    @Id
    @SequenceGenerator(name = "payment_refund_seq", sequenceName = "payment_refund_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_refund_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "payment_id")
    private Payment payment;

    @Column(name = "refund_number")
    private String refundNumber;

    @Column(name = "order_number")
    private String orderNumber;

    private BigDecimal amount;

    private String reason;

    private String operator;

    @Enumerated(EnumType.STRING)
    private RefundStatus status;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @OneToMany(mappedBy = "refund", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<RefundLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "refund", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<RefundStep> steps = new ArrayList<>();

    @Version
    private long version;

    protected Refund() {}

    public Refund(Payment payment, String refundNumber, String reason, String operator, OffsetDateTime now) {
        this.payment = Objects.requireNonNull(payment, "payment");
        this.refundNumber = Objects.requireNonNull(refundNumber, "refundNumber");
        this.orderNumber = payment.getOrderNumber();
        this.reason = reason.length() > 200 ? reason.substring(0, 200) : reason;
        this.operator = operator;
        this.amount = BigDecimal.ZERO.setScale(2);
        this.status = RefundStatus.SENDING;
        this.createdAt = now;
    }

    public RefundLine addLine(Long orderLineId, String label, BigDecimal lineAmount) {
        RefundLine line = new RefundLine(this, orderLineId, label, lineAmount);
        lines.add(line);
        amount = amount.add(lineAmount);
        return line;
    }

    public RefundStep addStep(Tender tender, BigDecimal stepAmount, Long points, OffsetDateTime now) {
        RefundStep step = new RefundStep(this, steps.size(), tender, stepAmount, points, now);
        steps.add(step);
        return step;
    }

    /** Done once every step is. */
    public boolean completeIfDone(OffsetDateTime now) {
        if (status == RefundStatus.SENDING && steps.stream().allMatch(s -> s.getStatus() == RefundStatus.DONE)) {
            status = RefundStatus.DONE;
            completedAt = now;
            return true;
        }
        return status == RefundStatus.DONE;
    }

    public Long getId() {
        return id;
    }

    public Payment getPayment() {
        return payment;
    }

    public String getRefundNumber() {
        return refundNumber;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getReason() {
        return reason;
    }

    public String getOperator() {
        return operator;
    }

    public RefundStatus getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getCompletedAt() {
        return completedAt;
    }

    public List<RefundLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    public List<RefundStep> getSteps() {
        return Collections.unmodifiableList(steps);
    }
}
