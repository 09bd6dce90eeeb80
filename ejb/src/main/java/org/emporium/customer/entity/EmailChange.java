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

/** A new email waiting for its owner to open the link mailed to it; the link's token kept as its hash. */
@Entity
@Table(name = "customer_email_change")
public class EmailChange {

    @Id
    @SequenceGenerator(
            name = "customer_email_change_seq",
            sequenceName = "customer_email_change_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_email_change_seq")
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(nullable = false, updatable = false)
    private String email;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    @Version
    private long version;

    protected EmailChange() {}

    public EmailChange(long accountId, String email, String tokenHash, OffsetDateTime at, Duration validity) {
        this.accountId = accountId;
        this.email = Objects.requireNonNull(email, "email");
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.createdAt = at;
        this.expiresAt = at.plus(validity);
    }

    public boolean usable(OffsetDateTime now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(OffsetDateTime at) {
        if (usedAt != null) {
            throw new IllegalStateException("A link is used once");
        }
        usedAt = at;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getEmail() {
        return email;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
