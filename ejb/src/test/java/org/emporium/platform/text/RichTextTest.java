package org.emporium.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void scripts_and_event_handlers_are_removed_from_descriptions() {
        String dirty = "<p onclick=\"steal()\">Soft <b>cotton</b><script>alert(1)</script></p>";

        assertThat(RichText.sanitize(dirty)).isEqualTo("<p>Soft <b>cotton</b></p>");
    }

    @Test
    void links_lose_javascript_urls_and_keep_normal_ones() {
        assertThat(RichText.sanitize("<a href=\"javascript:alert(1)\">x</a>")).doesNotContain("javascript");
        assertThat(RichText.sanitize("<a href=\"https://example.com/care\">care</a>"))
                .contains("https://example.com/care");
    }

    @Test
    void blank_descriptions_are_stored_as_none() {
        assertThat(RichText.sanitize("  ")).isNull();
    }
}
