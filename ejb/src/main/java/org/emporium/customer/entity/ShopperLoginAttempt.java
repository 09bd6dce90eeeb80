package org.emporium.customer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * One try at signing in as a shopper (by password or SMS code), or one request for a login code: for which
 * login (a mobile number or email, whether or not an account has it), from which address, and how it ended.
 */
@Entity
@Table(name = "customer_login_attempt")
public class ShopperLoginAttempt {

    /** How the shopper tried: a password, an SMS code, or asking for a code to be sent. */
    public enum Method {
        PASSWORD,
        CODE,
        SEND
    }

    @Id
    @SequenceGenerator(
            name = "customer_login_attempt_seq",
            sequenceName = "customer_login_attempt_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_login_attempt_seq")
    private Long id;

    @Column(name = "login_key", nullable = false, updatable = false)
    private String loginKey;

    @Column(name = "remote_address", nullable = false, updatable = false)
    private String remoteAddress;

    @Column(nullable = false, updatable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Method method;

    @Column(nullable = false, updatable = false)
    private boolean succeeded;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private OffsetDateTime attemptedAt;

    protected ShopperLoginAttempt() {}

    public ShopperLoginAttempt(
            String loginKey, String remoteAddress, Method method, boolean succeeded, OffsetDateTime at) {
        this.loginKey = key(loginKey);
        this.remoteAddress = address(remoteAddress);
        this.method = method;
        this.succeeded = succeeded;
        this.attemptedAt = at;
    }

    /** The login as counted: trimmed, lower case, bounded, so that "A@x.cn " and "a@x.cn" are one. */
    public static String key(String login) {
        String k = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        return k.length() > 200 ? k.substring(0, 200) : k;
    }

    public static String address(String address) {
        String a = address == null ? "unknown" : address.strip();
        return a.length() > 64 ? a.substring(0, 64) : a;
    }

    public Long getId() {
        return id;
    }

    public String getLoginKey() {
        return loginKey;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }

    public Method getMethod() {
        return method;
    }

    public boolean isSucceeded() {
        return succeeded;
    }

    public OffsetDateTime getAttemptedAt() {
        return attemptedAt;
    }
}
