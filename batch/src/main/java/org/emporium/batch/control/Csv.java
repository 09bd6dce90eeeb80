package org.emporium.batch.control;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** CSV as RFC 4180 writes it, which is also what Excel and every spreadsheet read back without surprises. */
public final class Csv {

    /** RFC 4180 ends records with CRLF, whatever the platform the job runs on. */
    public static final String RECORD_END = "\r\n";

    /** Without it Excel takes a UTF-8 file for the local ANSI code page and shows Chinese as mojibake. */
    public static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {}

    /** One record, without its terminator; a null value is an empty field. */
    public static String record(List<?> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(","));
    }

    public static String record(Object... fields) {
        return record(Arrays.asList(fields));
    }

    /** A field quoted only when it must be, so plain values stay readable in a text editor. */
    public static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\r') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
