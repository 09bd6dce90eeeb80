package org.emporium.batch.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void plain_values_are_written_as_they_are() {
        assertThat(Csv.record("SHIRT-OX-WH-M", 199, "Slim Oxford Shirt"))
                .isEqualTo("SHIRT-OX-WH-M,199,Slim Oxford Shirt");
    }

    @Test
    void chinese_text_needs_no_quoting() {
        assertThat(Csv.record("牛津纺修身衬衫", "白色 / M")).isEqualTo("牛津纺修身衬衫,白色 / M");
    }

    @Test
    void a_value_with_a_comma_is_quoted() {
        assertThat(Csv.field("Cotton Duvet Set, 4 pieces")).isEqualTo("\"Cotton Duvet Set, 4 pieces\"");
        assertThat(Csv.field("纯棉被套，四件套,1.8米")).isEqualTo("\"纯棉被套，四件套,1.8米\"");
    }

    @Test
    void quotes_inside_a_value_are_doubled() {
        assertThat(Csv.field("The \"Oxford\" shirt")).isEqualTo("\"The \"\"Oxford\"\" shirt\"");
        assertThat(Csv.field("\"")).isEqualTo("\"\"\"\"");
    }

    @Test
    void line_breaks_stay_inside_the_quoted_value() {
        assertThat(Csv.field("line one\nline two")).isEqualTo("\"line one\nline two\"");
        assertThat(Csv.field("line one\r\nline two")).isEqualTo("\"line one\r\nline two\"");
    }

    @Test
    void a_missing_value_is_an_empty_field() {
        assertThat(Csv.record("a", null, "c")).isEqualTo("a,,c");
        assertThat(Csv.record(null, null)).isEqualTo(",");
    }

    @Test
    void surrounding_spaces_are_kept_as_data() {
        assertThat(Csv.record(" M ", "L")).isEqualTo(" M ,L");
    }
}
