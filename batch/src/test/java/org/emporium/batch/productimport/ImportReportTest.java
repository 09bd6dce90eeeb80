package org.emporium.batch.productimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.emporium.batch.control.CsvReader;
import org.emporium.catalog.boundary.RowRejection;
import org.junit.jupiter.api.Test;

class ImportReportTest {

    @Test
    void a_problem_reads_back_from_the_report_with_its_row_column_value_key_and_arguments() {
        List<RowRejection> problems = List.of(
                RowRejection.of(7, "variant:colour", "red, dark", "catalog.attribute.option.unknown", "colour", "red"),
                RowRejection.of(9, null, null, "catalog.import.file.empty"));
        String text = ImportReport.HEADER + "\r\n" + String.join("\r\n", ImportReport.records(problems)) + "\r\n";

        List<RowRejection> read = new ArrayList<>();
        try (CsvReader reader = CsvReader.utf8(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            assertThat(reader.next()).containsExactlyElementsOf(ImportReport.COLUMNS);
            for (List<String> r = reader.next(); r != null; r = reader.next()) {
                read.add(ImportReport.parse(r));
            }
        }

        assertThat(read).containsExactlyElementsOf(problems);
    }
}
