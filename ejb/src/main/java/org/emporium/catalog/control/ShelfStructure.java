package org.emporium.catalog.control;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The small, slowly changing part of the catalogue that every shelf query needs: the category tree, the
 * brands, the attributes with their options and the categories' attribute sets. Read once and kept until
 * a {@code catalog.*} event says it changed, so that resolving slugs and codes costs no database trip.
 */
public final class ShelfStructure implements Serializable {

    public record Node(long id, Long parentId, String slug, String nameZh, String nameEn, int position)
            implements Serializable {

        public String name(Locale locale) {
            return Texts.pick(locale, nameZh, nameEn);
        }
    }

    public record BrandRow(
            long id,
            String slug,
            String nameZh,
            String nameEn,
            String storyZh,
            String storyEn,
            Long logoId,
            int position)
            implements Serializable {

        public String name(Locale locale) {
            return Texts.pick(locale, nameZh, nameEn);
        }
    }

    public record OptionRow(long id, long attributeId, String code, String labelZh, String labelEn, int position)
            implements Serializable {

        public String label(Locale locale) {
            return Texts.pick(locale, labelZh, labelEn);
        }
    }

    public record AttributeRow(
            long id,
            String code,
            String nameZh,
            String nameEn,
            String kind,
            String unit,
            boolean filterable,
            int position,
            List<OptionRow> options)
            implements Serializable {

        public String name(Locale locale) {
            return Texts.pick(locale, nameZh, nameEn);
        }

        /** Only enumerated attributes marked filterable become facets: free text and numbers do not group. */
        public boolean facet() {
            return filterable && "ENUM".equals(kind);
        }

        public Optional<OptionRow> option(String optionCode) {
            return options.stream().filter(o -> o.code().equals(optionCode)).findFirst();
        }
    }

    /** The attribute set of one category: which attributes it names, in its order. */
    public record CategoryAttributeRow(long categoryId, long attributeId, int position) implements Serializable {}

    private final Map<Long, Node> categories;
    private final Map<String, Node> categoriesBySlug;
    private final Map<Long, List<Node>> children;
    private final Map<Long, BrandRow> brands;
    private final Map<String, BrandRow> brandsBySlug;
    private final Map<Long, AttributeRow> attributes;
    private final Map<String, AttributeRow> attributesByCode;
    private final Map<Long, List<CategoryAttributeRow>> attributeSets;

    public ShelfStructure(
            Collection<Node> categories,
            Collection<BrandRow> brands,
            Collection<AttributeRow> attributes,
            Collection<CategoryAttributeRow> attributeSets) {
        Comparator<Node> order = Comparator.comparingInt(Node::position).thenComparingLong(Node::id);
        this.categories = categories.stream()
                .sorted(order)
                .collect(Collectors.toMap(Node::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.categoriesBySlug = categories.stream().collect(Collectors.toMap(Node::slug, Function.identity()));
        this.children = new LinkedHashMap<>();
        this.categories.values().forEach(n -> {
            if (n.parentId() != null) {
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        });
        this.brands = brands.stream()
                .sorted(Comparator.comparingInt(BrandRow::position).thenComparingLong(BrandRow::id))
                .collect(Collectors.toMap(BrandRow::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.brandsBySlug = brands.stream().collect(Collectors.toMap(BrandRow::slug, Function.identity()));
        this.attributes = attributes.stream()
                .sorted(Comparator.comparingInt(AttributeRow::position).thenComparingLong(AttributeRow::id))
                .collect(Collectors.toMap(AttributeRow::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.attributesByCode = attributes.stream().collect(Collectors.toMap(AttributeRow::code, Function.identity()));
        this.attributeSets = attributeSets.stream().collect(Collectors.groupingBy(CategoryAttributeRow::categoryId));
    }

    public Optional<Node> category(String slug) {
        return Optional.ofNullable(categoriesBySlug.get(slug));
    }

    public Optional<Node> category(long id) {
        return Optional.ofNullable(categories.get(id));
    }

    public List<Node> children(long id) {
        return children.getOrDefault(id, List.of());
    }

    /** The category and every category below it, at any depth; a cycle in bad data cannot loop forever. */
    public Set<Long> selfAndDescendants(long id) {
        Set<Long> found = new LinkedHashSet<>();
        Deque<Long> open = new ArrayDeque<>(List.of(id));
        while (!open.isEmpty()) {
            Long next = open.pop();
            if (found.add(next)) {
                children(next).forEach(c -> open.add(c.id()));
            }
        }
        return found;
    }

    /** The path from the root down to the category, both included. */
    public List<Node> path(long id) {
        List<Node> path = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        Node node = categories.get(id);
        while (node != null && seen.add(node.id())) {
            path.add(0, node);
            node = node.parentId() == null ? null : categories.get(node.parentId());
        }
        return path;
    }

    public Optional<BrandRow> brand(String slug) {
        return Optional.ofNullable(brandsBySlug.get(slug));
    }

    public Optional<BrandRow> brand(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(brands.get(id));
    }

    public Optional<AttributeRow> attribute(String code) {
        return Optional.ofNullable(attributesByCode.get(code));
    }

    public Optional<AttributeRow> attribute(long id) {
        return Optional.ofNullable(attributes.get(id));
    }

    /**
     * The facets of a category's list: the filterable attributes its attribute set names, its ancestors'
     * included (shirts inherit apparel's colour and size), and those of the categories below it, since
     * their products are listed too. Without a category (a brand's page), every filterable attribute.
     */
    public List<AttributeRow> facetsFor(Long categoryId) {
        if (categoryId == null) {
            return attributes.values().stream().filter(AttributeRow::facet).toList();
        }
        Set<Long> relevant = new LinkedHashSet<>();
        path(categoryId).forEach(n -> relevant.add(n.id()));
        relevant.addAll(selfAndDescendants(categoryId));
        Set<Long> attributeIds = relevant.stream()
                .flatMap(c -> attributeSets.getOrDefault(c, List.of()).stream())
                .map(CategoryAttributeRow::attributeId)
                .collect(Collectors.toSet());
        return attributes.values().stream()
                .filter(a -> a.facet() && attributeIds.contains(a.id()))
                .toList();
    }

    /** Bilingual fields as the shopper reads them: their language, or the other one when theirs is empty. */
    static final class Texts {
        private Texts() {}

        static String pick(Locale locale, String zh, String en) {
            boolean chinese = locale != null && "zh".equals(locale.getLanguage());
            String preferred = chinese ? zh : en;
            return preferred == null || preferred.isBlank() ? (chinese ? en : zh) : preferred;
        }
    }
}
