package org.emporium.web.storefront.shelf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class PageCacheTest {

    @Test
    void browsers_that_accept_gzip_get_it_and_a_refusal_is_respected() {
        assertThat(PageCache.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(PageCache.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(PageCache.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(PageCache.acceptsGzip("gzip; q=0.0")).isFalse();
        assertThat(PageCache.acceptsGzip("identity")).isFalse();
        assertThat(PageCache.acceptsGzip("x-gzip-ish")).isFalse();
        assertThat(PageCache.acceptsGzip(null)).isFalse();
    }

    @Test
    void a_kept_page_unzips_to_exactly_what_was_rendered() throws IOException {
        byte[] page = "<html lang=\"zh-CN\"><body>衬衫 · ¥199.00</body></html>"
                .repeat(50)
                .getBytes(StandardCharsets.UTF_8);

        byte[] zipped = PageCache.gzip(page);

        assertThat(zipped.length).isLessThan(page.length / 5);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            assertThat(in.readAllBytes()).isEqualTo(page);
        }
    }
}
