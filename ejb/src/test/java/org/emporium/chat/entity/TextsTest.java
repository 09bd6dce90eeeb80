package org.emporium.chat.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void text_is_trimmed_and_blank_text_is_none() {
        assertThat(Texts.clip("  你好 \n", 10)).isEqualTo("你好");
        assertThat(Texts.clip("   ", 10)).isNull();
        assertThat(Texts.clip(null, 10)).isNull();
    }

    @Test
    void clipping_never_cuts_an_emoji_in_half() {
        String thumbs = "\uD83D\uDC4D"; // one emoji, two UTF-16 units
        assertThat(Texts.clip("ab" + thumbs, 3)).isEqualTo("ab");
        assertThat(Texts.clip("ab" + thumbs, 4)).isEqualTo("ab" + thumbs);
        assertThat(Texts.clip("abc" + thumbs, 3)).isEqualTo("abc");
    }
}
