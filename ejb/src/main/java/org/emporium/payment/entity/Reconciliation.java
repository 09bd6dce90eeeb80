package org.emporium.payment.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One gateway's day reconciled: how many lines its bill had and we had, how many matched, and each difference.
 * Reconciling the day again replaces what it found before.
 */
@Entity
@Table(name = "payment_reconciliation")
public class Reconciliation implements Serializable {

    @Id
    @SequenceGenerator(
            name = "payment_reconciliation_seq",
            sequenceName = "payment_reconciliation_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_reconciliation_seq")
    private Long id;

    private String channel;

    @Column(name = "bill_date")
    private LocalDate billDate;

    @Enumerated(EnumType.STRING)
    private ReconciliationOutcome outcome;

    @Column(name = "bill_lines")
    private int billLines;

    @Column(name = "our_lines")
    private int ourLines;

    private int matched;

    @Column(name = "missing_ours")
    private int missingOurs;

    @Column(name = "missing_theirs")
    private int missingTheirs;

    @Column(name = "amount_mismatch")
    private int amountMismatch;

    @Column(name = "run_at")
    private OffsetDateTime runAt;

    @OneToMany(mappedBy = "reconciliation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ReconciliationDifference> differences = new ArrayList<>();

    @Version
    private long version;

    protected Reconciliation() {}

    public Reconciliation(String channel, LocalDate billDate) {
        this.channel = channel;
        this.billDate = billDate;
        this.outcome = ReconciliationOutcome.NO_BILL;
    }

    /** Starts the day over: no lines, no differences. */
    public void reset(int billLines, int ourLines, OffsetDateTime now) {
        differences.clear();
        this.billLines = billLines;
        this.ourLines = ourLines;
        this.matched = 0;
        this.missingOurs = 0;
        this.missingTheirs = 0;
        this.amountMismatch = 0;
        this.runAt = now;
        this.outcome = ReconciliationOutcome.MATCHED;
    }

    /** The gateway's bill could not be had: nothing compared. */
    public void noBill(int ourLines, OffsetDateTime now) {
        reset(0, ourLines, now);
        outcome = ReconciliationOutcome.NO_BILL;
    }

    public void matched(int count) {
        matched = count;
    }

    public void differs(
            DifferenceKind kind,
            String lineKind,
            String outTradeNo,
            String refundNo,
            String gatewayTradeNo,
            BigDecimal ours,
            BigDecimal theirs) {
        differences.add(
                new ReconciliationDifference(this, kind, lineKind, outTradeNo, refundNo, gatewayTradeNo, ours, theirs));
        switch (kind) {
            case MISSING_OURS -> missingOurs++;
            case MISSING_THEIRS -> missingTheirs++;
            case AMOUNT_MISMATCH -> amountMismatch++;
        }
        outcome = ReconciliationOutcome.DIFFERENCES;
    }

    public Long getId() {
        return id;
    }

    public String getChannel() {
        return channel;
    }

    public LocalDate getBillDate() {
        return billDate;
    }

    public ReconciliationOutcome getOutcome() {
        return outcome;
    }

    public int getBillLines() {
        return billLines;
    }

    public int getOurLines() {
        return ourLines;
    }

    public int getMatched() {
        return matched;
    }

    public int getMissingOurs() {
        return missingOurs;
    }

    public int getMissingTheirs() {
        return missingTheirs;
    }

    public int getAmountMismatch() {
        return amountMismatch;
    }

    public int getDifferenceCount() {
        return missingOurs + missingTheirs + amountMismatch;
    }

    public OffsetDateTime getRunAt() {
        return runAt;
    }

    public List<ReconciliationDifference> getDifferences() {
        return Collections.unmodifiableList(differences);
    }
}
