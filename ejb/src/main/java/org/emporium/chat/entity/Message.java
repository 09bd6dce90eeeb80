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
import java.io.Serializable;
import java.time.OffsetDateTime;
import org.emporium.platform.i18n.BusinessRuleViolation;

/** One thing said in a conversation, kept as typed: every page and widget escapes it when it shows it. */
@Entity
@Table(name = "chat_message")
public class Message implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "chat_message_seq", sequenceName = "chat_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chat_message_seq")
    private Long id;

    @Column(name = "conversation_id")
    private Long conversationId;

    @Enumerated(EnumType.STRING)
    private Author author;

    @Column(name = "author_name")
    private String authorName;

    private String body;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "attachment_id")
    private Long attachmentId;

    protected Message() {}

    /** The visitor's message that carries an image; its text is the image's file name. */
    public static Message carrying(Attachment image, String authorName, OffsetDateTime sentAt) {
        Message m = new Message(image.getConversationId(), Author.VISITOR, authorName, image.getFileName(), sentAt);
        m.attachmentId = image.getId();
        return m;
    }

    public Message(Long conversationId, Author author, String authorName, String body, OffsetDateTime sentAt) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new BusinessRuleViolation("chat.message.empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new BusinessRuleViolation("chat.message.too-long", MAX_LENGTH);
        }
        this.conversationId = conversationId;
        this.author = author;
        this.authorName = Texts.clip(authorName, 100);
        this.body = text;
        this.sentAt = sentAt;
    }

    public Long getId() {
        return id;
    }

    public Long getConversationId() {
        return conversationId;
    }

    public Author getAuthor() {
        return author;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    /** The image this message carries, if any. */
    public Long getAttachmentId() {
        return attachmentId;
    }
}
