package org.emporium.batch.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 writes it (and as {@link Csv} does): fields separated by commas, quoted when they
 * hold a comma, a quote or a line break, quotes doubled inside quotes, records ended by CRLF or a lone LF.
 * UTF-8 with or without the byte order mark Excel writes; a malformed byte sequence is an error, not a
 * replacement character, so a file saved in GBK is refused instead of imported as mojibake.
 */
public final class CsvReader implements AutoCloseable {

    private final Reader in;
    private int pushedBack = -2;

    public CsvReader(Reader in) {
        this.in = in instanceof BufferedReader ? in : new BufferedReader(in, 1 << 16);
    }

    /** A reader over UTF-8 bytes, skipping a leading byte order mark. */
    public static CsvReader utf8(InputStream bytes) {
        try {
            PushbackInputStream in = new PushbackInputStream(bytes, 3);
            byte[] head = in.readNBytes(3);
            boolean bom = head.length == 3
                    && head[0] == Csv.UTF8_BOM[0]
                    && head[1] == Csv.UTF8_BOM[1]
                    && head[2] == Csv.UTF8_BOM[2];
            if (!bom && head.length > 0) {
                in.unread(head);
            }
            return new CsvReader(new InputStreamReader(
                    in,
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next record's fields, or null at the end of the input. A blank line is a record of one empty field. */
    public List<String> next() {
        try {
            int c = read();
            if (c < 0) {
                return null;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (true) {
                if (quoted) {
                    if (c < 0) {
                        throw new IllegalArgumentException("A quoted field is not closed before the end of the file");
                    }
                    if (c == '"') {
                        int after = read();
                        if (after == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            c = after;
                            continue;
                        }
                    } else {
                        field.append((char) c);
                    }
                } else if (c == '"' && field.length() == 0 && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                } else if (c == '\r' || c == '\n' || c < 0) {
                    if (c == '\r') {
                        int after = read();
                        if (after != '\n' && after >= 0) {
                            unread(after);
                        }
                    }
                    fields.add(field.toString());
                    return fields;
                } else {
                    field.append((char) c);
                }
                c = read();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
