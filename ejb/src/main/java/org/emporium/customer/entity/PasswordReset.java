package org.emporium.customer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A password-reset token (a link's secret, or an SMS code), kept as its hash; single use, expiring. */
@Entity
@Table(name = "customer_password_reset")
public class PasswordReset {

    public static final int MAX_TRIES = 5;

    @Id
    @SequenceGenerator(name = "customer_reset_seq", sequenceName = "customer_reset_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_reset_seq")
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(nullable = false, updatable = false)
    private String channel;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private OffsetDateTime expiresAt;

    private int tries;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    @Version
    private long version;

    protected PasswordReset() {}

    public PasswordReset(Long accountId, String channel, String tokenHash, OffsetDateTime at, Duration validity) {
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.createdAt = at;
        this.expiresAt = at.plus(validity);
    }

    public boolean usable(OffsetDateTime now) {
        return usedAt == null && tries < MAX_TRIES && now.isBefore(expiresAt);
    }

    public void wrongTry() {
        tries++;
    }

    public void use(OffsetDateTime at) {
        if (usedAt != null) {
            throw new IllegalStateException("A reset token is used once");
        }
        usedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getChannel() {
        return channel;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    public int getTries() {
        return tries;
    }

    public OffsetDateTime getUsedAt() {
        return usedAt;
    }
}
