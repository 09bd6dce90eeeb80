package org.emporium.customer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A code sent by SMS, kept as its hash: good for a few minutes, a few wrong tries, and one use. A wrong try
 * counts even though the request that made it fails.
 */
@Entity
@Table(name = "customer_code")
public class OneTimeCode {

    public static final int MAX_TRIES = 5;

    @Id
    @SequenceGenerator(name = "customer_code_seq", sequenceName = "customer_code_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_code_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CodePurpose purpose;

    @Column(name = "code_hash", nullable = false, updatable = false)
    private String codeHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private OffsetDateTime expiresAt;

    private int tries;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    @Version
    private long version;

    protected OneTimeCode() {}

    public OneTimeCode(String phone, CodePurpose purpose, String codeHash, OffsetDateTime at, Duration validity) {
        this.phone = Objects.requireNonNull(phone, "phone");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.codeHash = Objects.requireNonNull(codeHash, "codeHash");
        this.createdAt = at;
        this.expiresAt = at.plus(validity);
    }

    /** Whether the code can still be tried at this moment. */
    public boolean usable(OffsetDateTime now) {
        return usedAt == null && tries < MAX_TRIES && now.isBefore(expiresAt);
    }

    public void wrongTry() {
        tries++;
    }

    public void use(OffsetDateTime at) {
        if (usedAt != null) {
            throw new IllegalStateException("A code is used once");
        }
        usedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getPhone() {
        return phone;
    }

    public CodePurpose getPurpose() {
        return purpose;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
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
