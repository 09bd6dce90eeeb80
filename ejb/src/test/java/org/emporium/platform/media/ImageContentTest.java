package org.emporium.platform.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageContentTest {

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** The first bytes of a lossless WebP: RIFF header, VP8L chunk, signature 0x2F, then 14-bit width-1 and height-1. */
    static byte[] losslessWebp(int width, int height) {
        byte[] b = new byte[40];
        put(b, 0, "RIFF");
        put(b, 8, "WEBP");
        put(b, 12, "VP8L");
        b[20] = 0x2F;
        int bits = (width - 1) | (height - 1) << 14;
        b[21] = (byte) bits;
        b[22] = (byte) (bits >> 8);
        b[23] = (byte) (bits >> 16);
        b[24] = (byte) (bits >> 24);
        return b;
    }

    private static void put(byte[] b, int offset, String ascii) {
        byte[] text = ascii.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, b, offset, text.length);
    }

    @ParameterizedTest
    @CsvSource({"png, image/png", "jpg, image/jpeg", "gif, image/gif"})
    void an_image_is_known_by_its_bytes_with_its_width_and_height(String format, String contentType)
            throws IOException {
        ImageContent content = ImageContent.of(image(format, 64, 48));

        assertThat(content).isEqualTo(new ImageContent(contentType, 64, 48));
    }

    @Test
    void a_webp_is_known_by_its_magic_and_its_size_read_from_the_first_chunk() {
        assertThat(ImageContent.of(losslessWebp(300, 200))).isEqualTo(new ImageContent("image/webp", 300, 200));
    }

    @Test
    void a_text_file_named_like_an_image_is_refused() {
        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ImageContent.of(script))
                .isInstanceOf(BusinessRuleViolation.class)
                .extracting(e -> ((BusinessRuleViolation) e).messageKey())
                .isEqualTo("media.notAnImage");
    }

    @Test
    void png_magic_followed_by_garbage_is_refused_because_its_header_cannot_be_read() throws IOException {
        byte[] forged = Arrays.copyOf(image("png", 4, 4), 12);

        assertThatThrownBy(() -> ImageContent.of(forged))
                .extracting(e -> ((BusinessRuleViolation) e).messageKey())
                .isEqualTo("media.notAnImage");
    }

    @Test
    void an_empty_upload_and_one_over_five_mebibytes_are_refused() {
        assertThatThrownBy(() -> ImageContent.of(new byte[0]))
                .extracting(e -> ((BusinessRuleViolation) e).messageKey())
                .isEqualTo("media.empty");
        byte[] huge = new byte[ImageContent.MAX_BYTES + 1];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        assertThatThrownBy(() -> ImageContent.of(huge))
                .extracting(e -> ((BusinessRuleViolation) e).messageKey())
                .isEqualTo("media.tooLarge");
    }

    @Test
    void a_small_file_that_claims_a_gigantic_picture_is_refused_before_it_is_decoded() {
        assertThatThrownBy(() -> ImageContent.of(losslessWebp(16000, 16000)))
                .extracting(e -> ((BusinessRuleViolation) e).messageKey())
                .isEqualTo("media.tooManyPixels");
    }
}
