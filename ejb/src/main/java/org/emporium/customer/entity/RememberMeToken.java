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

/**
 * A browser's "remember me": a random series (which browser) and token (which use), both kept as hashes only.
 * Each use replaces the token, so the cookie a browser holds is good exactly once; a right series with a wrong
 * token means that someone else used a copy of the cookie, and then every remembered browser of the account is
 * forgotten.
 */
@Entity
@Table(name = "customer_remember_me")
public class RememberMeToken {

    /** What presenting a token to a series came to. */
    public enum Use {
        /** The token was the current one: it is replaced, and the shopper is signed in. */
        ACCEPTED,
        /** The series is past its end: forgotten, no sign-in. */
        EXPIRED,
        /** An old token of a live series: a stolen cookie has been used; the account's series must all go. */
        STOLEN
    }

    @Id
    @SequenceGenerator(
            name = "customer_remember_me_seq",
            sequenceName = "customer_remember_me_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_remember_me_seq")
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "series_hash", nullable = false, updatable = false)
    private String seriesHash;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_used_at", nullable = false)
    private OffsetDateTime lastUsedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private OffsetDateTime expiresAt;

    @Version
    private long version;

    protected RememberMeToken() {}

    public RememberMeToken(long accountId, String seriesHash, String tokenHash, OffsetDateTime at, Duration lifetime) {
        this.accountId = accountId;
        this.seriesHash = Objects.requireNonNull(seriesHash, "seriesHash");
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.createdAt = at;
        this.lastUsedAt = at;
        this.expiresAt = at.plus(lifetime);
    }

    /**
     * Presents a token (by its hash) at {@code now}; when it is the current one, {@code nextTokenHash}
     * replaces it. The lifetime of the series does not grow with use: a remembered browser signs in again with
     * a password at least every {@code lifetime}.
     */
    public Use use(String presentedTokenHash, String nextTokenHash, OffsetDateTime now) {
        if (!now.isBefore(expiresAt)) {
            return Use.EXPIRED;
        }
        if (!java.security.MessageDigest.isEqual(
                tokenHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                String.valueOf(presentedTokenHash).getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return Use.STOLEN;
        }
        tokenHash = Objects.requireNonNull(nextTokenHash, "nextTokenHash");
        lastUsedAt = now;
        return Use.ACCEPTED;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getSeriesHash() {
        return seriesHash;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    public OffsetDateTime getLastUsedAt() {
        return lastUsedAt;
    }
}
