package org.emporium.order.boundary;

import java.io.Serializable;
import java.util.List;

/** One page of a shopper's orders, newest first: the rows, the page (from 0), its size and how many in all. */
public record OrderPage(List<OrderRow> rows, int page, int size, long total) implements Serializable {

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
