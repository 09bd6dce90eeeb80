package org.emporium.notification.entity;

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

/** A recipient's latest word on marketing messages over one channel: opted in, or out (unsubscribed). */
@Entity
@Table(name = "notification_consent")
public class Consent {

    @Id
    @SequenceGenerator(
            name = "notification_consent_seq",
            sequenceName = "notification_consent_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_consent_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(nullable = false)
    private boolean marketing;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Column(nullable = false)
    private String source;

    @Version
    private long version;

    protected Consent() {}

    public Consent(String recipient, Channel channel, boolean marketing, String source, OffsetDateTime at) {
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.channel = Objects.requireNonNull(channel, "channel");
        set(marketing, source, at);
    }

    public void set(boolean marketing, String source, OffsetDateTime at) {
        this.marketing = marketing;
        this.source = Objects.requireNonNull(source, "source");
        this.changedAt = at;
    }

    public String getRecipient() {
        return recipient;
    }

    public Channel getChannel() {
        return channel;
    }

    public boolean isMarketing() {
        return marketing;
    }

    public OffsetDateTime getChangedAt() {
        return changedAt;
    }

    public String getSource() {
        return source;
    }
}
