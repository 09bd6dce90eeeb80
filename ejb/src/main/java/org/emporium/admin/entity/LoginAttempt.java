package org.emporium.admin.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;

/**
 * One try to log into the back office: which name was typed, from where, whether it succeeded and when.
 * Written once and never changed, so it carries no version.
 */
@Entity
@Table(name = "login_attempt")
public class LoginAttempt {

    /** Longer input is cut, not refused: a name that long belongs to no account, but it still counts. */
    static final int MAX_LENGTH = 100;

    @Id
    @SequenceGenerator(name = "login_attempt_seq", sequenceName = "login_attempt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_attempt_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "remote_address", nullable = false, updatable = false)
    private String remoteAddress;

    @Column(nullable = false, updatable = false)
    private boolean succeeded;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private OffsetDateTime attemptedAt;

    protected LoginAttempt() {}

    public LoginAttempt(String username, String remoteAddress, boolean succeeded, OffsetDateTime attemptedAt) {
        this.username = normalizedUsername(username);
        this.remoteAddress = normalizedAddress(remoteAddress);
        this.succeeded = succeeded;
        this.attemptedAt = Objects.requireNonNull(attemptedAt, "attemptedAt");
    }

    /**
     * The name as attempts are counted under it: "Admin" and " admin" are the same target, so that changing
     * the case of a name does not buy an attacker a fresh allowance.
     */
    public static String normalizedUsername(String username) {
        return cut(username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    public static String normalizedAddress(String address) {
        return cut(address == null || address.isBlank() ? "unknown" : address.trim());
    }

    private static String cut(String value) {
        return value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }

    public boolean isSucceeded() {
        return succeeded;
    }

    public OffsetDateTime getAttemptedAt() {
        return attemptedAt;
    }
}
