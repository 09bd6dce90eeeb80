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
import java.util.Objects;

/** One side of a journal entry: a debit or a credit of one subject's sub-account. */
@Entity
@Table(name = "payment_journal_line")
public class JournalLine implements Serializable {

    @Id
    @SequenceGenerator(
            name = "payment_journal_line_seq",
            sequenceName = "payment_journal_line_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_journal_line_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "entry_id")
    private JournalEntry entry;

    private int position;

    @Enumerated(EnumType.STRING)
    private Subject subject;

    @Column(name = "subject_code")
    private String subjectCode;

    private String reference;
    private BigDecimal debit;
    private BigDecimal credit;

    protected JournalLine() {}

    JournalLine(
            JournalEntry entry, int position, Subject subject, String reference, BigDecimal debit, BigDecimal credit) {
        this.entry = entry;
        this.position = position;
        this.subject = Objects.requireNonNull(subject, "subject");
        this.subjectCode = subject.code();
        this.reference = Objects.requireNonNull(reference, "reference");
        this.debit = debit;
        this.credit = credit;
    }

    public Subject getSubject() {
        return subject;
    }

    public String getSubjectCode() {
        return subjectCode;
    }

    public String getReference() {
        return reference;
    }

    public BigDecimal getDebit() {
        return debit;
    }

    public BigDecimal getCredit() {
        return credit;
    }

    public int getPosition() {
        return position;
    }
}
