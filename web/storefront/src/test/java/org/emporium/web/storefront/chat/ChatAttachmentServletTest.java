package org.emporium.web.storefront.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ChatAttachmentServletTest {

    @Test
    void a_body_up_to_the_limit_is_read_whole_and_a_longer_one_is_refused_without_reading_it_all() throws IOException {
        assertThat(ChatAttachmentServlet.readAtMost(new ByteArrayInputStream(new byte[100]), 100))
                .hasValueSatisfying(b -> assertThat(b).hasSize(100));

        int[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                read[0] += len;
                return len;
            }
        };
        assertThat(ChatAttachmentServlet.readAtMost(endless, 100_000)).isEmpty();
        assertThat(read[0]).isLessThan(200_000);
    }

    @Test
    void only_a_plain_number_names_an_image() {
        assertThat(ChatAttachmentServlet.id("/1050")).contains(1050L);
        assertThat(ChatAttachmentServlet.id(null)).isEmpty();
        assertThat(ChatAttachmentServlet.id("/")).isEmpty();
        assertThat(ChatAttachmentServlet.id("/12/../3")).isEmpty();
        assertThat(ChatAttachmentServlet.id("/99999999999999999999")).isEmpty();
    }
}
