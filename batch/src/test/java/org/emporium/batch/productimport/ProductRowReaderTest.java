package org.emporium.batch.productimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductRowReaderTest {

    @TempDir
    Path dir;

    @Test
    void rows_carry_their_spreadsheet_row_number_and_blank_lines_are_passed_over() throws IOException {
        Path file = csv("a-1", "", "a-2", "a-3");

        ProductRowReader reader = new ProductRowReader(file.toString());
        reader.open(null);

        assertThat(all(reader)).extracting(ImportRow::number).containsExactly(2L, 4L, 5L);
    }

    @Test
    void a_restart_resumes_with_the_row_after_its_checkpoint() throws IOException {
        Path file = csv("a-1", "a-2", "a-3", "a-4");
        ProductRowReader first = new ProductRowReader(file.toString());
        first.open(null);
        first.readItem();
        first.readItem();
        var checkpoint = first.checkpointInfo();
        first.close();

        ProductRowReader restarted = new ProductRowReader(file.toString());
        restarted.open(checkpoint);

        assertThat(all(restarted)).extracting(r -> r.get("product_slug")).containsExactly("a-3", "a-4");
    }

    private List<ImportRow> all(ProductRowReader reader) {
        List<ImportRow> rows = new ArrayList<>();
        for (ImportRow row = reader.readItem(); row != null; row = reader.readItem()) {
            rows.add(row);
        }
        reader.close();
        return rows;
    }

    private Path csv(String... slugs) throws IOException {
        StringBuilder text = new StringBuilder("\uFEFFproduct_slug,category_slug,name_zh,name_en,sku_prefix,price\r\n");
        for (String slug : slugs) {
            text.append(slug.isEmpty() ? ",,,,," : slug + ",kitchen,名,Name," + slug.toUpperCase() + ",9.90")
                    .append("\r\n");
        }
        Path file = dir.resolve("rows.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
