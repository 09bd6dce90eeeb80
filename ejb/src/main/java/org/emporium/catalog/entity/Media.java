package org.emporium.catalog.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * An uploaded image, kept in the database so that every node serves the same bytes. Rows are never
 * changed: a new upload is a new row, and the same file uploaded twice is one row (by its SHA-256).
 */
@Entity
@Table(name = "media")
public class Media implements Serializable {

    @Id
    @SequenceGenerator(name = "media_seq", sequenceName = "media_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "media_seq")
    private Long id;

    @Column(columnDefinition = "CHAR(64)")
    private String sha256;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "file_name")
    private String fileName;

    private int width;

    private int height;

    @Column(name = "byte_size")
    private int byteSize;

    @Basic(fetch = FetchType.LAZY)
    private byte[] bytes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Media() {}

    public Media(String sha256, String contentType, String fileName, int width, int height, byte[] bytes) {
        this.sha256 = sha256;
        this.contentType = contentType;
        this.fileName = fileName;
        this.width = width;
        this.height = height;
        this.bytes = bytes;
        this.byteSize = bytes.length;
    }

    @PrePersist
    void onCreate() {
        createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getSha256() {
        return sha256;
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
        return bytes;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
