package org.emporium.web.storefront.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaServletTest {

    private static final String TAG = MediaServlet.etag("ab12");

    @Test
    void only_a_plain_number_after_the_slash_is_an_id() {
        assertThat(MediaServlet.id("/1050")).contains(1050L);
        assertThat(MediaServlet.id("/")).isEmpty();
        assertThat(MediaServlet.id(null)).isEmpty();
        assertThat(MediaServlet.id("/12/../3")).isEmpty();
        assertThat(MediaServlet.id("/-1")).isEmpty();
        assertThat(MediaServlet.id("/99999999999999999999")).isEmpty();
    }

    @Test
    void a_revalidation_matches_the_tag_in_a_list_weakly_or_by_star() {
        assertThat(MediaServlet.matches("\"ab12\"", TAG)).isTrue();
        assertThat(MediaServlet.matches("\"x\", W/\"ab12\"", TAG)).isTrue();
        assertThat(MediaServlet.matches("*", TAG)).isTrue();
        assertThat(MediaServlet.matches("\"ab13\"", TAG)).isFalse();
        assertThat(MediaServlet.matches("ab12", TAG)).isFalse();
    }
}
