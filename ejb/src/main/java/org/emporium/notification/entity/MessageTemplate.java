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

/** The text of one kind of message on one channel in one language, with {{placeholders}} for its variables. */
@Entity
@Table(name = "notification_template")
public class MessageTemplate {

    public static final int MAX_BODY = 8000;
    public static final int MAX_SUBJECT = 200;

    @Id
    @SequenceGenerator(
            name = "notification_template_seq",
            sequenceName = "notification_template_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_template_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(nullable = false, updatable = false)
    private String locale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;

    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Version
    private long version;

    protected MessageTemplate() {}

    public MessageTemplate(
            String code,
            Channel channel,
            String locale,
            Purpose purpose,
            String subject,
            String body,
            OffsetDateTime at) {
        this.code = Objects.requireNonNull(code, "code");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.updatedAt = at;
        change(subject, body, purpose, null, at);
    }

    /** New text from staff; an email needs a subject, every message a body, both within their lengths. */
    public void change(String subject, String body, Purpose purpose, String by, OffsetDateTime at) {
        if (body == null || body.isBlank() || body.length() > MAX_BODY) {
            throw new IllegalArgumentException("body");
        }
        if (channel == Channel.EMAIL && (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT)) {
            throw new IllegalArgumentException("subject");
        }
        this.subject = channel == Channel.EMAIL ? subject.strip() : null;
        this.body = body;
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getLocale() {
        return locale;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
