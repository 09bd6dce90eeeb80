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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.emporium.platform.money.Money;

/**
 * The payment of one order: its tenders, in the order the shopper chose them, sum to the order's payable.
 * It is PAID when every tender is captured, and ENDED when every tender went back where it came from.
 */
@Entity
@Table(name = "payment")
public class Payment implements Serializable {

    @Id
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    private Long id;

    @Column(name = "order_number")
    private String orderNumber;

    private String buyer;

    @Column(columnDefinition = "CHAR(3)")
    private String currency;

    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    private PaymentStatus status;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "settled_at")
    private OffsetDateTime settledAt;

    /** The points the order earned when it was paid; the refunds of it take them back in proportion. */
    @Column(name = "earned_points")
    private long earnedPoints;

    /** Of the earned points, how many refunds have taken back so far. */
    @Column(name = "clawed_points")
    private long clawedPoints;

    @OneToMany(mappedBy = "payment", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<Tender> tenders = new ArrayList<>();

    @Version
    private long version;

    protected Payment() {}

    public Payment(String orderNumber, String buyer, Money amount, OffsetDateTime now) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A payment pays something: " + amount);
        }
        this.orderNumber = Objects.requireNonNull(orderNumber, "orderNumber");
        this.buyer = Objects.requireNonNull(buyer, "buyer");
        this.currency = amount.currency().getCurrencyCode();
        this.amount = amount.amount();
        this.status = PaymentStatus.OPEN;
        this.createdAt = now;
    }

    public Tender addTender(TenderMethod method, Money amount, Long points, Long giftCardId, OffsetDateTime now) {
        Money covered = covered().plus(amount);
        if (covered.compareTo(amount()) > 0) {
            throw new IllegalStateException("Tenders of " + covered + " exceed the payment of " + amount());
        }
        Tender tender = new Tender(this, tenders.size(), method, amount, points, giftCardId, now);
        tenders.add(tender);
        return tender;
    }

    /** What the tenders so far cover. */
    public Money covered() {
        Money sum = new Money(BigDecimal.ZERO, Currency.getInstance(currency));
        for (Tender t : tenders) {
            sum = sum.plus(t.amount());
        }
        return sum;
    }

    /** Every tender captured: the order is paid. */
    public boolean allCaptured() {
        return !tenders.isEmpty()
                && covered().compareTo(amount()) == 0
                && tenders.stream().allMatch(t -> t.getStatus() == TenderStatus.CAPTURED);
    }

    public Optional<Tender> external() {
        return tenders.stream().filter(t -> t.getMethod().isExternal()).findFirst();
    }

    public void paid(OffsetDateTime now) {
        status = PaymentStatus.PAID;
        settledAt = now;
    }

    public void ended(OffsetDateTime now) {
        status = PaymentStatus.ENDED;
        settledAt = now;
    }

    /** The order earned these points when it was paid. */
    public void earned(long points) {
        if (points < 0) {
            throw new IllegalArgumentException("Points earned are not negative: " + points);
        }
        earnedPoints = points;
    }

    /** Refunds took back these points of those earned; never more than were earned. */
    public void clawedBack(long points) {
        if (points < 0 || clawedPoints + points > earnedPoints) {
            throw new IllegalStateException(
                    "Cannot take back " + points + " more of " + earnedPoints + " earned, " + clawedPoints + " taken");
        }
        clawedPoints += points;
    }

    public long getEarnedPoints() {
        return earnedPoints;
    }

    public long getClawedPoints() {
        return clawedPoints;
    }

    public Money amount() {
        return new Money(amount, Currency.getInstance(currency));
    }

    public Long getId() {
        return id;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public String getBuyer() {
        return buyer;
    }

    /** The guest's order this pays became the shopper's who signed in on the guest's browser: so does the payment. */
    public void adoptBy(String customer) {
        if (!buyer.startsWith("guest:") || customer == null || !customer.startsWith("customer:")) {
            throw new IllegalStateException("Payment of " + orderNumber + " is not a guest's to give to " + customer);
        }
        this.buyer = customer;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getSettledAt() {
        return settledAt;
    }

    public List<Tender> getTenders() {
        return Collections.unmodifiableList(tenders);
    }
}
