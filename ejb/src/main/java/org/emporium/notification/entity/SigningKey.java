package org.emporium.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A secret shared by every node, made once (the key that signs unsubscribe links). */
@Entity
@Table(name = "notification_key")
public class SigningKey {

    @Id
    private String name;

    @Column(nullable = false, updatable = false)
    private String secret;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected SigningKey() {}

    public SigningKey(String name, String secret, OffsetDateTime createdAt) {
        this.name = name;
        this.secret = secret;
        this.createdAt = createdAt;
    }

    public String getSecret() {
        return secret;
    }
}
