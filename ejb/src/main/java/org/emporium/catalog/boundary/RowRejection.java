package org.emporium.catalog.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * Why one row of an import was not written: the column at fault (or none for the whole row), the value
 * found there, and the business rule as a message key with arguments, turned into a sentence in the
 * reader's language by whoever shows it.
 */
public record RowRejection(long row, String column, String value, String messageKey, List<String> arguments)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public RowRejection {
        arguments = List.copyOf(arguments);
    }

    public static RowRejection of(long row, String column, String value, String messageKey, Object... arguments) {
        return new RowRejection(
                row,
                column,
                value,
                messageKey,
                java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
