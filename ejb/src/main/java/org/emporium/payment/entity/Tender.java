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
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.emporium.platform.money.Money;

/** One part of a payment: how much, paid how (and from which gift card or gateway trade), and where it stands. */
@Entity
@Table(name = "payment_tender")
public class Tender implements Serializable {

    @Id
    @SequenceGenerator(name = "payment_tender_seq", sequenceName = "payment_tender_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_tender_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "payment_id")
    private Payment payment;

    private int position;

    @Enumerated(EnumType.STRING)
    private TenderMethod method;

    private BigDecimal amount;

    private Long points;

    @Column(name = "gift_card_id")
    private Long giftCardId;

    @Enumerated(EnumType.STRING)
    private TenderStatus status;

    @Column(name = "out_trade_no")
    private String outTradeNo;

    @Column(name = "gateway_trade_no")
    private String gatewayTradeNo;

    @Column(name = "refund_request_no")
    private String refundRequestNo;

    private BigDecimal fee;

    @Column(name = "points_taken")
    private String pointsTaken;

    private String failure;

    /** How much of the tender has been given back (or is being given back by its gateway). */
    private BigDecimal refunded = BigDecimal.ZERO.setScale(2);

    /** Of a points tender: how many of its points have been given back. */
    @Column(name = "refunded_points")
    private long refundedPoints;

    @Column(name = "paid_at")
    private OffsetDateTime paidAt;

    /** Credit-card instalments: the number of monthly instalments, the plan's fee rate, its fee, who bears it. */
    private Integer instalments;

    @Column(name = "instalment_rate")
    private BigDecimal instalmentRate;

    @Column(name = "instalment_fee")
    private BigDecimal instalmentFee;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_bearer")
    private FeeBearer feeBearer;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Tender() {}

    Tender(
            Payment payment,
            int position,
            TenderMethod method,
            Money amount,
            Long points,
            Long giftCardId,
            OffsetDateTime now) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A tender pays something: " + amount);
        }
        this.payment = payment;
        this.position = position;
        this.method = Objects.requireNonNull(method, "method");
        this.amount = amount.amount();
        this.points = points;
        this.giftCardId = giftCardId;
        this.status = method.drawsOnAccount() ? TenderStatus.HELD : TenderStatus.PENDING;
        this.updatedAt = now;
    }

    public void moveTo(TenderStatus target, OffsetDateTime now) {
        if (!status.canMoveTo(target)) {
            throw new IllegalStateException("Tender " + id + " cannot go from " + status + " to " + target);
        }
        status = target;
        updatedAt = now;
    }

    /** The external trade number this tender goes under at its gateway: the order number and the tender's id. */
    public String assignOutTradeNo() {
        if (outTradeNo == null) {
            outTradeNo = payment.getOrderNumber() + "P" + id;
        }
        return outTradeNo;
    }

    public String assignRefundRequestNo() {
        if (refundRequestNo == null) {
            refundRequestNo = assignOutTradeNo() + "R1";
        }
        return refundRequestNo;
    }

    public void gatewayPaid(String tradeNo, BigDecimal fee) {
        this.gatewayTradeNo = tradeNo;
        this.fee = fee;
    }

    /** The gateway's payment booked at {@code now}: the moment the reconciliation looks for it on that day's bill. */
    public void gatewayPaid(String tradeNo, BigDecimal fee, OffsetDateTime now) {
        gatewayPaid(tradeNo, fee);
        this.paidAt = now;
    }

    /** The courier collected this cash-on-delivery tender at {@code now}; no channel fee is kept from cash. */
    public void cashCollected(OffsetDateTime now) {
        if (method != TenderMethod.COD) {
            throw new IllegalStateException("Only cash on delivery is collected by a courier: " + method);
        }
        this.fee = BigDecimal.ZERO.setScale(2);
        this.paidAt = now;
    }

    public OffsetDateTime getPaidAt() {
        return paidAt;
    }

    /** The instalment plan this tender is paid by: months, the fee's rate and amount, and who bears the fee. */
    public void payInInstalments(int months, BigDecimal rate, BigDecimal fee, FeeBearer bearer) {
        if (method != TenderMethod.INSTALMENT || status != TenderStatus.PENDING) {
            throw new IllegalStateException("Only a pending instalment tender takes a plan: " + method + " " + status);
        }
        if (months < 2 || fee.signum() < 0 || fee.scale() > 2) {
            throw new IllegalArgumentException("Not an instalment plan: " + months + " months, fee " + fee);
        }
        this.instalments = months;
        this.instalmentRate = rate;
        this.instalmentFee = fee;
        this.feeBearer = Objects.requireNonNull(bearer, "bearer");
    }

    /**
     * What the gateway charges the shopper for this tender: its amount, plus the instalment fee when the shopper
     * bears it. The order's receipts get the amount only.
     */
    public BigDecimal charged() {
        return feeBearer == FeeBearer.SHOPPER && instalmentFee != null ? amount.add(instalmentFee) : amount;
    }

    public void failed(String reason, OffsetDateTime now) {
        moveTo(TenderStatus.FAILED, now);
        this.failure = reason == null ? null : reason.length() > 200 ? reason.substring(0, 200) : reason;
    }

    /** Records which points lots the points came from, so that a refund puts them back where they were. */
    public void pointsTakenFrom(Map<Long, Long> lots) {
        pointsTaken = lots.entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(","));
    }

    public Map<Long, Long> pointsTaken() {
        Map<Long, Long> lots = new LinkedHashMap<>();
        if (pointsTaken != null && !pointsTaken.isBlank()) {
            for (String part : pointsTaken.split(",")) {
                String[] kv = part.split(":");
                lots.put(Long.parseLong(kv[0]), Long.parseLong(kv[1]));
            }
        }
        return lots;
    }

    /** What can still be given back of this tender: nothing unless it was captured. */
    public BigDecimal refundable() {
        if (status != TenderStatus.CAPTURED) {
            return BigDecimal.ZERO.setScale(2);
        }
        return amount.subtract(refunded);
    }

    /**
     * The points that giving back {@code part} of a points tender returns: in proportion, rounded down, and
     * whatever is left with the part that gives back the last of it, so that the points returned add up exactly.
     */
    public long pointsFor(BigDecimal part) {
        if (method != TenderMethod.POINTS || points == null) {
            return 0;
        }
        if (refunded.add(part).compareTo(amount) == 0) {
            return points - refundedPoints;
        }
        return BigDecimal.valueOf(points)
                .multiply(part)
                .divide(amount, 0, java.math.RoundingMode.DOWN)
                .longValueExact();
    }

    /** Decides that {@code part} (and {@code pointCount} points) of this tender goes back; never beyond it. */
    public void giveBack(BigDecimal part, long pointCount) {
        if (part.signum() <= 0 || part.compareTo(refundable()) > 0) {
            throw new IllegalStateException(
                    "Tender " + id + " cannot give back " + part + " of the " + refundable() + " left");
        }
        refunded = refunded.add(part);
        refundedPoints += pointCount;
    }

    /** Everything given back: the tender is refunded. */
    public boolean fullyGivenBack() {
        return refunded.compareTo(amount) == 0;
    }

    /**
     * The points lots that {@code count} points given back go to: the lots they were taken from, in the order they
     * were taken, starting after the {@code alreadyBack} points earlier refunds put back.
     */
    public Map<Long, Long> lotsToPutBack(long alreadyBack, long count) {
        Map<Long, Long> back = new LinkedHashMap<>();
        long skip = alreadyBack;
        long left = count;
        for (Map.Entry<Long, Long> taken : pointsTaken().entrySet()) {
            long inLot = taken.getValue();
            long skipped = Math.min(skip, inLot);
            skip -= skipped;
            long give = Math.min(left, inLot - skipped);
            if (give > 0) {
                back.merge(taken.getKey(), give, Long::sum);
                left -= give;
            }
            if (left == 0) {
                break;
            }
        }
        return back;
    }

    public BigDecimal getRefunded() {
        return refunded;
    }

    public long getRefundedPoints() {
        return refundedPoints;
    }

    public Money amount() {
        return new Money(amount, Currency.getInstance(payment.getCurrency()));
    }

    public Long getId() {
        return id;
    }

    public Payment getPayment() {
        return payment;
    }

    public int getPosition() {
        return position;
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

    public Long getGiftCardId() {
        return giftCardId;
    }

    public TenderStatus getStatus() {
        return status;
    }

    public String getOutTradeNo() {
        return outTradeNo;
    }

    public String getGatewayTradeNo() {
        return gatewayTradeNo;
    }

    public String getRefundRequestNo() {
        return refundRequestNo;
    }

    public BigDecimal getFee() {
        return fee;
    }

    public String getFailure() {
        return failure;
    }

    public Integer getInstalments() {
        return instalments;
    }

    public BigDecimal getInstalmentRate() {
        return instalmentRate;
    }

    public BigDecimal getInstalmentFee() {
        return instalmentFee;
    }

    public FeeBearer getFeeBearer() {
        return feeBearer;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
