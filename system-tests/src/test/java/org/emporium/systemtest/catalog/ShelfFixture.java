package org.emporium.systemtest.catalog;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.emporium.catalog.control.ProductOptions;
import org.emporium.platform.events.DomainEvent;
import org.emporium.platform.events.DomainEvents;

/**
 * Builds a small shelf of its own for one test, straight in the database, with slugs and codes that no
 * other test uses: the catalogue boundary has no brand or attribute editing yet, and the shelf must be
 * tested on data that only it reads. Only the new structure is announced (as staff adding categories would); changes made
 * afterwards ({@link #renameQuietly}) record no event, which is what the cache tests need.
 *
 * <p>The world: root {@code r} > {@code c1} > {@code c2}, and another root {@code o}; brands {@code b1},
 * {@code b2}; attributes colour (red, blue; on SKUs) and fit (slim, loose; on products), both filterable
 * in {@code r}'s attribute set. Visible products: p1 (c2, b1, red, slim, 100), p2 (c1, b2, blue 250 and
 * red 300, loose), p3 (r, b1, blue, 500). Hidden: p4 a draft, p5 published tomorrow, p6 unpublished an
 * hour ago, all in r; p7 is in o.
 */
@Stateless
public class ShelfFixture {

    /** Ids far above anything the sequences hand out, and different for every world. */
    private static final AtomicLong NEXT =
            new AtomicLong(4_000_000_000L + (System.currentTimeMillis() % 100_000) * 1_000);

    @Resource(lookup = "jdbc/emporium")
    DataSource database;

    @Inject
    DomainEvents events;

    public record World(String suffix, long r, long c1, long c2, long colour, long fit) {

        public String slug(String name) {
            return name + "-" + suffix;
        }
    }

    public World build(String suffix) {
        long base = NEXT.getAndAdd(1_000);
        String code = suffix.toUpperCase(java.util.Locale.ROOT);
        try (Connection c = database.getConnection()) {
            long r = base + 1, c1 = base + 2, c2 = base + 3, o = base + 4;
            category(c, r, null, "r-" + suffix, 1);
            category(c, c1, r, "c1-" + suffix, 1);
            category(c, c2, c1, "c2-" + suffix, 1);
            category(c, o, null, "o-" + suffix, 2);
            long b1 = base + 10, b2 = base + 11;
            run(
                    c,
                    "INSERT INTO brand (id, slug, name_zh, name_en, story_zh, story_en, position) VALUES (?, ?, ?, ?, ?, ?, 0)",
                    b1,
                    "b1-" + suffix,
                    "品牌一",
                    "Brand One",
                    "<p>故事</p>",
                    "<p>A story</p>");
            run(
                    c,
                    "INSERT INTO brand (id, slug, name_zh, name_en, position) VALUES (?, ?, ?, ?, 0)",
                    b2,
                    "b2-" + suffix,
                    "品牌二",
                    "Brand Two");
            long colour = base + 20, fit = base + 21;
            attribute(c, colour, "colour-" + suffix, "Colour");
            attribute(c, fit, "fit-" + suffix, "Fit");
            long red = base + 30, blue = base + 31, slim = base + 32, loose = base + 33;
            option(c, red, colour, "red", "Red", 1);
            option(c, blue, colour, "blue", "Blue", 2);
            option(c, slim, fit, "slim", "Slim", 1);
            option(c, loose, fit, "loose", "Loose", 2);
            run(
                    c,
                    "INSERT INTO category_attribute (category_id, attribute_id, position, variant, required) VALUES (?, ?, 1, TRUE, FALSE)",
                    r,
                    colour);
            run(
                    c,
                    "INSERT INTO category_attribute (category_id, attribute_id, position, variant, required) VALUES (?, ?, 2, FALSE, FALSE)",
                    r,
                    fit);

            long p1 = base + 100;
            product(c, p1, c2, b1, "p1-" + suffix, "ON_SALE", "100.00", "", 3);
            sku(c, base + 200, p1, "P1-" + code + "-R", "100.00", "120.00", colour, red);
            run(
                    c,
                    "INSERT INTO product_attribute (product_id, attribute_id, option_id) VALUES (?, ?, ?)",
                    p1,
                    fit,
                    slim);
            long p2 = base + 101;
            product(c, p2, c1, b2, "p2-" + suffix, "ON_SALE", "250.00", "", 2);
            sku(c, base + 201, p2, "P2-" + code + "-B", "250.00", null, colour, blue);
            sku(c, base + 202, p2, "P2-" + code + "-R", "300.00", null, colour, red);
            run(
                    c,
                    "INSERT INTO product_attribute (product_id, attribute_id, option_id) VALUES (?, ?, ?)",
                    p2,
                    fit,
                    loose);
            long p3 = base + 102;
            product(c, p3, r, b1, "p3-" + suffix, "ON_SALE", "500.00", "", 1);
            sku(c, base + 203, p3, "P3-" + code + "-B", "500.00", null, colour, blue);

            long p4 = base + 103;
            product(c, p4, r, b1, "p4-" + suffix, "DRAFT", "100.00", "", 0);
            sku(c, base + 204, p4, "P4-" + code, "100.00", null, colour, red);
            long p5 = base + 104;
            product(
                    c,
                    p5,
                    r,
                    b1,
                    "p5-" + suffix,
                    "ON_SALE",
                    "100.00",
                    ", publish_at = CURRENT_TIMESTAMP + INTERVAL '1 day'",
                    0);
            sku(c, base + 205, p5, "P5-" + code, "100.00", null, colour, red);
            long p6 = base + 105;
            product(
                    c,
                    p6,
                    r,
                    b1,
                    "p6-" + suffix,
                    "ON_SALE",
                    "100.00",
                    ", publish_at = CURRENT_TIMESTAMP - INTERVAL '2 days', unpublish_at = CURRENT_TIMESTAMP - INTERVAL '1 hour'",
                    0);
            sku(c, base + 206, p6, "P6-" + code, "100.00", null, colour, red);
            long p7 = base + 106;
            product(c, p7, o, b1, "p7-" + suffix, "ON_SALE", "100.00", "", 0);
            sku(c, base + 207, p7, "P7-" + code, "100.00", null, colour, red);
            // What the catalogue keeps beside its products for the facets, as it does on every save.
            ProductOptions.refresh(c, List.of(p1, p2, p3, p4, p5, p6, p7));
            // New categories, brands and attributes: what the catalogue announces when staff add them.
            events.record(DomainEvent.now("catalog.structure-changed", "category", r, "{\"test\":true}"));
            return new World(suffix, r, c1, c2, colour, fit);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot build the shelf fixture", e);
        }
    }

    /** Changes a product's name behind the catalogue's back: no event, so caches do not hear of it. */
    public void renameQuietly(String slug, String nameEn) {
        try (Connection c = database.getConnection()) {
            run(c, "UPDATE product SET name_en = ? WHERE slug = ?", nameEn, slug);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void category(Connection c, long id, Long parent, String slug, int position) throws SQLException {
        run(
                c,
                "INSERT INTO category (id, parent_id, slug, name_zh, name_en, position) VALUES (?, ?, ?, ?, ?, ?)",
                id,
                parent,
                slug,
                "类目 " + slug,
                "Category " + slug,
                position);
    }

    private static void attribute(Connection c, long id, String code, String name) throws SQLException {
        run(
                c,
                "INSERT INTO attribute (id, code, name_zh, name_en, kind, filterable, position) VALUES (?, ?, ?, ?, 'ENUM', TRUE, 1)",
                id,
                code,
                name,
                name);
    }

    private static void option(Connection c, long id, long attribute, String code, String label, int position)
            throws SQLException {
        run(
                c,
                "INSERT INTO attribute_option (id, attribute_id, code, label_zh, label_en, position) VALUES (?, ?, ?, ?, ?, ?)",
                id,
                attribute,
                code,
                label,
                label,
                position);
    }

    /** {@code ageDays} makes "newest first" predictable: a higher age is an older product. */
    private static void product(
            Connection c,
            long id,
            long category,
            long brand,
            String slug,
            String status,
            String minPrice,
            String extra,
            int ageDays)
            throws SQLException {
        run(
                c,
                "INSERT INTO product (id, category_id, brand_id, slug, name_zh, name_en, status, created_at, updated_at,"
                        + " min_price) VALUES (?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP - ? * INTERVAL '1 day',"
                        + " CURRENT_TIMESTAMP, ?)",
                id,
                category,
                brand,
                slug,
                "商品 " + slug,
                "Product " + slug,
                status,
                ageDays,
                new BigDecimal(minPrice));
        if (!extra.isEmpty()) {
            run(c, "UPDATE product SET " + extra.substring(2) + " WHERE id = ?", id);
        }
    }

    private static void sku(
            Connection c,
            long id,
            long product,
            String code,
            String price,
            String listPrice,
            long attribute,
            long option)
            throws SQLException {
        run(
                c,
                "INSERT INTO sku (id, product_id, code, spec_zh, spec_en, price, list_price, currency) VALUES (?, ?, ?, ?, ?, ?, ?, 'CNY')",
                id,
                product,
                code,
                code,
                code,
                new BigDecimal(price),
                listPrice == null ? null : new BigDecimal(listPrice));
        run(c, "INSERT INTO sku_option (sku_id, attribute_id, option_id) VALUES (?, ?, ?)", id, attribute, option);
    }

    private static void run(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }
}
