package org.emporium.batch.productimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.emporium.batch.control.CsvReader;

/** A CSV import file: UTF-8 with or without byte order mark, RFC 4180 quoting, the header as its first record. */
final class CsvImportFile extends ImportFile {

    private final CsvReader reader;
    private final List<String> header;
    private long record;

    CsvImportFile(Path file) {
        try {
            reader = CsvReader.utf8(Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> first = reader.next();
        header = first == null ? List.of() : normalise(first);
        record = 1;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public ImportRow next() {
        for (List<String> values = reader.next(); values != null; values = reader.next()) {
            record++;
            ImportRow row = ImportRow.of(record, header, values);
            if (!row.blank()) {
                return row;
            }
        }
        return null;
    }

    @Override
    public void close() {
        reader.close();
    }
}
