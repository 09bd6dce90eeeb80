package org.emporium.catalog.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.emporium.catalog.entity.Media;
import org.emporium.platform.media.ImageContent;

/**
 * The images of the catalogue (brand logos, product photos), kept in the database so that every node
 * serves the same bytes. An upload is checked by its content, not its name; the same file uploaded twice
 * is one row, found by its SHA-256. Rows never change, which lets the media servlet cache them forever.
 */
@Stateless
public class MediaLibrary {

    /** A stored file name is cut to this length (the column's). */
    static final int MAX_FILE_NAME = 200;

    @PersistenceContext
    EntityManager em;

    /**
     * Stores an uploaded image, or returns the row that already holds the same bytes.
     *
     * @throws org.emporium.platform.i18n.BusinessRuleViolation when the file is empty, larger than 5 MiB,
     *     not a JPEG, PNG, GIF or WebP image, or has absurd dimensions
     */
    @RolesAllowed(Catalog.CATALOG_MANAGER)
    public Media store(String fileName, byte[] bytes) {
        ImageContent content = ImageContent.of(bytes);
        String sha256 = sha256(bytes);
        Optional<Media> existing = bySha256(sha256);
        if (existing.isPresent()) {
            return existing.get();
        }
        Media media = new Media(
                sha256, content.contentType(), cleanFileName(fileName), content.width(), content.height(), bytes);
        em.persist(media);
        em.flush();
        return media;
    }

    /** A stored image with its bytes, for serving; empty for an unknown id. */
    public Optional<Media> find(long id) {
        Optional<Media> media = Optional.ofNullable(em.find(Media.class, id));
        // The bytes are fetched lazily; load them while the persistence context is open.
        media.ifPresent(Media::getBytes);
        return media;
    }

    /**
     * The SHA-256 of a stored image without its bytes: what an HTTP cache check (If-None-Match) needs,
     * since a row never changes.
     */
    public Optional<String> fingerprint(long id) {
        return em.createQuery("SELECT m.sha256 FROM Media m WHERE m.id = :id", String.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    private Optional<Media> bySha256(String sha256) {
        return em.createQuery("SELECT m FROM Media m WHERE m.sha256 = :sha", Media.class)
                .setParameter("sha", sha256)
                .getResultStream()
                .findFirst();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * The name without any folder (some browsers send the whole client path), without control characters,
     * and short enough for the column; it is only shown to staff and offered as a download name.
     */
    static String cleanFileName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "image";
        }
        return name.codePointCount(0, name.length()) <= MAX_FILE_NAME
                ? name
                : name.substring(0, name.offsetByCodePoints(0, MAX_FILE_NAME));
    }
}
