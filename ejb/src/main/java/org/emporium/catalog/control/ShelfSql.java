package org.emporium.catalog.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The SQL behind product lists, as plain SQL that PostgreSQL and H2 both run: what a list scope's
 * {@link ShelfIndex} is built from, and the page's cards by id. Values are always bound as parameters; only
 * numbers the code itself made go into the text.
 */
public final class ShelfSql {

    /** SQL text with its positional parameters ({@code ?1}, {@code ?2}, ...) in order. */
    public record Statement(String sql, List<Object> parameters) {}

    private ShelfSql() {}

    /**
     * Every product on sale in a list's scope (a category and everything below it, or a brand) with what
     * a list filters, counts and orders by: what {@link ShelfIndex} is built from. Publish windows are
     * the index's business, checked at the moment of each question.
     */
    public static Statement scopeProducts(ShelfFilter scope) {
        Builder b = new Builder();
        b.sql.append("SELECT p.id, p.brand_id, p.min_price, p.created_at, p.publish_at, p.unpublish_at,")
                .append(" p.name_zh, p.name_en FROM product p WHERE ");
        inScope(b, scope);
        return b.build();
    }

    /** The options each product of the scope offers ({@code product_option}): product, attribute, option. */
    public static Statement scopeOptions(ShelfFilter scope) {
        Builder b = new Builder();
        b.sql.append("SELECT po.product_id, po.attribute_id, po.option_id FROM product p")
                .append(" JOIN product_option po ON po.product_id = p.id WHERE ");
        inScope(b, scope);
        return b.build();
    }

    static void inScope(Builder b, ShelfFilter f) {
        b.sql.append("p.status = 'ON_SALE'");
        if (f.categoryIds() != null) {
            b.sql.append(" AND p.category_id IN (");
            b.bindAll(f.categoryIds().stream().sorted().toList());
            b.sql.append(")");
        } else {
            b.sql.append(" AND p.brand_id = ");
            b.bind(f.scopeBrandId());
        }
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
