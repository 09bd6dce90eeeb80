package org.emporium.catalog.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.emporium.catalog.control.SkuMatrix.Cell;
import org.emporium.catalog.entity.Sku;

/**
 * Lays a newly chosen SKU matrix over the SKUs a product already has. A SKU that sits on a cell's options
 * stays as it is, with its code, price and stock history; a cell no SKU sits on becomes a new SKU; a SKU
 * on no chosen cell goes. Staff regenerate a matrix to add a colour, and must not lose the prices they
 * set on the others.
 */
public final class SkuMatrixMerge {

    private SkuMatrixMerge() {}

    /** One cell of the new matrix and the SKU that already sits on it, if any. */
    public record Row(Cell cell, Sku existing) {

        public boolean isNew() {
            return existing == null;
        }

        /** The code the SKU of this cell has: the existing one's, which may predate the prefix, or the cell's. */
        public String code() {
            return existing == null ? cell.code() : existing.getCode();
        }
    }

    /** The rows in matrix order, and the SKUs that sit on no chosen cell. */
    public record Plan(List<Row> rows, List<Sku> removed) {

        public List<Row> kept() {
            return rows.stream().filter(r -> !r.isNew()).toList();
        }

        public List<Row> added() {
            return rows.stream().filter(Row::isNew).toList();
        }

        /** True when a new cell's code is the code of a SKU that goes: that one must go first. */
        public boolean reusesCodeOf(Sku sku) {
            return added().stream().anyMatch(r -> r.code().equals(sku.getCode()));
        }
    }

    /** Matches each cell with the first SKU on exactly its options; each SKU serves one cell at most. */
    public static Plan of(List<Sku> existing, List<Cell> cells) {
        List<Sku> unmatched = new ArrayList<>(existing);
        List<Row> rows = new ArrayList<>();
        for (Cell cell : cells) {
            Sku match = unmatched.stream()
                    .filter(s -> SkuMatrix.matches(s, cell))
                    .findFirst()
                    .orElse(null);
            if (match != null) {
                unmatched.remove(match);
            }
            rows.add(new Row(cell, match));
        }
        return new Plan(Collections.unmodifiableList(rows), Collections.unmodifiableList(unmatched));
    }
}
