package org.emporium.payment.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a gateway's bill file, named by its header row: both Alipay's and WeChat Pay's bills are
 * comma-separated rows whose first row names the columns, in an order the gateway may change, so a value is read
 * by its column's name. A column the bill lacks is refused when the header is read; a row shorter than the header
 * reads as empty in its missing columns.
 */
public final class BillColumns {

    private final Map<String, Integer> index;

    private BillColumns(Map<String, Integer> index) {
        this.index = index;
    }

    /**
     * The columns a header row names, checked for every needed one; {@code bill} names the bill in the message
     * ("An Alipay bill").
     */
    public static BillColumns of(List<String> header, String bill, List<String> needed) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i), i);
        }
        for (String name : needed) {
            if (!index.containsKey(name)) {
                throw new IllegalArgumentException(bill + " without the column " + name);
            }
        }
        return new BillColumns(index);
    }

    /** The comma-separated values of a row, each stripped of the blanks and tabs around it. */
    public static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        for (String cell : row.split(",", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    /** The value of a column in a row; empty where the row ends before it. */
    public String cell(List<String> cells, String name) {
        int i = index.get(name);
        return i < cells.size() ? cells.get(i) : "";
    }
}
