package org.emporium.platform.media;

/** A stored image as it is served: the type it was checked to be and its bytes. */
public record ImageFile(String contentType, byte[] bytes) {

    public static ImageFile of(StoredImage image) {
        return new ImageFile(image.getContentType(), image.getBytes());
    }
}
