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
import java.time.OffsetDateTime;
import java.util.Objects;

/** Points earned at one time, from one source, that expire together. Spending takes what remains. */
@Entity
@Table(name = "payment_points_lot")
public class PointsLot implements Serializable {

    @Id
    @SequenceGenerator(name = "payment_points_lot_seq", sequenceName = "payment_points_lot_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_points_lot_seq")
    private Long id;

    @Column(name = "account_id")
    private long accountId;

    private long points;
    private long remaining;
    private String source;

    @Column(name = "earned_at")
    private OffsetDateTime earnedAt;

    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    @Version
    private long version;

    protected PointsLot() {}

    public PointsLot(long accountId, long points, String source, OffsetDateTime earnedAt, OffsetDateTime expiresAt) {
        if (points <= 0) {
            throw new IllegalArgumentException("A lot has points: " + points);
        }
        this.accountId = accountId;
        this.points = points;
        this.remaining = points;
        this.source = Objects.requireNonNull(source, "source");
        this.earnedAt = earnedAt;
        this.expiresAt = expiresAt;
    }

    /** Takes up to {@code wanted} points; returns how many it gave. */
    public long take(long wanted) {
        long taken = Math.min(wanted, remaining);
        remaining -= taken;
        return taken;
    }

    /** Puts back points taken from it (a refund); never more than it ever held. */
    public void putBack(long count) {
        if (count < 0 || remaining + count > points) {
            throw new IllegalStateException("Cannot put back " + count + " into a lot of " + points);
        }
        remaining += count;
    }

    public boolean isExpired(OffsetDateTime now) {
        return !expiresAt.isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public long getPoints() {
        return points;
    }

    public long getRemaining() {
        return remaining;
    }

    public String getSource() {
        return source;
    }

    public OffsetDateTime getEarnedAt() {
        return earnedAt;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }
}
