package org.emporium.catalog.control;

import java.util.ArrayList;
import java.util.List;

/** Hand-ordered lists (sibling categories, options, attribute set lines): moving one item renumbers all. */
public final class Ordering {

    private Ordering() {}

    /**
     * The list with the item taken out and put back at the index (clamped to the list, so "at the end" is
     * any large number). The caller stores each item's index in the result as its position, 0, 1, 2…,
     * which closes the gaps a deletion or an old hand edit left.
     */
    public static <T> List<T> moveTo(List<T> items, T item, int index) {
        List<T> result = new ArrayList<>(items);
        result.remove(item);
        result.add(Math.max(0, Math.min(index, result.size())), item);
        return result;
    }
}
