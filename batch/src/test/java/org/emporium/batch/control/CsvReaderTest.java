package org.emporium.batch.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void quoted_fields_keep_their_commas_quotes_and_line_breaks() {
        List<List<String>> records = read("a,\"b,c\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nx,,z\r\n", true);

        assertThat(records).containsExactly(List.of("a", "b,c", "say \"hi\"", "two\r\nlines"), List.of("x", "", "z"));
    }

    @Test
    void what_csv_writes_reads_back_the_same_with_or_without_byte_order_mark_and_with_lone_line_feeds() {
        List<String> fields = List.of("牛津纺, 修身", "\"quoted\"", "", "SHIRT-OX");
        String text = Csv.record(fields) + "\n" + Csv.record(fields);

        assertThat(read(text, true)).containsExactly(fields, fields);
        assertThat(read(text, false)).containsExactly(fields, fields);
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_rather_than_read_as_mojibake() {
        byte[] gbk = "名称,价格\r\n衬衫,199\r\n".getBytes(Charset.forName("GBK"));

        assertThatThrownBy(() -> {
                    try (CsvReader reader = CsvReader.utf8(new ByteArrayInputStream(gbk))) {
                        while (reader.next() != null) {
                            // read to the end
                        }
                    }
                })
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void an_unclosed_quote_is_an_error_not_a_silently_swallowed_rest_of_file() {
        assertThatThrownBy(() -> read("a,\"b\r\nc,d\r\n", false)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<List<String>> read(String text, boolean bom) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (bom) {
            bytes.writeBytes(Csv.UTF8_BOM);
        }
        bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        List<List<String>> records = new ArrayList<>();
        try (CsvReader reader = CsvReader.utf8(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (List<String> r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
        }
        return records;
    }
}
