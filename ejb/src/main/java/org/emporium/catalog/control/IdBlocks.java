package org.emporium.catalog.control;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.NoSuchElementException;

/**
 * Ids handed out from sequence values the way EclipseLink reads them: with a sequence that increments by
 * the block size, a value v reserves the ids v - size + 1 to v. Bulk writers and JPA then draw from the same
 * sequence without ever meeting.
 */
final class IdBlocks {

    private final int size;
    private final Deque<Long> ends = new ArrayDeque<>();
    private long next;
    private long end = -1;

    IdBlocks(int size) {
        this.size = size;
    }

    void add(long sequenceValue) {
        ends.add(sequenceValue);
    }

    long next() {
        if (next > end) {
            Long value = ends.poll();
            if (value == null) {
                throw new NoSuchElementException("No id left in the blocks fetched");
            }
            end = value;
            next = value - size + 1;
        }
        return next++;
    }
}
