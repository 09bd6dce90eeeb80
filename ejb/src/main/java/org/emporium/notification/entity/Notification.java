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
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One message to one recipient, rendered when it was requested, with where its delivery stands. The row is
 * its own outbox entry: written in the requester's transaction as {@link DeliveryStatus#PENDING}, it is
 * handed to the broker by the relay once committed and due.
 */
@Entity
@Table(name = "notification_message")
public class Notification {

    static final int MAX_ERROR = 1000;

    @Id
    @SequenceGenerator(
            name = "notification_message_seq",
            sequenceName = "notification_message_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_message_seq")
    private Long id;

    /**
     * The message's name for the broker's duplicate detection: unique for ever, unlike an id; renewed for each
     * round of attempts, since a round numbers its attempts from zero again.
     */
    @Column(name = "message_key", nullable = false)
    private String messageKey;

    @Column(name = "template_code", nullable = false, updatable = false)
    private String templateCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Purpose purpose;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false)
    private String locale;

    @Column(updatable = false)
    private String subject;

    /** The text to send; replaced by {@link #shownBody} once sent, so that no code or reset link stays. */
    @Column(nullable = false)
    private String body;

    /** The text with its secrets masked: what staff see. */
    @Column(name = "shown_body", nullable = false, updatable = false)
    private String shownBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryStatus status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "dispatched_at")
    private OffsetDateTime dispatchedAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "delivered_at")
    private OffsetDateTime deliveredAt;

    @Column(name = "provider_ref")
    private String providerRef;

    @Column(name = "last_error")
    private String lastError;

    @Version
    private long version;

    protected Notification() {}

    public Notification(
            String templateCode,
            Channel channel,
            Purpose purpose,
            String recipient,
            String locale,
            String subject,
            String body,
            String shownBody,
            DeliveryStatus initial,
            OffsetDateTime at) {
        if (initial != DeliveryStatus.PENDING
                && initial != DeliveryStatus.SUPPRESSED
                && initial != DeliveryStatus.RATE_LIMITED) {
            throw new IllegalArgumentException("A message starts pending, suppressed or rate-limited, not " + initial);
        }
        this.messageKey = UUID.randomUUID().toString();
        this.templateCode = Objects.requireNonNull(templateCode, "templateCode");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.subject = subject;
        this.body = Objects.requireNonNull(body, "body");
        this.shownBody = Objects.requireNonNull(shownBody, "shownBody");
        this.status = initial;
        this.createdAt = at;
        this.nextAttemptAt = initial == DeliveryStatus.PENDING ? at : null;
    }

    /** The relay puts it on its queue; a dispatched message that nothing answered is put there again. */
    public void dispatched(OffsetDateTime at) {
        if (status != DeliveryStatus.PENDING && status != DeliveryStatus.DISPATCHED) {
            throw new IllegalStateException("Message " + id + " is " + status + ", not pending");
        }
        this.status = DeliveryStatus.DISPATCHED;
        this.dispatchedAt = at;
    }

    /** The broker would not take it after all: it waits for the next relay. */
    public void undispatched() {
        requireStatus(DeliveryStatus.DISPATCHED);
        this.status = DeliveryStatus.PENDING;
        this.dispatchedAt = null;
    }

    /** Whether a delivery of the queue message for the given attempt should still be acted on. */
    public boolean awaits(int attempt) {
        return status == DeliveryStatus.DISPATCHED && attempts == attempt;
    }

    public void sent(String providerRef, OffsetDateTime at) {
        requireStatus(DeliveryStatus.DISPATCHED);
        this.status = DeliveryStatus.SENT;
        this.body = shownBody;
        this.attempts++;
        this.sentAt = at;
        this.providerRef = providerRef;
        this.lastError = null;
        this.nextAttemptAt = null;
    }

    /**
     * An attempt failed. With a delay the message waits for its next attempt; without one (the attempts are
     * used up) it becomes a dead letter.
     */
    public void failed(String error, Duration retryAfter, OffsetDateTime at) {
        requireStatus(DeliveryStatus.DISPATCHED);
        this.attempts++;
        this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR));
        if (retryAfter == null) {
            this.status = DeliveryStatus.FAILED;
            this.nextAttemptAt = null;
        } else {
            this.status = DeliveryStatus.PENDING;
            this.nextAttemptAt = at.plus(retryAfter);
        }
    }

    /** The provider's report on an SMS it accepted. */
    public void reported(boolean delivered, String detail, OffsetDateTime at) {
        if (status != DeliveryStatus.SENT) {
            return; // a late or repeated report changes nothing
        }
        this.status = delivered ? DeliveryStatus.DELIVERED : DeliveryStatus.UNDELIVERED;
        this.deliveredAt = delivered ? at : null;
        if (!delivered) {
            this.lastError = detail;
        }
    }

    /** Staff send a dead letter again: it gets a fresh round of attempts. */
    public void retry(OffsetDateTime at) {
        if (status != DeliveryStatus.FAILED) {
            // not an undelivered one either: once sent, it keeps only its masked text
            throw new IllegalStateException("Only a failed message can be sent again, not a " + status + " one");
        }
        this.status = DeliveryStatus.PENDING;
        this.attempts = 0;
        this.messageKey = UUID.randomUUID().toString();
        this.nextAttemptAt = at;
    }

    private void requireStatus(DeliveryStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Message " + id + " is " + status + ", not " + expected);
        }
    }

    public Long getId() {
        return id;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getTemplateCode() {
        return templateCode;
    }

    public Channel getChannel() {
        return channel;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getLocale() {
        return locale;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getShownBody() {
        return shownBody;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public OffsetDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getDispatchedAt() {
        return dispatchedAt;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    public OffsetDateTime getDeliveredAt() {
        return deliveredAt;
    }

    public String getProviderRef() {
        return providerRef;
    }

    public String getLastError() {
        return lastError;
    }
}
