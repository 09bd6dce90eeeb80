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
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A balanced journal entry: its lines' debits equal its credits, to the cent, or it cannot be built. Written
 * once, never changed; a mistake is corrected by another entry. Carries what finance books it by: the voucher
 * number, the order, the channel, the fee the channel kept, the day the channel settles, and who did it.
 */
@Entity
@Table(name = "payment_journal_entry")
public class JournalEntry implements Serializable {

    private static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter VOUCHER_DATE = DateTimeFormatter.ofPattern("yyMMdd");

    @Id
    @SequenceGenerator(
            name = "payment_journal_entry_seq",
            sequenceName = "payment_journal_entry_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_journal_entry_seq")
    private Long id;

    @Column(name = "voucher_number")
    private String voucherNumber;

    @Enumerated(EnumType.STRING)
    private EntryKind kind;

    @Column(name = "order_number")
    private String orderNumber;

    private String channel;

    @Column(columnDefinition = "CHAR(3)")
    private String currency;

    private BigDecimal fee;

    @Column(name = "settlement_date")
    private LocalDate settlementDate;

    private String operator;
    private String memo;

    @Column(name = "posted_at")
    private OffsetDateTime postedAt;

    @OneToMany(mappedBy = "entry", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<JournalLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected JournalEntry() {}

    private JournalEntry(Builder b) {
        this.kind = b.kind;
        this.orderNumber = b.orderNumber;
        this.channel = b.channel;
        this.currency = b.currency;
        this.fee = b.fee;
        this.operator = b.operator;
        this.memo = b.memo == null ? null : b.memo.length() > 200 ? b.memo.substring(0, 200) : b.memo;
        this.postedAt = b.postedAt;
        this.settlementDate = b.settlementDate != null
                ? b.settlementDate
                : postedAt.atZoneSameInstant(SHOP_ZONE).toLocalDate();
        BigDecimal debits = BigDecimal.ZERO;
        BigDecimal credits = BigDecimal.ZERO;
        for (Builder.Line l : b.lines) {
            if (l.amount().signum() == 0) {
                continue;
            }
            BigDecimal debit = l.debit() ? l.amount() : BigDecimal.ZERO.setScale(2);
            BigDecimal credit = l.debit() ? BigDecimal.ZERO.setScale(2) : l.amount();
            lines.add(new JournalLine(this, lines.size(), l.subject(), l.reference(), debit, credit));
            debits = debits.add(debit);
            credits = credits.add(credit);
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("A journal entry needs lines");
        }
        if (debits.compareTo(credits) != 0) {
            throw new IllegalArgumentException("Unbalanced entry: debits " + debits + ", credits " + credits);
        }
    }

    public static Builder of(EntryKind kind, String currency, String operator, OffsetDateTime at) {
        return new Builder(kind, currency, operator, at);
    }

    /** The voucher number once the entry has its id: V, the shop's date and the id, e.g. V26120500001050. */
    public String assignVoucherNumber() {
        if (voucherNumber == null) {
            if (id == null) {
                throw new IllegalStateException("An entry gets its voucher number after its id");
            }
            voucherNumber =
                    "V" + VOUCHER_DATE.format(postedAt.atZoneSameInstant(SHOP_ZONE)) + String.format("%08d", id);
        }
        return voucherNumber;
    }

    public BigDecimal totalDebit() {
        return lines.stream().map(JournalLine::getDebit).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalCredit() {
        return lines.stream().map(JournalLine::getCredit).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Long getId() {
        return id;
    }

    public String getVoucherNumber() {
        return voucherNumber;
    }

    public EntryKind getKind() {
        return kind;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public String getChannel() {
        return channel;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getFee() {
        return fee;
    }

    public LocalDate getSettlementDate() {
        return settlementDate;
    }

    public String getOperator() {
        return operator;
    }

    public String getMemo() {
        return memo;
    }

    public OffsetDateTime getPostedAt() {
        return postedAt;
    }

    public List<JournalLine> getLines() {
        return Collections.unmodifiableList(lines);
    }

    /** Collects the lines and fields of an entry; {@link #build()} refuses one whose sides differ. */
    public static final class Builder {

        record Line(Subject subject, String reference, BigDecimal amount, boolean debit) {}

        private final EntryKind kind;
        private final String currency;
        private final String operator;
        private final OffsetDateTime postedAt;
        private final List<Line> lines = new ArrayList<>();
        private String orderNumber;
        private String channel = "internal";
        private BigDecimal fee = BigDecimal.ZERO.setScale(2);
        private LocalDate settlementDate;
        private String memo;

        private Builder(EntryKind kind, String currency, String operator, OffsetDateTime postedAt) {
            this.kind = Objects.requireNonNull(kind, "kind");
            this.currency = Objects.requireNonNull(currency, "currency");
            this.operator = Objects.requireNonNull(operator, "operator");
            this.postedAt = Objects.requireNonNull(postedAt, "postedAt");
        }

        public Builder debit(Subject subject, String reference, BigDecimal amount) {
            lines.add(new Line(subject, reference, cents(amount), true));
            return this;
        }

        public Builder credit(Subject subject, String reference, BigDecimal amount) {
            lines.add(new Line(subject, reference, cents(amount), false));
            return this;
        }

        /** Debits one sub-account and credits another by the same amount. */
        public Builder move(Subject from, String fromReference, Subject to, String toReference, BigDecimal amount) {
            return debit(from, fromReference, amount).credit(to, toReference, amount);
        }

        public Builder order(String number) {
            this.orderNumber = number;
            return this;
        }

        public Builder channel(String channel) {
            this.channel = Objects.requireNonNull(channel, "channel");
            return this;
        }

        public Builder fee(BigDecimal fee) {
            this.fee = cents(fee);
            return this;
        }

        public Builder settlementDate(LocalDate date) {
            this.settlementDate = date;
            return this;
        }

        public Builder memo(String memo) {
            this.memo = memo;
            return this;
        }

        public JournalEntry build() {
            return new JournalEntry(this);
        }

        private static BigDecimal cents(BigDecimal amount) {
            if (amount.signum() < 0) {
                throw new IllegalArgumentException("A journal line's amount is not negative: " + amount);
            }
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        }
    }
}
