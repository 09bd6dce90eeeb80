package org.emporium.chat.entity;

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
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Pattern;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * A message left through the widget while no agent was there. The visitor leaves an e-mail address or a
 * mainland mobile number, and an agent answers it from the console by e-mail or SMS in the visitor's language.
 */
@Entity
@Table(name = "chat_ticket")
public class Ticket implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    /** The longest answer; an SMS answer is shorter still ({@link #MAX_SMS_ANSWER}). */
    public static final int MAX_ANSWER = 2000;

    public static final int MAX_SMS_ANSWER = 300;

    @Id
    @SequenceGenerator(name = "chat_ticket_seq", sequenceName = "chat_ticket_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chat_ticket_seq")
    private Long id;

    @Column(name = "site_id")
    private Long siteId;

    @Column(name = "visitor_id")
    private Long visitorId;

    private String name;

    private String email;

    private String phone;

    private String locale;

    private String body;

    private String answer;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Column(name = "notification_id")
    private Long notificationId;

    @Enumerated(EnumType.STRING)
    private TicketStatus status;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Ticket() {}

    /**
     * @param contact an e-mail address, or a mainland mobile number (spaces, dashes and +86 allowed)
     * @param locale {@code en} for English answers, anything else for Chinese
     */
    public Ticket(Visitor visitor, String name, String contact, String body, String locale, OffsetDateTime now) {
        this.name = Texts.clip(name, 100);
        this.body = Texts.clip(body, Message.MAX_LENGTH);
        if (this.name == null) {
            throw new BusinessRuleViolation("chat.ticket.name");
        }
        String given = Texts.clip(contact, 200);
        if (given != null && given.contains("@")) {
            if (!EMAIL.matcher(given).matches()) {
                throw new BusinessRuleViolation("chat.ticket.contact");
            }
            this.email = given;
        } else {
            this.phone = mobile(given).orElseThrow(() -> new BusinessRuleViolation("chat.ticket.contact"));
        }
        if (this.body == null) {
            throw new BusinessRuleViolation("chat.message.empty");
        }
        this.locale = "en".equals(locale) ? "en" : "zh_CN";
        this.siteId = visitor.getSite().getId();
        this.visitorId = visitor.getId();
        this.status = TicketStatus.OPEN;
        this.createdAt = now;
    }

    /** A mainland mobile number in its 11 digits, from what a person types. */
    static Optional<String> mobile(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[\\s-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        }
        return MOBILE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    /**
     * Records the answer an agent gives; the caller sends it.
     *
     * @throws BusinessRuleViolation when the ticket was answered already, or the answer is empty or too long
     *     for the channel it goes by
     */
    public void answer(String agent, String text, OffsetDateTime now) {
        if (status == TicketStatus.ANSWERED) {
            throw new BusinessRuleViolation("chat.ticket.answered");
        }
        String clean = text == null ? null : text.strip();
        if (clean == null || clean.isEmpty()) {
            throw new BusinessRuleViolation("chat.ticket.answer.empty");
        }
        int max = bySms() ? MAX_SMS_ANSWER : MAX_ANSWER;
        if (clean.codePointCount(0, clean.length()) > max) {
            throw new BusinessRuleViolation("chat.ticket.answer.size", max);
        }
        this.answer = clean;
        this.answeredBy = agent;
        this.answeredAt = now;
        this.status = TicketStatus.ANSWERED;
    }

    /** The notification that carried the answer. */
    public void sentAs(long notification) {
        this.notificationId = notification;
    }

    /** Whether the answer goes by SMS: the visitor left a mobile number, not an e-mail address. */
    public boolean bySms() {
        return email == null;
    }

    public Long getId() {
        return id;
    }

    public Long getVisitorId() {
        return visitorId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getLocale() {
        return locale;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public OffsetDateTime getAnsweredAt() {
        return answeredAt;
    }

    public Long getNotificationId() {
        return notificationId;
    }

    public String getBody() {
        return body;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
