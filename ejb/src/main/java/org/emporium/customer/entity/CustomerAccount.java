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
import java.time.OffsetDateTime;
import java.util.Objects;

/** A shopper's account: known by a confirmed mainland mobile number, optionally an email, with a PBKDF2 hash. */
@Entity
@Table(name = "customer_account")
public class CustomerAccount {

    @Id
    @SequenceGenerator(name = "customer_account_seq", sequenceName = "customer_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_account_seq")
    private Long id;

    @Column(nullable = false)
    private String phone;

    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(nullable = false)
    private String locale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "password_changed_at")
    private OffsetDateTime passwordChangedAt;

    @Version
    private long version;

    protected CustomerAccount() {}

    public CustomerAccount(String phone, String displayName, String passwordHash, String locale, OffsetDateTime at) {
        this.phone = Objects.requireNonNull(phone, "phone");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.status = AccountStatus.ACTIVE;
        this.createdAt = at;
        this.passwordChangedAt = at;
    }

    public void changePassword(String newHash, OffsetDateTime at) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
        this.passwordChangedAt = at;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getId() {
        return id;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getLocale() {
        return locale;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getPasswordChangedAt() {
        return passwordChangedAt;
    }
}
