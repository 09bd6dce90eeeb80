package org.emporium.catalog.control;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.emporium.catalog.boundary.ShelfSort;

/**
 * The SQL behind product lists and their facet counts, as plain SQL that PostgreSQL and H2 both run. Every
 * facet count leaves out its own facet's choice, so the shopper sees what adding or changing it would
 * give. Values are always bound as parameters; only numbers the code itself made go into the text.
 */
public final class ShelfSql {

    /** A facet whose own choice a count query leaves out. */
    public sealed interface Except permits Except.Nothing, Except.Brand, Except.Price, Except.Attribute {
        record Nothing() implements Except {}

        record Brand() implements Except {}

        record Price() implements Except {}

        record Attribute(long attributeId) implements Except {}

        Except NOTHING = new Nothing();
        Except BRAND = new Brand();
        Except PRICE = new Price();
    }

    /** SQL text with its positional parameters ({@code ?1}, {@code ?2}, ...) in order. */
    public record Statement(String sql, List<Object> parameters) {}

    private ShelfSql() {}

    /** One page of product ids in the chosen order; the page's details are read by id afterwards. */
    public static Statement page(ShelfFilter filter, ShelfSort sort, Locale locale, int first, int max) {
        Builder b = new Builder();
        b.sql.append("SELECT p.id FROM product p WHERE ");
        where(b, filter, Except.NOTHING);
        b.sql.append(" ORDER BY ").append(orderBy(sort, locale));
        b.sql.append(" LIMIT ").append(Math.max(0, max)).append(" OFFSET ").append(Math.max(0, first));
        return b.build();
    }

    public static Statement count(ShelfFilter filter) {
        Builder b = new Builder();
        b.sql.append("SELECT COUNT(*) FROM product p WHERE ");
        where(b, filter, Except.NOTHING);
        return b.build();
    }

    /** Products per brand, ignoring the brand choice. */
    public static Statement brandCounts(ShelfFilter filter) {
        Builder b = new Builder();
        b.sql.append("SELECT p.brand_id, COUNT(*) FROM product p WHERE p.brand_id IS NOT NULL AND ");
        where(b, filter, Except.BRAND);
        b.sql.append(" GROUP BY p.brand_id");
        return b.build();
    }

    /**
     * Per brand (null for products without one): how many products, and their lowest and highest price.
     * When the shopper chose neither brands nor a price range, this one query gives the list's total,
     * the brand counts and the range of the price bands at once.
     */
    public static Statement summary(ShelfFilter filter) {
        Builder b = new Builder();
        b.sql.append("SELECT p.brand_id, COUNT(*), MIN(p.min_price), MAX(p.min_price) FROM product p WHERE ");
        where(b, filter, Except.NOTHING);
        b.sql.append(" GROUP BY p.brand_id");
        return b.build();
    }

    /**
     * Products per option of one attribute, ignoring that attribute's choice: a product counts for an
     * option when the product itself has it (fit) or any of its SKUs does (colour, size). The list's
     * products are found first, so only their SKUs are read, not every SKU of the catalogue.
     */
    public static Statement optionCounts(ShelfFilter filter, long attributeId) {
        Except except = new Except.Attribute(attributeId);
        Builder b = new Builder();
        b.sql.append("SELECT x.option_id, COUNT(DISTINCT x.product_id) FROM (");
        b.sql.append("SELECT pa.product_id, pa.option_id FROM product p JOIN product_attribute pa")
                .append(" ON pa.product_id = p.id AND pa.option_id IS NOT NULL AND pa.attribute_id = ");
        b.bind(attributeId);
        b.sql.append(" WHERE ");
        where(b, filter, except);
        b.sql.append(" UNION ALL SELECT s.product_id, so.option_id FROM product p JOIN sku s ON s.product_id = p.id")
                .append(" JOIN sku_option so ON so.sku_id = s.id AND so.attribute_id = ");
        b.bind(attributeId);
        b.sql.append(" WHERE ");
        where(b, filter, except);
        b.sql.append(") x GROUP BY x.option_id");
        return b.build();
    }

    /** The lowest and highest product price on the list, ignoring the price choice: where bands go. */
    public static Statement priceRange(ShelfFilter filter) {
        Builder b = new Builder();
        b.sql.append("SELECT MIN(p.min_price), MAX(p.min_price) FROM product p WHERE ");
        where(b, filter, Except.PRICE);
        return b.build();
    }

    /** Products per price band, one column per band: below the first cut, between cuts, from the last cut. */
    public static Statement priceBandCounts(ShelfFilter filter, List<BigDecimal> cuts) {
        Builder b = new Builder();
        b.sql.append("SELECT ");
        for (int i = 0; i <= cuts.size(); i++) {
            if (i > 0) {
                b.sql.append(", ");
            }
            b.sql.append("SUM(CASE WHEN p.min_price IS NOT NULL");
            if (i > 0) {
                b.sql.append(" AND p.min_price >= ");
                b.bind(cuts.get(i - 1));
            }
            if (i < cuts.size()) {
                b.sql.append(" AND p.min_price < ");
                b.bind(cuts.get(i));
            }
            b.sql.append(" THEN 1 ELSE 0 END)");
        }
        b.sql.append(" FROM product p WHERE ");
        where(b, filter, Except.PRICE);
        return b.build();
    }

    static void where(Builder b, ShelfFilter f, Except except) {
        // What a shopper may see now: on sale, and inside the publish window when one is set.
        b.sql.append("p.status = 'ON_SALE' AND (p.publish_at IS NULL OR p.publish_at <= ");
        b.bind(Timestamp.from(f.now().toInstant()));
        b.sql.append(") AND (p.unpublish_at IS NULL OR p.unpublish_at > ");
        b.bind(Timestamp.from(f.now().toInstant()));
        b.sql.append(")");
        if (f.categoryIds() != null) {
            b.sql.append(" AND p.category_id IN (");
            b.bindAll(f.categoryIds().stream().sorted().toList());
            b.sql.append(")");
        } else {
            b.sql.append(" AND p.brand_id = ");
            b.bind(f.scopeBrandId());
        }
        if (!f.brandIds().isEmpty() && !(except instanceof Except.Brand)) {
            b.sql.append(" AND p.brand_id IN (");
            b.bindAll(f.brandIds());
            b.sql.append(")");
        }
        if (!(except instanceof Except.Price)) {
            if (f.minPrice() != null) {
                b.sql.append(" AND p.min_price >= ");
                b.bind(f.minPrice());
            }
            if (f.maxPrice() != null) {
                b.sql.append(" AND p.min_price < ");
                b.bind(f.maxPrice());
            }
        }
        // AND across attributes, OR among one attribute's options.
        f.options().forEach((attributeId, optionIds) -> {
            if (optionIds.isEmpty() || (except instanceof Except.Attribute a && a.attributeId() == attributeId)) {
                return;
            }
            b.sql.append(" AND (EXISTS (SELECT 1 FROM product_attribute pa WHERE pa.product_id = p.id")
                    .append(" AND pa.attribute_id = ");
            b.bind(attributeId);
            b.sql.append(" AND pa.option_id IN (");
            b.bindAll(optionIds);
            b.sql.append(")) OR EXISTS (SELECT 1 FROM sku s JOIN sku_option so ON so.sku_id = s.id")
                    .append(" WHERE s.product_id = p.id AND so.attribute_id = ");
            b.bind(attributeId);
            b.sql.append(" AND so.option_id IN (");
            b.bindAll(optionIds);
            b.sql.append(")))");
        });
    }

    static String orderBy(ShelfSort sort, Locale locale) {
        return switch (sort) {
            case NEWEST -> "p.created_at DESC, p.id DESC";
            case PRICE_ASC -> "p.min_price ASC, p.id ASC";
            case PRICE_DESC -> "p.min_price DESC, p.id DESC";
            case NAME ->
                (locale != null && "zh".equals(locale.getLanguage()) ? "p.name_zh" : "p.name_en") + " ASC, p.id ASC";
        };
    }

    /** {@code ?1, ?2, ...} for a list of ids: what an IN clause of a page's products needs. */
    public static Statement byIds(String prefix, Collection<Long> ids, String suffix) {
        Builder b = new Builder();
        b.sql.append(prefix);
        b.bindAll(ids);
        b.sql.append(suffix);
        return b.build();
    }

    static final class Builder {
        final StringBuilder sql = new StringBuilder();
        final List<Object> parameters = new ArrayList<>();

        void bind(Object value) {
            parameters.add(value);
            sql.append('?').append(parameters.size());
        }

        void bindAll(Collection<?> values) {
            boolean first = true;
            for (Object v : values) {
                if (!first) {
                    sql.append(", ");
                }
                bind(v);
                first = false;
            }
        }

        Statement build() {
            return new Statement(sql.toString(), List.copyOf(parameters));
        }
    }
}
