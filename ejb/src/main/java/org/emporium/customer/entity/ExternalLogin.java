package org.emporium.customer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An account's link to a subject of an external login provider (the {@code sub} of an OpenID Connect provider,
 * QQ's openid, Weibo's uid): that subject signs in to this account. A subject belongs to one account, and an
 * account has at most one subject per provider.
 */
@Entity
@Table(name = "customer_external_login")
public class ExternalLogin {

    @Id
    @SequenceGenerator(
            name = "customer_external_login_seq",
            sequenceName = "customer_external_login_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_external_login_seq")
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(nullable = false, updatable = false)
    private String provider;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "linked_at", nullable = false, updatable = false)
    private OffsetDateTime linkedAt;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    @Version
    private long version;

    protected ExternalLogin() {}

    public ExternalLogin(long accountId, String provider, String subject, String displayName, OffsetDateTime at) {
        this.accountId = accountId;
        this.provider = Objects.requireNonNull(provider, "provider");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.displayName =
                displayName == null || displayName.length() <= 100 ? displayName : displayName.substring(0, 100);
        this.linkedAt = at;
    }

    public void used(OffsetDateTime at) {
        this.lastUsedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getProvider() {
        return provider;
    }

    public String getSubject() {
        return subject;
    }

    public String getDisplayName() {
        return displayName;
    }

    public OffsetDateTime getLinkedAt() {
        return linkedAt;
    }

    public OffsetDateTime getLastUsedAt() {
        return lastUsedAt;
    }
}
