package org.emporium.batch.productimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.emporium.catalog.boundary.ImportColumns;
import org.emporium.catalog.boundary.ImportedProduct;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportTemplateTest {

    @TempDir
    Path dir;

    private final List<String> expected = List.of(
            "product_slug",
            "category_slug",
            "brand_slug",
            "name_zh",
            "name_en",
            "description_zh",
            "description_en",
            "status",
            "sku_prefix",
            "variant:colour",
            "variant:size",
            "attr:material",
            "attr:diameter",
            "price",
            "list_price",
            "cost_price",
            "weight_g",
            "barcode");

    @Test
    void the_xlsx_template_reads_back_as_the_import_layout_with_an_explanation_of_every_column() throws IOException {
        Path file = dir.resolve("template.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            ImportTemplate.xlsx(Codes.demo(), out);
        }

        try (ImportFile read = ImportFile.open(file)) {
            assertThat(read.header()).containsExactlyElementsOf(expected);
            assertThat(read.next()).as("no data row").isNull();
        }
        assertThat(RowChecks.header(expected)).isEmpty();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            List<String> sheets = workbook.getSheets().map(Sheet::getName).toList();
            assertThat(sheets)
                    .containsExactly(
                            ImportTemplate.PRODUCTS_SHEET, ImportTemplate.COLUMNS_SHEET, ImportTemplate.CODES_SHEET);
            var help = workbook.findSheet(ImportTemplate.COLUMNS_SHEET)
                    .orElseThrow()
                    .read();
            assertThat(help).hasSize(expected.size() + 1);
            assertThat(help.get(1).getCellText(0)).isEqualTo("product_slug");
            assertThat(help.get(1).getCellText(2)).contains("网址名");
            assertThat(help.get(1).getCellText(3)).contains("URL name");
        }
    }

    @Test
    void the_csv_template_is_the_header_alone_with_a_byte_order_mark() throws IOException {
        Path file = dir.resolve("template.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            ImportTemplate.csv(Codes.demo(), out);
        }

        assertThat(Files.readAllBytes(file)).startsWith(0xEF, 0xBB, 0xBF);
        try (ImportFile read = ImportFile.open(file)) {
            assertThat(read.header()).containsExactlyElementsOf(expected);
            assertThat(read.next()).isNull();
        }
    }

    @Test
    void a_filled_in_workbook_with_numbers_typed_as_numbers_gives_the_same_draft_as_text() throws IOException {
        Path file = dir.resolve("filled.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("products");
            for (int c = 0; c < expected.size(); c++) {
                sheet.value(0, c, expected.get(c));
            }
            sheet.value(1, 0, "import-tee");
            sheet.value(1, 1, "mens-shirts");
            sheet.value(1, 3, "导入T恤");
            sheet.value(1, 4, "Imported tee");
            sheet.value(1, 8, "TEE");
            sheet.value(1, expected.indexOf("variant:colour"), "white|blue");
            sheet.value(1, expected.indexOf(ImportColumns.PRICE), 199.5);
            sheet.value(1, expected.indexOf(ImportColumns.WEIGHT), 180);
            sheet.value(1, expected.indexOf(ImportColumns.BARCODE), "6901234567892|6901234567908");
            workbook.finish();
        }

        ImportRow row;
        try (ImportFile read = ImportFile.open(file)) {
            row = read.next();
        }
        ImportedProduct draft = new RowChecks(Codes.demo()).draft(row);

        assertThat(row.number()).isEqualTo(2);
        assertThat(draft.price()).isEqualByComparingTo("199.50");
        assertThat(draft.weightGrams()).isEqualTo(180);
        assertThat(draft.barcodes()).containsExactly("6901234567892", "6901234567908");
    }
}
