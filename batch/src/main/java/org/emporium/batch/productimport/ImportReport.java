package org.emporium.batch.productimport;

import java.util.ArrayList;
import java.util.List;
import org.emporium.batch.control.Csv;
import org.emporium.catalog.boundary.RowRejection;

/**
 * The error report as the job writes it: one record per problem, with the message as a key and its
 * arguments, so the back office can put it into the language of whoever downloads it.
 */
public final class ImportReport {

    public static final List<String> COLUMNS = List.of("row", "column", "value", "message_key", "arguments");

    public static final String HEADER = Csv.record(COLUMNS);

    /** Between the arguments of a message, in the last column: a character no spreadsheet cell holds. */
    public static final String ARGUMENT_SEPARATOR = "\u001f";

    private ImportReport() {}

    public static List<String> records(List<RowRejection> rejections) {
        List<String> records = new ArrayList<>(rejections.size());
        for (RowRejection r : rejections) {
            records.add(Csv.record(
                    r.row(), r.column(), r.value(), r.messageKey(), String.join(ARGUMENT_SEPARATOR, r.arguments())));
        }
        return records;
    }

    /** A report record read back. */
    public static RowRejection parse(List<String> fields) {
        String arguments = fields.size() > 4 ? fields.get(4) : "";
        return new RowRejection(
                Long.parseLong(fields.get(0)),
                blankToNull(fields.get(1)),
                blankToNull(fields.get(2)),
                fields.get(3),
                arguments.isEmpty() ? List.of() : List.of(arguments.split(ARGUMENT_SEPARATOR, -1)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
