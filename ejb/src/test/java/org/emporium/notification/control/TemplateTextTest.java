package org.emporium.notification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTextTest {

    @Test
    void every_placeholder_is_filled_with_its_value() {
        String text = TemplateText.render(
                "【Emporium】您的验证码为 {{code}}，{{ minutes }} 分钟内有效。", Map.of("code", "482913", "minutes", "5"));

        assertThat(text).isEqualTo("【Emporium】您的验证码为 482913，5 分钟内有效。");
    }

    @Test
    void a_value_is_inserted_literally_even_with_dollars_and_backslashes() {
        assertThat(TemplateText.render("Total {{sum}}", Map.of("sum", "$1\\2"))).isEqualTo("Total $1\\2");
    }

    @Test
    void a_placeholder_without_a_value_refuses_to_render_rather_than_send_it_raw() {
        assertThatThrownBy(() -> TemplateText.render("Your code is {{code}}", Map.of("minutes", "5")))
                .isInstanceOf(TemplateText.MissingVariable.class)
                .satisfies(e ->
                        assertThat(((TemplateText.MissingVariable) e).name()).isEqualTo("code"));
    }

    @Test
    void the_same_placeholder_may_appear_twice() {
        assertThat(TemplateText.render("{{order}} / {{order}}", Map.of("order", "SO-1")))
                .isEqualTo("SO-1 / SO-1");
    }

    @Test
    void placeholders_lists_the_names_a_text_needs() {
        assertThat(TemplateText.placeholders("Hi {{name}}, order {{order}} by {{carrier}} {{name}}"))
                .containsExactly("carrier", "name", "order");
        assertThat(TemplateText.placeholders("no placeholder {single}")).isEmpty();
    }

    @Test
    void a_missing_subject_renders_as_none() {
        assertThat(TemplateText.render(null, Map.of())).isNull();
    }
}
