package org.emporium.chat.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.emporium.platform.media.ImageContent;
import org.emporium.platform.media.StoredImage;

/**
 * An image a visitor sent in a conversation. Only checked images get here ({@link ImageContent}): the type is
 * what the bytes are, never what the browser or the file's name claims.
 */
@Entity
@Table(name = "chat_attachment")
public class Attachment extends StoredImage {

    private static final long serialVersionUID = 1L;

    /** The largest image a visitor may send: photos of a parcel or a label, not prints. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** How many images one conversation may carry. */
    public static final int MAX_PER_CONVERSATION = 20;

    @Id
    @SequenceGenerator(name = "chat_attachment_seq", sequenceName = "chat_attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chat_attachment_seq")
    private Long id;

    @Column(name = "conversation_id")
    private Long conversationId;

    protected Attachment() {}

    /** @throws org.emporium.platform.i18n.BusinessRuleViolation when the bytes are not an image the shop takes */
    public Attachment(long conversationId, String fileName, byte[] bytes, OffsetDateTime now) {
        super(fileName, bytes, MAX_BYTES, now);
        this.conversationId = conversationId;
    }

    public Long getId() {
        return id;
    }

    public Long getConversationId() {
        return conversationId;
    }
}
