package org.emporium.batch.productimport;

import java.util.List;
import java.util.Map;

/**
 * A data row of an import file as the staff member sees it in their spreadsheet: its row number (the header
 * is row 1) and its cells by column name.
 */
public record ImportRow(long number, Map<String, String> cells) {

    public ImportRow {
        cells = Map.copyOf(cells);
    }

    /** The cell of a column, trimmed; blank or absent is null. */
    public String get(String column) {
        String value = cells.get(column);
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** True when every cell is blank: a spreadsheet's empty line, which is not a product. */
    public boolean blank() {
        return cells.values().stream().allMatch(v -> v == null || v.isBlank());
    }

    static ImportRow of(long number, List<String> header, List<String> values) {
        java.util.HashMap<String, String> cells = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (!name.isEmpty()) {
                cells.put(name, i < values.size() && values.get(i) != null ? values.get(i) : "");
            }
        }
        return new ImportRow(number, cells);
    }
}
