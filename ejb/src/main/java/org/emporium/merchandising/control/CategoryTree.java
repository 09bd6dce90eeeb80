package org.emporium.merchandising.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A category's subtree, walked breadth-first; a cycle in bad data ends the walk instead of looping. */
public final class CategoryTree {

    private CategoryTree() {}

    public static List<Long> subtree(long root, Map<Long, List<Long>> children) {
        List<Long> found = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Deque<Long> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            Long id = queue.poll();
            if (seen.add(id)) {
                found.add(id);
                queue.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return found;
    }
}
