package org.emporium.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;

/** What a refund gives back of one order line (no line: the shipping fee and whatever else the order charged). */
@Entity
@Table(name = "payment_refund_line")
public class RefundLine implements Serializable {

    @Id
    @SequenceGenerator(name = "payment_refund_line_seq", sequenceName = "payment_refund_line_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_refund_line_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "refund_id")
    private Refund refund;

    @Column(name = "order_line_id")
    private Long orderLineId;

    private String label;

    private BigDecimal amount;

    protected RefundLine() {}

    RefundLine(Refund refund, Long orderLineId, String label, BigDecimal amount) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("A refund line gives something back: " + amount);
        }
        this.refund = refund;
        this.orderLineId = orderLineId;
        this.label = label.length() > 200 ? label.substring(0, 200) : label;
        this.amount = amount;
    }

    public Long getId() {
        return id;
    }

    public Long getOrderLineId() {
        return orderLineId;
    }

    public String getLabel() {
        return label;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
