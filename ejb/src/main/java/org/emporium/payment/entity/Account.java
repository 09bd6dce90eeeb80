package org.emporium.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;

/**
 * A shopper's internal account: a money balance and a points total, each with the part held for payments in
 * progress. What is available is the total less what is held; nothing can hold or take more than that.
 */
@Entity
@Table(name = "payment_account")
public class Account implements Serializable {

    @Id
    @SequenceGenerator(name = "payment_account_seq", sequenceName = "payment_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_account_seq")
    private Long id;

    private String owner;

    @Column(columnDefinition = "CHAR(3)")
    private String currency;

    private BigDecimal balance;

    @Column(name = "balance_held")
    private BigDecimal balanceHeld;

    private long points;

    @Column(name = "points_held")
    private long pointsHeld;

    /**
     * Points the owner owes: earned points a refund took back after they had been spent. Never spendable, never
     * below zero; points earned later pay it off first.
     */
    @Column(name = "points_debt")
    private long pointsDebt;

    @Version
    private long version;

    protected Account() {}

    public Account(String owner, Currency currency) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.currency = currency.getCurrencyCode();
        this.balance = BigDecimal.ZERO.setScale(2);
        this.balanceHeld = BigDecimal.ZERO.setScale(2);
    }

    public Money availableBalance() {
        return money(balance.subtract(balanceHeld));
    }

    public long availablePoints() {
        return points - pointsHeld;
    }

    /** Sets money aside for a payment in progress; more than is available raises {@code payment.balance.insufficient}. */
    public void holdBalance(Money amount) {
        requirePositive(amount);
        if (availableBalance().compareTo(amount) < 0) {
            throw new BusinessRuleViolation(
                    "payment.balance.insufficient",
                    availableBalance().amount().toPlainString(),
                    amount.amount().toPlainString());
        }
        balanceHeld = balanceHeld.add(amount.amount());
    }

    /** Gives held money back to the available balance (the payment did not go through). */
    public void releaseBalance(Money amount) {
        requireHeld(amount.amount().compareTo(balanceHeld) <= 0, amount);
        balanceHeld = balanceHeld.subtract(amount.amount());
    }

    /** The held money is spent: it leaves the account. */
    public void captureBalance(Money amount) {
        requireHeld(amount.amount().compareTo(balanceHeld) <= 0, amount);
        balanceHeld = balanceHeld.subtract(amount.amount());
        balance = balance.subtract(amount.amount());
    }

    /** Money comes in: a refund, a top-up or an adjustment. */
    public void credit(Money amount) {
        requirePositive(amount);
        balance = balance.add(amount.amount());
    }

    /** Money taken out by staff; never below what is held. */
    public void debit(Money amount) {
        requirePositive(amount);
        if (availableBalance().compareTo(amount) < 0) {
            throw new BusinessRuleViolation(
                    "payment.balance.insufficient",
                    availableBalance().amount().toPlainString(),
                    amount.amount().toPlainString());
        }
        balance = balance.subtract(amount.amount());
    }

    public void holdPoints(long count) {
        if (count <= 0) {
            throw new IllegalArgumentException("points to hold must be positive: " + count);
        }
        if (availablePoints() < count) {
            throw new BusinessRuleViolation("payment.points.insufficient", availablePoints(), count);
        }
        pointsHeld += count;
    }

    public void releasePoints(long count) {
        if (count > pointsHeld || count <= 0) {
            throw new IllegalStateException("Only held points can be released: " + count + " of " + pointsHeld);
        }
        pointsHeld -= count;
    }

    public void capturePoints(long count) {
        if (count > pointsHeld || count <= 0) {
            throw new IllegalStateException("Only held points can be spent: " + count + " of " + pointsHeld);
        }
        pointsHeld -= count;
        points -= count;
    }

    /** Points come in: earned, or given back by a refund. */
    public void addPoints(long count) {
        if (count <= 0) {
            throw new IllegalArgumentException("points to add must be positive: " + count);
        }
        points += count;
    }

    /** Points leave without being spent: they expired, or an earning was taken back. */
    public void removePoints(long count) {
        if (count < 0 || count > availablePoints()) {
            throw new IllegalStateException(
                    "Cannot remove " + count + " of " + availablePoints() + " available points");
        }
        points -= count;
    }

    /** Earned points that could not be taken back (already spent) are owed. */
    public void owePoints(long count) {
        if (count <= 0) {
            throw new IllegalArgumentException("points owed must be positive: " + count);
        }
        pointsDebt += count;
    }

    /** New points pay off what is owed first; returns how many of {@code count} went to the debt. */
    public long settleDebt(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("points to settle with are not negative: " + count);
        }
        long settled = Math.min(count, pointsDebt);
        pointsDebt -= settled;
        return settled;
    }

    public long getPointsDebt() {
        return pointsDebt;
    }

    private void requirePositive(Money amount) {
        if (!amount.currency().getCurrencyCode().equals(currency)) {
            throw new BusinessRuleViolation(
                    "payment.currency.mismatch", amount.currency().getCurrencyCode());
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
    }

    private void requireHeld(boolean held, Money amount) {
        if (!held || !amount.isPositive()) {
            throw new IllegalStateException(
                    "Only held money can be released or spent: " + amount + " of " + balanceHeld);
        }
    }

    private Money money(BigDecimal amount) {
        return new Money(amount, Currency.getInstance(currency));
    }

    public Long getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public BigDecimal getBalanceHeld() {
        return balanceHeld;
    }

    public long getPoints() {
        return points;
    }

    public long getPointsHeld() {
        return pointsHeld;
    }

    public long getVersion() {
        return version;
    }
}
