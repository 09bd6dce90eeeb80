package org.emporium.batch.productimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * An xlsx import file, streamed: the first sheet holds the products, its first row the header. Numbers
 * come back as Excel stored them (a barcode typed as a number stays all digits), not as displayed.
 */
final class XlsxFile extends ImportFile {

    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final List<String> header;

    XlsxFile(Path file) {
        try {
            workbook = new ReadableWorkbook(file.toFile());
            stream = workbook.getFirstSheet().openStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows = stream.iterator();
        header = rows.hasNext() ? normalise(values(rows.next())) : List.of();
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public ImportRow next() {
        while (rows.hasNext()) {
            Row row = rows.next();
            ImportRow r = ImportRow.of(row.getRowNum(), header, values(row));
            if (!r.blank()) {
                return r;
            }
        }
        return null;
    }

    private static List<String> values(Row row) {
        List<String> values = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell cell = row.getCell(i);
            values.add(text(cell));
        }
        return values;
    }

    static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            return cell.asNumber().stripTrailingZeros().toPlainString();
        }
        String text = cell.getText();
        return text == null ? "" : text;
    }

    @Override
    public void close() {
        stream.close();
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
