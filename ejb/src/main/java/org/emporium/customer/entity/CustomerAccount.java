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

    /** Sessions signed in before this moment are over ("sign out everywhere else"). */
    @Column(name = "sessions_valid_from")
    private OffsetDateTime sessionsValidFrom;

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

    /** An account opened from an external login: it has no password until the shopper sets one. */
    public static CustomerAccount withoutPassword(String phone, String displayName, String locale, OffsetDateTime at) {
        CustomerAccount account = new CustomerAccount();
        account.phone = Objects.requireNonNull(phone, "phone");
        account.displayName = Objects.requireNonNull(displayName, "displayName");
        account.locale = Objects.requireNonNull(locale, "locale");
        account.status = AccountStatus.ACTIVE;
        account.createdAt = at;
        return account;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    /** A mobile number confirmed by a code it received. */
    public void changePhone(String phone) {
        this.phone = Objects.requireNonNull(phone, "phone");
    }

    /** Every session signed in before {@code at} ends at its next page. */
    public void endSessionsBefore(OffsetDateTime at) {
        this.sessionsValidFrom = at;
    }

    public OffsetDateTime getSessionsValidFrom() {
        return sessionsValidFrom;
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
