package org.emporium.catalog.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.emporium.catalog.entity.AttributeKind;

/**
 * The codes a spreadsheet may name: category and brand slugs, attribute codes with their options. A
 * snapshot, small enough for a job to hold while it checks a whole file.
 */
public record CatalogCodes(List<Code> categories, List<Code> brands, List<AttributeCodes> attributes)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public CatalogCodes {
        categories = List.copyOf(categories);
        brands = List.copyOf(brands);
        attributes = List.copyOf(attributes);
    }

    /** A code with its name in both languages. */
    public record Code(String code, String nameZh, String nameEn) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /**
     * An attribute, its kind and, for an enumerated one, its options.
     *
     * @param variant whether some category uses it as a variant axis (a {@code variant:} column) rather
     *     than as a product attribute (an {@code attr:} column)
     */
    public record AttributeCodes(Code attribute, AttributeKind kind, String unit, boolean variant, List<Code> options)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        public AttributeCodes {
            options = List.copyOf(options);
        }

        public boolean hasOption(String code) {
            return options.stream().anyMatch(o -> o.code().equals(code));
        }
    }

    public boolean hasCategory(String slug) {
        return categories.stream().anyMatch(c -> c.code().equals(slug));
    }

    public boolean hasBrand(String slug) {
        return brands.stream().anyMatch(b -> b.code().equals(slug));
    }

    public Optional<AttributeCodes> attribute(String code) {
        return Optional.ofNullable(byCode().get(code));
    }

    private Map<String, AttributeCodes> byCode() {
        return attributes.stream().collect(Collectors.toMap(a -> a.attribute().code(), Function.identity()));
    }
}
