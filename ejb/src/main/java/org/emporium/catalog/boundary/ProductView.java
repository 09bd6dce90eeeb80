package org.emporium.catalog.boundary;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.emporium.platform.money.Money;

/**
 * A product as its page shows it, in one language: everything a shopper reads and the SKUs with their
 * place on each variant axis, so a variant picker can tell which combinations exist and what each costs.
 */
public record ProductView(
        long id,
        String slug,
        String name,
        String description,
        Brand brand,
        List<Crumb> breadcrumbs,
        List<AttributeValue> attributes,
        List<Image> gallery,
        List<Axis> axes,
        List<Sku> skus,
        OffsetDateTime publishAt,
        OffsetDateTime unpublishAt)
        implements Serializable {

    public ProductView {
        breadcrumbs = List.copyOf(breadcrumbs);
        attributes = List.copyOf(attributes);
        gallery = List.copyOf(gallery);
        axes = List.copyOf(axes);
        skus = List.copyOf(skus);
    }

    /** Whether the publish window holds the given moment; a cached view is checked again at each read. */
    public boolean shownAt(OffsetDateTime moment) {
        return (publishAt == null || !moment.isBefore(publishAt))
                && (unpublishAt == null || moment.isBefore(unpublishAt));
    }

    public Crumb category() {
        return breadcrumbs.get(breadcrumbs.size() - 1);
    }

    public record Brand(String slug, String name) implements Serializable {}

    /** A product-level attribute with its value as text: an option's label, a number with its unit, or text. */
    public record AttributeValue(String code, String name, String value) implements Serializable {}

    public record Image(long mediaId, String alt, String skuCode) implements Serializable {

        public String url() {
            return "/media/" + mediaId;
        }
    }

    /** A variant axis (colour, size) with the options that at least one SKU of the product has. */
    public record Axis(String code, String name, List<Choice> choices) implements Serializable {

        public Axis {
            choices = List.copyOf(choices);
        }
    }

    public record Choice(String code, String label) implements Serializable {}

    /**
     * A SKU with its options (axis code to option code). {@code available} says only that the combination
     * exists and is sold; stock levels arrive with the inventory context and will be read here.
     */
    public record Sku(
            String code, String spec, Money price, Money listPrice, Map<String, String> options, boolean available)
            implements Serializable {

        public Sku {
            options = Map.copyOf(options);
        }

        public boolean discounted() {
            return listPrice != null && listPrice.compareTo(price) > 0;
        }
    }
}
