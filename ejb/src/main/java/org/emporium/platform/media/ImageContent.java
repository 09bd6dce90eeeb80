package org.emporium.platform.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * What an uploaded file really is, whatever its name or the browser claims: the type is taken from the
 * first bytes and the size from the image header. Only the header is read, so a small file that claims a
 * huge picture costs nothing to check and is refused before anyone decodes it.
 */
public record ImageContent(String contentType, int width, int height) {

    /** Uploads larger than this are refused unless the caller sets its own limit: web photos need far less. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** Refused above this many pixels: decoding such an image would take hundreds of megabytes of heap. */
    public static final long MAX_PIXELS = 40_000_000L;

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String GIF = "image/gif";
    public static final String WEBP = "image/webp";

    /** Checks an upload of at most {@link #MAX_BYTES} and tells its type and dimensions; see {@link #of(byte[], int)}. */
    public static ImageContent of(byte[] bytes) {
        return of(bytes, MAX_BYTES);
    }

    /**
     * Checks an upload and tells its type and dimensions, or refuses it with a message for the user.
     *
     * @param maxBytes the largest upload accepted, a whole number of MiB
     */
    public static ImageContent of(byte[] bytes, int maxBytes) {
        if (bytes == null || bytes.length == 0) {
            throw new BusinessRuleViolation("media.empty");
        }
        if (bytes.length > maxBytes) {
            throw new BusinessRuleViolation("media.tooLarge", maxBytes / (1024 * 1024));
        }
        String type = sniff(bytes).orElseThrow(() -> new BusinessRuleViolation("media.notAnImage"));
        int[] size = WEBP.equals(type) ? webpSize(bytes) : headerSize(bytes);
        if (size == null || size[0] <= 0 || size[1] <= 0) {
            throw new BusinessRuleViolation("media.notAnImage");
        }
        if ((long) size[0] * size[1] > MAX_PIXELS) {
            throw new BusinessRuleViolation("media.tooManyPixels", size[0], size[1]);
        }
        return new ImageContent(type, size[0], size[1]);
    }

    /**
     * The name to keep for an upload of this type: the file's own name without any path or control characters,
     * at most 200 characters (never cutting a character outside the basic plane in half), or {@code image.<type>}
     * when it has none.
     */
    public String fileName(String given) {
        String base = given == null
                ? ""
                : given.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        if (base.isEmpty()) {
            return "image." + contentType.substring("image/".length());
        }
        if (base.length() <= 200) {
            return base;
        }
        return base.substring(0, Character.isHighSurrogate(base.charAt(199)) ? 199 : 200);
    }

    /** The type announced by the file's magic bytes, if it is one of the four image types the shop serves. */
    static Optional<String> sniff(byte[] b) {
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(b, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(b, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of(GIF);
        }
        if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** Width and height from the header, by the ImageIO reader of the format; null when it cannot be read. */
    private static int[] headerSize(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // A truncated or forged header: not an image we can serve.
            return null;
        }
    }

    /**
     * Width and height of a WebP, read from its first chunk because the JDK has no WebP reader: VP8 (lossy),
     * VP8L (lossless) or VP8X (extended) — see the WebP container specification.
     */
    static int[] webpSize(byte[] b) {
        if (b.length < 30) {
            return null;
        }
        if (startsWith(b, 12, 'V', 'P', '8', ' ')) {
            // Key frame start code 9D 01 2A, then 14-bit width and height.
            if (!startsWith(b, 23, 0x9D, 0x01, 0x2A)) {
                return null;
            }
            return new int[] {le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF};
        }
        if (startsWith(b, 12, 'V', 'P', '8', 'L')) {
            if ((b[20] & 0xFF) != 0x2F) {
                return null;
            }
            int bits = (b[21] & 0xFF) | (b[22] & 0xFF) << 8 | (b[23] & 0xFF) << 16 | (b[24] & 0xFF) << 24;
            return new int[] {(bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1};
        }
        if (startsWith(b, 12, 'V', 'P', '8', 'X')) {
            return new int[] {le24(b, 24) + 1, le24(b, 27) + 1};
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int offset, int... expected) {
        if (b.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((b[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static int le16(byte[] b, int offset) {
        return (b[offset] & 0xFF) | (b[offset + 1] & 0xFF) << 8;
    }

    private static int le24(byte[] b, int offset) {
        return (b[offset] & 0xFF) | (b[offset + 1] & 0xFF) << 8 | (b[offset + 2] & 0xFF) << 16;
    }
}
