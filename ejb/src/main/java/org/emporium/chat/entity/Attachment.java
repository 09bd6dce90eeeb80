package org.emporium.chat.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import org.emporium.platform.media.ImageContent;

/**
 * An image a visitor sent in a conversation. Only checked images get here ({@link ImageContent}): the type is
 * what the bytes are, never what the browser or the file's name claims.
 */
@Entity
@Table(name = "chat_attachment")
public class Attachment implements Serializable {

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

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "file_name")
    private String fileName;

    private int width;

    private int height;

    @Column(name = "byte_size")
    private int byteSize;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] bytes;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    protected Attachment() {}

    /** @throws org.emporium.platform.i18n.BusinessRuleViolation when the bytes are not an image the shop takes */
    public Attachment(long conversationId, String fileName, byte[] bytes, OffsetDateTime now) {
        ImageContent content = ImageContent.of(bytes, MAX_BYTES);
        this.conversationId = conversationId;
        this.contentType = content.contentType();
        this.width = content.width();
        this.height = content.height();
        this.fileName = name(fileName, content.contentType());
        this.byteSize = bytes.length;
        this.bytes = bytes.clone();
        this.createdAt = now;
    }

    /** The file's own name without any path, or a plain one when it has none. */
    static String name(String given, String contentType) {
        String base = given == null ? "" : given.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "");
        String clipped = Texts.clip(base, 200);
        return clipped != null ? clipped : "image." + contentType.substring("image/".length());
    }

    public Long getId() {
        return id;
    }

    public Long getConversationId() {
        return conversationId;
    }

    public String getContentType() {
        return contentType;
    }

    public String getFileName() {
        return fileName;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public int getByteSize() {
        return byteSize;
    }

    public byte[] getBytes() {
        return bytes.clone();
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
