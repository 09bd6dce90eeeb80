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
import java.io.Serializable;
import java.math.BigDecimal;

/** One line where a gateway's bill and our books disagree: which trade or refund, and the two amounts. */
@Entity
@Table(name = "payment_reconciliation_diff")
public class ReconciliationDifference implements Serializable {

    @Id
    @SequenceGenerator(
            name = "payment_reconciliation_diff_seq",
            sequenceName = "payment_reconciliation_diff_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_reconciliation_diff_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "reconciliation_id")
    private Reconciliation reconciliation;

    @Enumerated(EnumType.STRING)
    private DifferenceKind kind;

    /** PAYMENT or REFUND. */
    @Column(name = "line_kind")
    private String lineKind;

    @Column(name = "out_trade_no")
    private String outTradeNo;

    @Column(name = "refund_no")
    private String refundNo;

    @Column(name = "gateway_trade_no")
    private String gatewayTradeNo;

    @Column(name = "our_amount")
    private BigDecimal ourAmount;

    @Column(name = "their_amount")
    private BigDecimal theirAmount;

    protected ReconciliationDifference() {}

    ReconciliationDifference(
            Reconciliation reconciliation,
            DifferenceKind kind,
            String lineKind,
            String outTradeNo,
            String refundNo,
            String gatewayTradeNo,
            BigDecimal ourAmount,
            BigDecimal theirAmount) {
        this.reconciliation = reconciliation;
        this.kind = kind;
        this.lineKind = lineKind;
        this.outTradeNo = outTradeNo;
        this.refundNo = refundNo;
        this.gatewayTradeNo = gatewayTradeNo;
        this.ourAmount = ourAmount;
        this.theirAmount = theirAmount;
    }

    public Long getId() {
        return id;
    }

    public DifferenceKind getKind() {
        return kind;
    }

    public String getLineKind() {
        return lineKind;
    }

    public String getOutTradeNo() {
        return outTradeNo;
    }

    public String getRefundNo() {
        return refundNo;
    }

    public String getGatewayTradeNo() {
        return gatewayTradeNo;
    }

    public BigDecimal getOurAmount() {
        return ourAmount;
    }

    public BigDecimal getTheirAmount() {
        return theirAmount;
    }
}
