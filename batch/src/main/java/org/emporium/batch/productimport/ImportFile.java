package org.emporium.batch.productimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * An uploaded import file, read row by row whatever its format. The format is told by the content, not by
 * the name: an xlsx workbook is a ZIP archive, anything else must be UTF-8 text.
 */
public abstract class ImportFile implements AutoCloseable {

    public enum Format {
        XLSX,
        CSV;

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Opens a file of either format; the header is read at once. */
    public static ImportFile open(Path file) {
        return switch (format(file)) {
            case XLSX -> new XlsxFile(file);
            case CSV -> new CsvImportFile(file);
        };
    }

    public static Format format(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return format(in.readNBytes(8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** By the first bytes: the ZIP signature of an Office Open XML workbook, or text. */
    public static Format format(byte[] head) {
        return ReadableWorkbook.isOOXMLZipHeader(Arrays.copyOf(head, 8)) ? Format.XLSX : Format.CSV;
    }

    /** The column names of the header row, trimmed and in lower case. */
    public abstract List<String> header();

    /** The next data row, or null after the last; rows that are entirely blank are passed over. */
    public abstract ImportRow next();

    @Override
    public abstract void close();

    /** Data rows in the file: what the progress bar counts towards. */
    public static long countRows(Path file) {
        long rows = 0;
        try (ImportFile f = open(file)) {
            while (f.next() != null) {
                rows++;
            }
        }
        return rows;
    }

    static List<String> normalise(List<String> header) {
        return header.stream()
                .map(h -> h == null ? "" : h.strip().toLowerCase(Locale.ROOT))
                .toList();
    }
}
