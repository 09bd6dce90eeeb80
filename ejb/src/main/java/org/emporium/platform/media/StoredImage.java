package org.emporium.platform.media;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * An uploaded image kept in the database, so that every node serves it: its checked type and size, the file's own
 * name and the bytes (read only when served). Only checked images get here ({@link ImageContent}): the type is what
 * the bytes are, never what the browser or the file's name claims. Each context's table adds what the image
 * belongs to.
 */
@MappedSuperclass
public abstract class StoredImage implements Serializable {

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

    protected StoredImage() {}

    /** @throws org.emporium.platform.i18n.BusinessRuleViolation when the bytes are not an image the shop takes */
    protected StoredImage(String fileName, byte[] bytes, int maxBytes, OffsetDateTime now) {
        ImageContent content = ImageContent.of(bytes, maxBytes);
        this.contentType = content.contentType();
        this.width = content.width();
        this.height = content.height();
        this.fileName = content.fileName(fileName);
        this.byteSize = bytes.length;
        this.bytes = bytes.clone();
        this.createdAt = now;
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
