package org.emporium.catalog.control;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.emporium.catalog.boundary.ImportColumns;
import org.emporium.catalog.boundary.ImportedProduct;
import org.emporium.catalog.boundary.RowRejection;
import org.emporium.catalog.entity.Attribute;
import org.emporium.catalog.entity.AttributeKind;
import org.emporium.catalog.entity.AttributeOption;
import org.emporium.catalog.entity.Gtin;
import org.emporium.catalog.entity.ProductStatus;
import org.emporium.platform.events.DomainEvent;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.money.Money;
import org.emporium.platform.text.RichText;

/**
 * Creates or updates a chunk of products with their SKUs, attribute values and variant options in a few
 * set-based JDBC statements: a lookup by slug and by SKU code, then batched inserts and updates. Products
 * are matched by slug and SKUs by code, so writing the same rows twice changes values but adds no row.
 * SKUs of a product that the row no longer lists are kept: orders and stock may refer to them.
 *
 * <p>Per entity through JPA, a hundred thousand products take many minutes; this keeps the database's
 * round trips per chunk constant. Rules that need the database (a slug's current status, a SKU code or a
 * barcode owned by another product) reject the row, not the chunk.
 */
public final class ProductUpsert {

    /** EclipseLink takes a sequence value as the last id of a block of this many; so does this writer. */
    static final int ID_BLOCK = 50;

    static final String CURRENCY = Money.CNY.getCurrencyCode();

    private final Connection connection;
    private final Reference reference;
    private final String actor;
    private long nanos;

    /** The ids behind the codes a draft names. */
    public record Reference(
            Map<String, Long> categories, Map<String, Long> brands, Map<String, Attribute> attributes) {}

    /** What a chunk did, and the events to record with it. */
    public record Outcome(
            int created, int updated, int skus, List<RowRejection> rejected, List<DomainEvent> events, long nanos) {}

    public ProductUpsert(Connection connection, Reference reference, String actor) {
        this.connection = connection;
        this.reference = reference;
        this.actor = actor;
    }

    public Outcome write(List<ImportedProduct> drafts) throws SQLException {
        List<RowRejection> rejected = new ArrayList<>();
        List<Prepared> products = new ArrayList<>();
        Map<String, Long> slugs = new HashMap<>();
        Map<String, Long> codes = new HashMap<>();
        Map<String, Long> barcodes = new HashMap<>();
        for (ImportedProduct draft : drafts) {
            Prepared p;
            try {
                p = prepare(draft);
            } catch (Rejected e) {
                rejected.add(e.rejection);
                continue;
            }
            RowRejection clash = clash(p, slugs, codes, barcodes);
            if (clash != null) {
                rejected.add(clash);
                continue;
            }
            products.add(p);
        }
        Map<String, Object[]> existingProducts = existingProducts(slugs.keySet());
        Map<String, Object[]> existingSkus = existingSkus(codes.keySet());
        Map<String, String> barcodeOwners = barcodeOwners(barcodes.keySet());
        List<Prepared> accepted = new ArrayList<>();
        for (Prepared p : products) {
            Object[] current = existingProducts.get(p.draft.slug());
            if (current != null) {
                p.productId = (Long) current[0];
                ProductStatus status = ProductStatus.valueOf((String) current[1]);
                if (p.draft.status() == ProductStatus.DRAFT && status != ProductStatus.DRAFT) {
                    rejected.add(reject(p.draft, ImportColumns.STATUS, "DRAFT", "catalog.product.backToDraft", status));
                    continue;
                }
            }
            RowRejection taken = taken(p, existingSkus, barcodeOwners);
            if (taken != null) {
                rejected.add(taken);
                continue;
            }
            accepted.add(p);
        }
        assignIds(accepted);
        store(accepted);
        return new Outcome(
                (int) accepted.stream().filter(p -> p.created).count(),
                (int) accepted.stream().filter(p -> !p.created).count(),
                accepted.stream().mapToInt(p -> p.skus.size()).sum(),
                rejected,
                events(accepted),
                nanos);
    }

    /** Resolves the codes of a draft to ids and computes its SKU matrix; a code that vanished rejects the row. */
    Prepared prepare(ImportedProduct draft) {
        Prepared p = new Prepared(draft);
        p.categoryId = reference.categories().get(draft.categorySlug());
        if (p.categoryId == null) {
            throw new Rejected(reject(
                    draft,
                    ImportColumns.CATEGORY,
                    draft.categorySlug(),
                    "catalog.import.category.unknown",
                    draft.categorySlug()));
        }
        if (draft.brandSlug() != null) {
            p.brandId = reference.brands().get(draft.brandSlug());
            if (p.brandId == null) {
                throw new Rejected(reject(
                        draft,
                        ImportColumns.BRAND,
                        draft.brandSlug(),
                        "catalog.import.brand.unknown",
                        draft.brandSlug()));
            }
        }
        List<List<AttributeOption>> axes = new ArrayList<>();
        for (ImportedProduct.VariantAxis axis : draft.axes()) {
            String column = ImportColumns.VARIANT_PREFIX + axis.attribute();
            Attribute attribute = enumerated(draft, column, axis.attribute());
            List<AttributeOption> options = new ArrayList<>();
            for (String code : axis.options()) {
                options.add(attribute
                        .option(code)
                        .orElseThrow(() -> new Rejected(reject(
                                draft, column, code, "catalog.attribute.option.unknown", attribute.getCode(), code))));
            }
            axes.add(options);
        }
        try {
            p.cells = SkuMatrix.combinations(draft.skuPrefix(), axes);
        } catch (BusinessRuleViolation e) {
            throw new Rejected(rejection(draft, ImportColumns.SKU_PREFIX, draft.skuPrefix(), e));
        }
        if (!draft.barcodes().isEmpty() && draft.barcodes().size() != p.cells.size()) {
            throw new Rejected(reject(
                    draft,
                    ImportColumns.BARCODE,
                    String.join("|", draft.barcodes()),
                    "catalog.import.barcode.count",
                    p.cells.size(),
                    draft.barcodes().size()));
        }
        for (String barcode : draft.barcodes()) {
            if (!Gtin.isValid(barcode)) {
                throw new Rejected(
                        reject(draft, ImportColumns.BARCODE, barcode, "catalog.sku.barcode.format", barcode));
            }
        }
        for (Map.Entry<String, String> entry : new java.util.TreeMap<>(draft.attributes()).entrySet()) {
            p.values.add(value(draft, entry.getKey(), entry.getValue()));
        }
        return p;
    }

    private Attribute enumerated(ImportedProduct draft, String column, String code) {
        Attribute attribute = reference.attributes().get(code);
        if (attribute == null) {
            throw new Rejected(reject(draft, column, code, "catalog.import.attribute.unknown", code));
        }
        if (attribute.getKind() != AttributeKind.ENUM) {
            throw new Rejected(reject(draft, column, code, "catalog.attribute.noOptions", code));
        }
        return attribute;
    }

    /** An attribute value typed by the attribute's kind, as ProductAttribute would take it; blank removes it. */
    private Value value(ImportedProduct draft, String code, String text) {
        String column = ImportColumns.ATTRIBUTE_PREFIX + code;
        Attribute attribute = reference.attributes().get(code);
        if (attribute == null) {
            throw new Rejected(reject(draft, column, code, "catalog.import.attribute.unknown", code));
        }
        String v = text == null ? "" : text.trim();
        if (v.isEmpty()) {
            return new Value(attribute.getId(), null, null, null);
        }
        return switch (attribute.getKind()) {
            case ENUM ->
                new Value(
                        attribute.getId(),
                        attribute
                                .option(v)
                                .orElseThrow(() -> new Rejected(
                                        reject(draft, column, v, "catalog.attribute.option.unknown", code, v)))
                                .getId(),
                        null,
                        null);
            case NUMBER -> {
                try {
                    yield new Value(attribute.getId(), null, null, new BigDecimal(v));
                } catch (NumberFormatException e) {
                    throw new Rejected(reject(draft, column, v, "catalog.attribute.value.number", code, v));
                }
            }
            case TEXT -> {
                if (v.length() > 200) {
                    throw new Rejected(reject(draft, column, v, "catalog.attribute.value.size", code));
                }
                yield new Value(attribute.getId(), null, v, null);
            }
        };
    }

    /** A slug, SKU code or barcode that an earlier row of the same chunk already claimed. */
    private static RowRejection clash(
            Prepared p, Map<String, Long> slugs, Map<String, Long> codes, Map<String, Long> barcodes) {
        ImportedProduct d = p.draft;
        Long earlier = slugs.get(d.slug());
        if (earlier != null) {
            return reject(d, ImportColumns.SLUG, d.slug(), "catalog.import.slug.repeated", d.slug(), earlier);
        }
        for (SkuMatrix.Cell cell : p.cells) {
            Long owner = codes.get(cell.code());
            if (owner != null) {
                return reject(
                        d, ImportColumns.SKU_PREFIX, d.skuPrefix(), "catalog.import.sku.repeated", cell.code(), owner);
            }
        }
        for (String barcode : d.barcodes()) {
            Long owner = barcodes.get(barcode);
            if (owner != null) {
                return reject(d, ImportColumns.BARCODE, barcode, "catalog.import.barcode.repeated", barcode, owner);
            }
        }
        slugs.put(d.slug(), d.row());
        p.cells.forEach(c -> codes.put(c.code(), d.row()));
        d.barcodes().forEach(b -> barcodes.put(b, d.row()));
        return null;
    }

    /** A SKU code or barcode that belongs to another product in the database; else notes the SKUs' ids. */
    private static RowRejection taken(Prepared p, Map<String, Object[]> skus, Map<String, String> barcodeOwners) {
        ImportedProduct d = p.draft;
        p.skus = new ArrayList<>();
        for (int i = 0; i < p.cells.size(); i++) {
            SkuMatrix.Cell cell = p.cells.get(i);
            Object[] existing = skus.get(cell.code());
            if (existing != null && !existing[1].equals(p.productId)) {
                return reject(d, ImportColumns.SKU_PREFIX, d.skuPrefix(), "catalog.sku.code.taken", cell.code());
            }
            String barcode = d.barcodes().isEmpty() ? null : d.barcodes().get(i);
            if (barcode != null
                    && barcodeOwners.containsKey(barcode)
                    && !barcodeOwners.get(barcode).equals(cell.code())) {
                return reject(
                        d,
                        ImportColumns.BARCODE,
                        barcode,
                        "catalog.import.barcode.taken",
                        barcode,
                        barcodeOwners.get(barcode));
            }
            p.skus.add(new SkuRow(cell, existing == null ? null : (Long) existing[0], barcode, i));
        }
        return null;
    }

    private Map<String, Object[]> existingProducts(Set<String> slugs) throws SQLException {
        Map<String, Object[]> found = new HashMap<>();
        query(
                "SELECT id, slug, status FROM product WHERE slug IN ",
                slugs,
                rs -> found.put(rs.getString(2), new Object[] {rs.getLong(1), rs.getString(3)}));
        return found;
    }

    private Map<String, Object[]> existingSkus(Set<String> codes) throws SQLException {
        Map<String, Object[]> found = new HashMap<>();
        query(
                "SELECT id, code, product_id FROM sku WHERE code IN ",
                codes,
                rs -> found.put(rs.getString(2), new Object[] {rs.getLong(1), rs.getLong(3)}));
        return found;
    }

    private Map<String, String> barcodeOwners(Set<String> barcodes) throws SQLException {
        Map<String, String> found = new HashMap<>();
        query(
                "SELECT barcode, code FROM sku WHERE barcode IN ",
                barcodes,
                rs -> found.put(rs.getString(1), rs.getString(2)));
        return found;
    }

    private interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    /** One query with an IN list; the chunk size bounds the list. */
    private void query(String sql, Collection<?> values, RowHandler handler) throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        String marks = "?" + ",?".repeat(values.size() - 1);
        try (PreparedStatement statement = connection.prepareStatement(sql + "(" + marks + ")")) {
            int i = 1;
            for (Object value : values) {
                statement.setObject(i++, value);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    handler.handle(rs);
                }
            }
        } finally {
            nanos += System.nanoTime() - start;
        }
    }

    private void assignIds(List<Prepared> accepted) throws SQLException {
        List<Prepared> fresh =
                accepted.stream().filter(p -> p.productId == null).toList();
        List<SkuRow> freshSkus = accepted.stream()
                .flatMap(p -> p.skus.stream())
                .filter(s -> s.id == null)
                .toList();
        IdBlocks products = ids("product_seq", fresh.size());
        for (Prepared p : fresh) {
            p.productId = products.next();
            p.created = true;
        }
        IdBlocks skus = ids("sku_seq", freshSkus.size());
        for (SkuRow s : freshSkus) {
            s.id = skus.next();
            s.created = true;
        }
    }

    /** Enough blocks of the sequence for n ids; each value ends a block of {@value #ID_BLOCK}. */
    private IdBlocks ids(String sequence, int n) throws SQLException {
        IdBlocks blocks = new IdBlocks(ID_BLOCK);
        if (n == 0) {
            return blocks;
        }
        long start = System.nanoTime();
        try (PreparedStatement statement = connection.prepareStatement("SELECT nextval('" + sequence + "')")) {
            for (int i = 0; i < (n + ID_BLOCK - 1) / ID_BLOCK; i++) {
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    blocks.add(rs.getLong(1));
                }
            }
        } finally {
            nanos += System.nanoTime() - start;
        }
        return blocks;
    }

    private void store(List<Prepared> accepted) throws SQLException {
        if (accepted.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Rows products = new Rows(
                "product",
                "id, category_id, slug, name_zh, name_en, description_zh, description_en, status, created_at,"
                        + " updated_at, version, brand_id, min_price");
        try (PreparedStatement update = connection.prepareStatement("UPDATE product SET category_id = ?,"
                + " name_zh = ?, name_en = ?, description_zh = ?, description_en = ?, status = ?,"
                + " updated_at = ?, brand_id = ?, version = version + 1 WHERE id = ?")) {
            boolean updates = false;
            for (Prepared p : accepted) {
                ImportedProduct d = p.draft;
                String descriptionZh = RichText.sanitize(d.descriptionZh());
                String descriptionEn = RichText.sanitize(d.descriptionEn());
                if (p.created) {
                    products.add(
                            p.productId,
                            p.categoryId,
                            d.slug(),
                            d.nameZh(),
                            d.nameEn(),
                            descriptionZh,
                            descriptionEn,
                            d.status().name(),
                            now,
                            now,
                            0,
                            p.brandId,
                            d.price());
                } else {
                    update.setLong(1, p.categoryId);
                    update.setString(2, d.nameZh());
                    update.setString(3, d.nameEn());
                    update.setString(4, descriptionZh);
                    update.setString(5, descriptionEn);
                    update.setString(6, d.status().name());
                    update.setObject(7, now);
                    setLong(update, 8, p.brandId);
                    update.setLong(9, p.productId);
                    update.addBatch();
                    updates = true;
                }
            }
            products.insert();
            if (updates) {
                batch(update);
            }
        }
        storeSkus(accepted);
        storeOptions(accepted);
        storeAttributes(accepted);
        long start = System.nanoTime();
        try {
            ProductOptions.refresh(
                    connection, accepted.stream().map(p -> p.productId).toList());
        } finally {
            nanos += System.nanoTime() - start;
        }
        List<Long> updated =
                accepted.stream().filter(p -> !p.created).map(p -> p.productId).toList();
        execute(
                "UPDATE product SET min_price = (SELECT MIN(s.price) FROM sku s WHERE s.product_id = product.id)"
                        + " WHERE id IN ",
                updated);
    }

    private void storeSkus(List<Prepared> accepted) throws SQLException {
        Rows skus = new Rows(
                "sku",
                "id, product_id, code, spec_zh, spec_en, price, list_price, currency, version, barcode,"
                        + " weight_grams, position, cost_price");
        try (PreparedStatement update = connection.prepareStatement("UPDATE sku SET spec_zh = ?, spec_en = ?,"
                + " price = ?, list_price = ?, currency = ?, barcode = COALESCE(?, barcode),"
                + " weight_grams = ?, position = ?, cost_price = COALESCE(?, cost_price), version = version + 1"
                + " WHERE id = ?")) {
            boolean updates = false;
            for (Prepared p : accepted) {
                ImportedProduct d = p.draft;
                for (SkuRow s : p.skus) {
                    if (s.created) {
                        skus.add(
                                s.id,
                                p.productId,
                                s.cell.code(),
                                s.cell.specZh(),
                                s.cell.specEn(),
                                d.price(),
                                d.listPrice(),
                                CURRENCY,
                                0,
                                s.barcode,
                                d.weightGrams(),
                                s.position,
                                d.costPrice());
                        continue;
                    }
                    update.setString(1, s.cell.specZh());
                    update.setString(2, s.cell.specEn());
                    update.setBigDecimal(3, d.price());
                    update.setBigDecimal(4, d.listPrice());
                    update.setString(5, CURRENCY);
                    update.setString(6, s.barcode);
                    if (d.weightGrams() == null) {
                        update.setNull(7, Types.INTEGER);
                    } else {
                        update.setInt(7, d.weightGrams());
                    }
                    update.setInt(8, s.position);
                    update.setBigDecimal(9, d.costPrice());
                    update.setLong(10, s.id);
                    update.addBatch();
                    updates = true;
                }
            }
            skus.insert();
            if (updates) {
                batch(update);
            }
        }
    }

    /** A SKU's options follow from its code's cell; an updated SKU gets them afresh. */
    private void storeOptions(List<Prepared> accepted) throws SQLException {
        List<Long> updated = new ArrayList<>();
        Rows options = new Rows("sku_option", "sku_id, attribute_id, option_id");
        for (Prepared p : accepted) {
            for (SkuRow s : p.skus) {
                if (!s.created) {
                    updated.add(s.id);
                }
                for (AttributeOption option : s.cell.options()) {
                    options.add(s.id, option.getAttribute().getId(), option.getId());
                }
            }
        }
        execute("DELETE FROM sku_option WHERE sku_id IN ", updated);
        options.insert();
    }

    /**
     * The attribute columns of the file are the truth for those attributes: the old values go, the new ones
     * come. Every row of a file has the same columns, so one delete covers the chunk.
     */
    private void storeAttributes(List<Prepared> accepted) throws SQLException {
        Set<Long> products = new HashSet<>();
        Set<Long> attributes = new HashSet<>();
        Rows values = new Rows("product_attribute", "product_id, attribute_id, option_id, text_value, number_value");
        for (Prepared p : accepted) {
            for (Value v : p.values) {
                if (!p.created) {
                    products.add(p.productId);
                    attributes.add(v.attributeId);
                }
                if (v.optionId != null || v.text != null || v.number != null) {
                    values.add(p.productId, v.attributeId, v.optionId, v.text, v.number);
                }
            }
        }
        if (!products.isEmpty()) {
            long start = System.nanoTime();
            String productMarks = marks(products.size());
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM product_attribute WHERE"
                    + " product_id IN (" + productMarks + ") AND attribute_id IN (" + marks(attributes.size()) + ")")) {
                int i = 1;
                for (Long id : products) {
                    delete.setLong(i++, id);
                }
                for (Long id : attributes) {
                    delete.setLong(i++, id);
                }
                delete.executeUpdate();
            } finally {
                nanos += System.nanoTime() - start;
            }
        }
        values.insert();
    }

    /** An update or delete with an IN list of ids; nothing when the list is empty. */
    private void execute(String sql, Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        try (PreparedStatement statement = connection.prepareStatement(sql + "(" + marks(ids.size()) + ")")) {
            int i = 1;
            for (Long id : ids) {
                statement.setLong(i++, id);
            }
            statement.executeUpdate();
        } finally {
            nanos += System.nanoTime() - start;
        }
    }

    private void batch(PreparedStatement statement) throws SQLException {
        long start = System.nanoTime();
        try {
            statement.executeBatch();
        } finally {
            nanos += System.nanoTime() - start;
        }
    }

    private static String marks(int n) {
        return "?" + ",?".repeat(n - 1);
    }

    /**
     * Rows for one table, inserted with multi-row VALUES statements: one statement per hundreds of rows
     * rather than one per row, which is what makes a chunk cheap for the database (a JDBC batch still runs
     * every row as a statement of its own).
     */
    private final class Rows {

        /** Rows per statement: far below PostgreSQL's 65,535 parameters even for the widest table. */
        static final int PER_STATEMENT = 250;

        private final String table;
        private final String columns;
        private final int width;
        private final List<Object[]> rows = new ArrayList<>();

        Rows(String table, String columns) {
            this.table = table;
            this.columns = columns;
            this.width = columns.split(",").length;
        }

        void add(Object... values) {
            rows.add(values);
        }

        void insert() throws SQLException {
            String row = "(" + marks(width) + ")";
            for (int from = 0; from < rows.size(); from += PER_STATEMENT) {
                List<Object[]> part = rows.subList(from, Math.min(rows.size(), from + PER_STATEMENT));
                String sql = "INSERT INTO " + table + " (" + columns + ") VALUES " + row
                        + (", " + row).repeat(part.size() - 1);
                long start = System.nanoTime();
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    int i = 1;
                    for (Object[] values : part) {
                        for (Object value : values) {
                            set(statement, i++, value);
                        }
                    }
                    statement.executeUpdate();
                } finally {
                    nanos += System.nanoTime() - start;
                }
            }
        }

        /** Typed setters, so that a null or a number reaches the database as the column's type. */
        private static void set(PreparedStatement statement, int index, Object value) throws SQLException {
            if (value == null) {
                statement.setNull(index, Types.NULL);
            } else if (value instanceof String text) {
                statement.setString(index, text);
            } else if (value instanceof Long number) {
                statement.setLong(index, number);
            } else if (value instanceof Integer number) {
                statement.setInt(index, number);
            } else if (value instanceof BigDecimal amount) {
                statement.setBigDecimal(index, amount);
            } else {
                statement.setObject(index, value);
            }
        }
    }

    /**
     * One event per product, with the same payload as an editor's change. A created product is described
     * from its row; an updated one is read back, since the row may leave some of its SKUs and attribute
     * values as they were.
     */
    private List<DomainEvent> events(List<Prepared> accepted) throws SQLException {
        Set<Long> updated = new HashSet<>();
        accepted.stream().filter(p -> !p.created).forEach(p -> updated.add(p.productId));
        Map<Long, Map<String, String>> attributes = new HashMap<>();
        Map<Long, BigDecimal> minPrices = new HashMap<>();
        Map<Long, List<String>> skuCodes = new LinkedHashMap<>();
        Map<String, Object[]> skuRows = new HashMap<>();
        Map<String, Map<String, String>> skuOptions = new HashMap<>();
        query(
                "SELECT id, min_price FROM product WHERE id IN ",
                updated,
                rs -> minPrices.put(rs.getLong(1), rs.getBigDecimal(2)));
        query(
                "SELECT pa.product_id, a.code, o.code, pa.text_value, pa.number_value FROM product_attribute pa"
                        + " JOIN attribute a ON a.id = pa.attribute_id"
                        + " LEFT JOIN attribute_option o ON o.id = pa.option_id WHERE pa.product_id IN ",
                updated,
                rs -> {
                    BigDecimal number = rs.getBigDecimal(5);
                    String value = rs.getString(3) != null
                            ? rs.getString(3)
                            : number != null ? number.stripTrailingZeros().toPlainString() : rs.getString(4);
                    attributes
                            .computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), value);
                });
        query(
                "SELECT product_id, code, price, list_price, currency, barcode FROM sku WHERE product_id IN ",
                updated,
                rs -> {
                    skuCodes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                    skuRows.put(rs.getString(2), new Object[] {
                        rs.getBigDecimal(3),
                        rs.getBigDecimal(4),
                        rs.getString(5).trim(),
                        rs.getString(6)
                    });
                });
        query(
                "SELECT s.code, a.code, o.code FROM sku_option so JOIN sku s ON s.id = so.sku_id"
                        + " JOIN attribute a ON a.id = so.attribute_id"
                        + " JOIN attribute_option o ON o.id = so.option_id WHERE s.product_id IN ",
                updated,
                rs -> skuOptions
                        .computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                        .put(rs.getString(2), rs.getString(3)));
        List<DomainEvent> events = new ArrayList<>(accepted.size());
        for (Prepared p : accepted) {
            ImportedProduct d = p.draft;
            List<ProductEvents.SkuLine> skus;
            Map<String, String> values;
            BigDecimal minPrice;
            if (p.created) {
                skus = p.skus.stream()
                        .map(s -> {
                            Map<String, String> options = new LinkedHashMap<>();
                            s.cell.options()
                                    .forEach(o -> options.put(o.getAttribute().getCode(), o.getCode()));
                            return new ProductEvents.SkuLine(
                                    s.cell.code(), d.price(), d.listPrice(), CURRENCY, s.barcode, options);
                        })
                        .toList();
                values = new LinkedHashMap<>();
                d.attributes().forEach((code, value) -> {
                    if (value != null && !value.isBlank()) {
                        values.put(code, value.trim());
                    }
                });
                minPrice = d.price();
            } else {
                skus = skuCodes.getOrDefault(p.productId, List.of()).stream()
                        .map(code -> {
                            Object[] row = skuRows.get(code);
                            return new ProductEvents.SkuLine(
                                    code,
                                    (BigDecimal) row[0],
                                    (BigDecimal) row[1],
                                    (String) row[2],
                                    (String) row[3],
                                    skuOptions.getOrDefault(code, Map.of()));
                        })
                        .toList();
                values = attributes.getOrDefault(p.productId, Map.of());
                minPrice = minPrices.get(p.productId);
            }
            events.add(ProductEvents.changed(
                    new ProductEvents.Snapshot(
                            p.productId,
                            d.slug(),
                            d.nameZh(),
                            d.nameEn(),
                            d.status().name(),
                            p.categoryId,
                            p.brandId,
                            minPrice,
                            values,
                            skus),
                    actor,
                    p.created));
        }
        return events;
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static RowRejection reject(ImportedProduct d, String column, String value, String key, Object... args) {
        return RowRejection.of(d.row(), column, value, key, args);
    }

    private static RowRejection rejection(ImportedProduct d, String column, String value, BusinessRuleViolation e) {
        return RowRejection.of(d.row(), column, value, e.messageKey(), e.arguments());
    }

    /** A row that cannot be written, carried out of the preparation. */
    private static final class Rejected extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final transient RowRejection rejection;

        Rejected(RowRejection rejection) {
            super(rejection.messageKey(), null, false, false);
            this.rejection = rejection;
        }
    }

    /** A draft on its way to the database. */
    static final class Prepared {
        final ImportedProduct draft;
        Long categoryId;
        Long brandId;
        Long productId;
        boolean created;
        List<SkuMatrix.Cell> cells;
        List<SkuRow> skus = List.of();
        final List<Value> values = new ArrayList<>();

        Prepared(ImportedProduct draft) {
            this.draft = draft;
        }
    }

    static final class SkuRow {
        final SkuMatrix.Cell cell;
        Long id;
        final String barcode;
        final int position;
        boolean created;

        SkuRow(SkuMatrix.Cell cell, Long id, String barcode, int position) {
            this.cell = cell;
            this.id = id;
            this.barcode = barcode;
            this.position = position;
        }
    }

    /** An attribute value; all three empty means the attribute is removed. */
    record Value(long attributeId, Long optionId, String text, BigDecimal number) {}
}
