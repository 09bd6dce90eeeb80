package org.emporium.chat.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.imageio.ImageIO;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class AttachmentTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 5, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void an_image_keeps_its_checked_type_and_size_and_a_name_without_any_path() throws IOException {
        Attachment image = new Attachment(7L, "C:\\Users\\li\\Desktop\\parcel\u0000.png", png(40, 30), NOW);

        assertThat(image.getContentType()).isEqualTo("image/png");
        assertThat(image.getWidth()).isEqualTo(40);
        assertThat(image.getHeight()).isEqualTo(30);
        assertThat(image.getFileName()).isEqualTo("parcel.png");
        assertThat(new Attachment(7L, "../../etc/", png(1, 1), NOW).getFileName())
                .isEqualTo("image.png");
        assertThat(new Attachment(7L, null, png(1, 1), NOW).getFileName()).isEqualTo("image.png");
    }

    @Test
    void what_is_not_an_image_or_is_too_large_for_a_chat_is_refused_whatever_its_name() {
        byte[] script = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new Attachment(7L, "photo.png", script, NOW))
                .isInstanceOf(BusinessRuleViolation.class)
                .extracting(e -> ((BusinessRuleViolation) e).messageKey())
                .isEqualTo("media.notAnImage");

        byte[] large = new byte[Attachment.MAX_BYTES + 1];
        large[0] = (byte) 0xFF;
        large[1] = (byte) 0xD8;
        large[2] = (byte) 0xFF;
        assertThatThrownBy(() -> new Attachment(7L, "big.jpg", large, NOW))
                .isInstanceOf(BusinessRuleViolation.class)
                .satisfies(e -> {
                    BusinessRuleViolation broken = (BusinessRuleViolation) e;
                    assertThat(broken.messageKey()).isEqualTo("media.tooLarge");
                    assertThat(broken.arguments()).containsExactly(2);
                });
    }

    @Test
    void the_message_that_carries_an_image_is_the_visitors_and_names_the_file() throws IOException {
        Attachment image = new Attachment(7L, "label.png", png(2, 2), NOW);
        Message message = Message.carrying(image, "Li Lei #1A2B", NOW);

        assertThat(message.getAuthor()).isEqualTo(Author.VISITOR);
        assertThat(message.getBody()).isEqualTo("label.png");
        assertThat(message.getConversationId()).isEqualTo(7L);
    }

    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
