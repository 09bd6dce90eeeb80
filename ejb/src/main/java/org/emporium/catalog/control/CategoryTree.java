package org.emporium.catalog.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * The shape of the category tree, apart from the database: who is under whom and in which order. The
 * boundary builds it from every category (a few hundred rows at most), asks it whether a move is allowed
 * and which positions change, and writes only those.
 */
public final class CategoryTree {

    /** One category as the tree sees it; a root has no parent. */
    public record Node(long id, Long parentId, int position) {}

    private static final Comparator<Node> SIBLING_ORDER =
            Comparator.comparingInt(Node::position).thenComparingLong(Node::id);

    private final Map<Long, Node> byId = new HashMap<>();
    private final Map<Long, List<Node>> childrenByParent = new HashMap<>();

    private CategoryTree(Collection<Node> nodes) {
        for (Node node : nodes) {
            byId.put(node.id(), node);
            childrenByParent
                    .computeIfAbsent(node.parentId(), p -> new ArrayList<>())
                    .add(node);
        }
        childrenByParent.values().forEach(siblings -> siblings.sort(SIBLING_ORDER));
    }

    public static CategoryTree of(Collection<Node> nodes) {
        return new CategoryTree(nodes);
    }

    /** The ids of the children of a category (of the roots for null), in their order. */
    public List<Long> children(Long parentId) {
        return childrenByParent.getOrDefault(parentId, List.of()).stream()
                .map(Node::id)
                .toList();
    }

    /** The category and everything under it, parents before children. */
    public List<Long> subtree(long id) {
        List<Long> result = new ArrayList<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            Long next = todo.poll();
            result.add(next);
            todo.addAll(children(next));
        }
        return result;
    }

    /**
     * The ancestors of a category, the root first, not the category itself. Stops at a repeated id, so bad
     * data with a cycle cannot make it loop.
     */
    public List<Long> ancestors(long id) {
        List<Long> path = new ArrayList<>();
        Node node = byId.get(id);
        Long parent = node == null ? null : node.parentId();
        while (parent != null && !path.contains(parent) && parent != id) {
            path.add(0, parent);
            Node p = byId.get(parent);
            parent = p == null ? null : p.parentId();
        }
        return path;
    }

    /**
     * The new position of every category whose position changes when {@code id} moves under
     * {@code newParentId} (null: to the top level) at {@code index} among its new siblings. Both the old and
     * the new siblings are renumbered 0, 1, 2…, so positions stay dense.
     *
     * @throws BusinessRuleViolation when the category would end up under itself or one of its descendants
     */
    public Map<Long, Integer> move(long id, Long newParentId, int index) {
        Node node = byId.get(id);
        if (node == null) {
            throw new BusinessRuleViolation("catalog.category.notFound", id);
        }
        if (newParentId != null) {
            if (!byId.containsKey(newParentId)) {
                throw new BusinessRuleViolation("catalog.category.parent.notFound", newParentId);
            }
            if (subtree(id).contains(newParentId)) {
                throw new BusinessRuleViolation("catalog.category.cycle");
            }
        }
        Map<Long, Integer> changed = new LinkedHashMap<>();
        if (!Objects.equals(node.parentId(), newParentId)) {
            List<Long> oldSiblings = new ArrayList<>(children(node.parentId()));
            oldSiblings.remove(id);
            renumber(oldSiblings, changed);
        }
        List<Long> newSiblings = Ordering.moveTo(children(newParentId), id, index);
        renumber(newSiblings, changed);
        // The moved category is always in the answer, even when its number stays, since its parent may change.
        changed.put(id, newSiblings.indexOf(id));
        return changed;
    }

    /** Where a new child of the parent goes: after its last sibling. */
    public int nextPosition(Long parentId) {
        return childrenByParent.getOrDefault(parentId, List.of()).stream()
                        .mapToInt(Node::position)
                        .max()
                        .orElse(-1)
                + 1;
    }

    private void renumber(List<Long> ordered, Map<Long, Integer> changed) {
        for (int position = 0; position < ordered.size(); position++) {
            Node node = byId.get(ordered.get(position));
            if (node.position() != position) {
                changed.put(node.id(), position);
            }
        }
    }
}
