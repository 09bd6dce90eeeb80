package org.emporium.payment.boundary;

import java.io.Serializable;
import java.util.List;

/** One page of a shopper's movements, newest first; pages count from zero. */
public record MovementPage(List<AccountMovement> rows, int page, int size, long total) implements Serializable {

    /** The page asked for, held within what exists (a negative page is the first). */
    static int clamp(int page, int size, long total) {
        int last = total == 0 ? 0 : (int) ((total - 1) / size);
        return Math.max(0, Math.min(page, last));
    }

    public int pages() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
