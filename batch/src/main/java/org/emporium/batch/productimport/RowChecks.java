package org.emporium.batch.productimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.emporium.catalog.boundary.CatalogCodes;
import org.emporium.catalog.boundary.ImportColumns;
import org.emporium.catalog.boundary.ImportedProduct;
import org.emporium.catalog.boundary.ProductImport;
import org.emporium.catalog.boundary.RowRejection;
import org.emporium.catalog.entity.AttributeKind;
import org.emporium.catalog.entity.Gtin;
import org.emporium.catalog.entity.Product;
import org.emporium.catalog.entity.ProductStatus;
import org.emporium.catalog.entity.Sku;

/**
 * Turns a row into a product draft, or lists everything wrong with it at once, so that whoever fixes the
 * file fixes each row once. It checks what it can without the database: form, lengths, amounts, that the
 * codes exist, the SKU codes the variants give and their number. Rows that repeat a slug or a SKU code of
 * an earlier row of the same file are refused too.
 */
public final class RowChecks {

    private static final Pattern SLUG = Pattern.compile(Product.SLUG_PATTERN);
    private static final Pattern SKU_CODE = Pattern.compile(Sku.CODE_PATTERN);
    private static final Pattern SPLIT = Pattern.compile("\\s*\\|\\s*");
    private static final int NAME_MAX = 200;
    private static final int DESCRIPTION_MAX = 20000;

    private final CatalogCodes codes;
    private final Map<String, Long> slugs = new java.util.HashMap<>();
    private final Map<String, Long> skuCodes = new java.util.HashMap<>();

    public RowChecks(CatalogCodes codes) {
        this.codes = codes;
    }

    /** Problems of a header: required columns missing, columns the layout does not know; empty when fine. */
    public static List<RowRejection> header(List<String> header) {
        List<RowRejection> problems = new ArrayList<>();
        if (header.isEmpty()) {
            problems.add(RowRejection.of(1, null, null, "catalog.import.file.empty"));
            return problems;
        }
        for (String required : ImportColumns.REQUIRED) {
            if (!header.contains(required)) {
                problems.add(RowRejection.of(1, required, null, "catalog.import.file.columns.missing", required));
            }
        }
        for (String column : header) {
            boolean known = column.isEmpty()
                    || ImportColumns.LEADING.contains(column)
                    || ImportColumns.TRAILING.contains(column)
                    || column.startsWith(ImportColumns.VARIANT_PREFIX)
                    || column.startsWith(ImportColumns.ATTRIBUTE_PREFIX);
            if (!known) {
                problems.add(RowRejection.of(1, column, null, "catalog.import.file.columns.unknown", column));
            }
        }
        return problems;
    }

    /** The row as a draft; throws {@link RowRejected} with every problem found. */
    public ImportedProduct draft(ImportRow row) {
        Problems p = new Problems(row);
        String slug = p.code(ImportColumns.SLUG, true);
        String category = p.code(ImportColumns.CATEGORY, true);
        if (category != null && !codes.hasCategory(category)) {
            p.add(ImportColumns.CATEGORY, category, "catalog.import.category.unknown", category);
        }
        String brand = p.code(ImportColumns.BRAND, false);
        if (brand != null && !codes.hasBrand(brand)) {
            p.add(ImportColumns.BRAND, brand, "catalog.import.brand.unknown", brand);
        }
        String nameZh = p.text(ImportColumns.NAME_ZH, true, NAME_MAX);
        String nameEn = p.text(ImportColumns.NAME_EN, true, NAME_MAX);
        String descriptionZh = p.text(ImportColumns.DESCRIPTION_ZH, false, DESCRIPTION_MAX);
        String descriptionEn = p.text(ImportColumns.DESCRIPTION_EN, false, DESCRIPTION_MAX);
        ProductStatus status = status(p);
        String prefix = row.get(ImportColumns.SKU_PREFIX);
        if (prefix == null) {
            p.add(ImportColumns.SKU_PREFIX, null, "catalog.import.value.required", ImportColumns.SKU_PREFIX);
        } else {
            prefix = prefix.toUpperCase(Locale.ROOT);
        }
        int before = p.list.size();
        List<ImportedProduct.VariantAxis> axes = axes(p);
        // With a variant column in error the SKU count is unknown; a barcode count would only add noise.
        boolean axesKnown = p.list.size() == before;
        Map<String, String> attributes = attributes(p);
        BigDecimal price = p.amount(ImportColumns.PRICE, true);
        if (price != null && price.signum() <= 0) {
            p.add(ImportColumns.PRICE, price.toPlainString(), "catalog.sku.price.positive");
        }
        BigDecimal listPrice = p.amount(ImportColumns.LIST_PRICE, false);
        if (price != null && listPrice != null && listPrice.compareTo(price) < 0) {
            p.add(ImportColumns.LIST_PRICE, listPrice.toPlainString(), "catalog.sku.listPrice.belowPrice", prefix);
        }
        BigDecimal costPrice = p.amount(ImportColumns.COST_PRICE, false);
        if (costPrice != null && costPrice.signum() < 0) {
            p.add(ImportColumns.COST_PRICE, costPrice.toPlainString(), "catalog.sku.cost.negative", prefix);
        }
        Integer weight = weight(p);
        List<String> barcodes = barcodes(p);
        List<String> skus = prefix == null || !axesKnown ? List.of() : skuCodes(p, prefix, axes);
        if (!barcodes.isEmpty() && !skus.isEmpty() && barcodes.size() != skus.size()) {
            p.add(
                    ImportColumns.BARCODE,
                    row.get(ImportColumns.BARCODE),
                    "catalog.import.barcode.count",
                    skus.size(),
                    barcodes.size());
        }
        if (slug != null && slugs.containsKey(slug)) {
            p.add(ImportColumns.SLUG, slug, "catalog.import.slug.repeated", slug, slugs.get(slug));
        }
        for (String code : skus) {
            if (skuCodes.containsKey(code)) {
                p.add(ImportColumns.SKU_PREFIX, prefix, "catalog.import.sku.repeated", code, skuCodes.get(code));
                break;
            }
        }
        if (!p.list.isEmpty()) {
            throw new RowRejected(p.list);
        }
        slugs.put(slug, row.number());
        skus.forEach(code -> skuCodes.put(code, row.number()));
        return new ImportedProduct(
                row.number(),
                slug,
                category,
                brand,
                nameZh,
                nameEn,
                descriptionZh,
                descriptionEn,
                status,
                prefix,
                axes,
                attributes,
                price,
                listPrice,
                weight,
                barcodes,
                costPrice);
    }

    private static ProductStatus status(Problems p) {
        String value = p.row.get(ImportColumns.STATUS);
        if (value == null) {
            return ProductStatus.DRAFT;
        }
        try {
            return ProductStatus.valueOf(
                    value.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            p.add(ImportColumns.STATUS, value, "catalog.import.status.unknown", value);
            return null;
        }
    }

    private List<ImportedProduct.VariantAxis> axes(Problems p) {
        List<ImportedProduct.VariantAxis> axes = new ArrayList<>();
        for (String column : columns(p.row, ImportColumns.VARIANT_PREFIX)) {
            String value = p.row.get(column);
            if (value == null) {
                continue;
            }
            String attribute = column.substring(ImportColumns.VARIANT_PREFIX.length());
            var known = codes.attribute(attribute);
            if (known.isEmpty()) {
                p.add(column, attribute, "catalog.import.attribute.unknown", attribute);
                continue;
            }
            if (known.get().kind() != AttributeKind.ENUM) {
                p.add(column, attribute, "catalog.attribute.noOptions", attribute);
                continue;
            }
            List<String> options = new ArrayList<>();
            for (String option : SPLIT.split(value)) {
                String code = option.toLowerCase(Locale.ROOT);
                if (code.isEmpty()) {
                    continue;
                }
                if (!known.get().hasOption(code)) {
                    p.add(column, option, "catalog.attribute.option.unknown", attribute, option);
                } else if (options.contains(code)) {
                    p.add(column, option, "catalog.attribute.option.duplicate", option);
                } else {
                    options.add(code);
                }
            }
            if (options.isEmpty()) {
                p.add(column, value, "catalog.sku.axis.empty");
            } else {
                axes.add(new ImportedProduct.VariantAxis(attribute, options));
            }
        }
        return axes;
    }

    private Map<String, String> attributes(Problems p) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String column : columns(p.row, ImportColumns.ATTRIBUTE_PREFIX)) {
            String attribute = column.substring(ImportColumns.ATTRIBUTE_PREFIX.length());
            String value = p.row.get(column);
            var known = codes.attribute(attribute);
            if (known.isEmpty()) {
                p.add(column, attribute, "catalog.import.attribute.unknown", attribute);
                continue;
            }
            if (value != null) {
                switch (known.get().kind()) {
                    case ENUM -> {
                        value = value.toLowerCase(Locale.ROOT);
                        if (!known.get().hasOption(value)) {
                            p.add(column, value, "catalog.attribute.option.unknown", attribute, value);
                        }
                    }
                    case NUMBER -> {
                        try {
                            new BigDecimal(value);
                        } catch (NumberFormatException e) {
                            p.add(column, value, "catalog.attribute.value.number", attribute, value);
                        }
                    }
                    case TEXT -> {
                        if (value.length() > 200) {
                            p.add(column, value, "catalog.attribute.value.size", attribute);
                        }
                    }
                }
            }
            values.put(attribute, value == null ? "" : value);
        }
        return values;
    }

    private static Integer weight(Problems p) {
        String value = p.row.get(ImportColumns.WEIGHT);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal grams = new BigDecimal(value);
            if (grams.signum() < 0 || grams.stripTrailingZeros().scale() > 0) {
                throw new NumberFormatException();
            }
            return grams.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            p.add(ImportColumns.WEIGHT, value, "catalog.import.weight.format", value);
            return null;
        }
    }

    private static List<String> barcodes(Problems p) {
        String value = p.row.get(ImportColumns.BARCODE);
        if (value == null) {
            return List.of();
        }
        List<String> barcodes = new ArrayList<>();
        for (String barcode : SPLIT.split(value)) {
            if (!Gtin.isValid(barcode)) {
                p.add(ImportColumns.BARCODE, barcode, "catalog.sku.barcode.format", barcode);
            }
            barcodes.add(barcode);
        }
        return barcodes;
    }

    /** The codes the SKU matrix will give, checked as it will check them. */
    private static List<String> skuCodes(Problems p, String prefix, List<ImportedProduct.VariantAxis> axes) {
        long count = 1;
        for (ImportedProduct.VariantAxis axis : axes) {
            count *= axis.options().size();
        }
        if (count > ProductImport.MAX_SKUS_PER_PRODUCT) {
            p.add(ImportColumns.SKU_PREFIX, prefix, "catalog.sku.tooMany", ProductImport.MAX_SKUS_PER_PRODUCT);
            return List.of();
        }
        List<String> codes = new ArrayList<>(List.of(prefix));
        for (ImportedProduct.VariantAxis axis : axes) {
            List<String> longer = new ArrayList<>();
            for (String code : codes) {
                for (String option : axis.options()) {
                    longer.add(code + "-" + option.toUpperCase(Locale.ROOT));
                }
            }
            codes = longer;
        }
        for (String code : codes) {
            if (!SKU_CODE.matcher(code).matches()) {
                p.add(ImportColumns.SKU_PREFIX, prefix, "catalog.sku.code.format", code);
                return List.of();
            }
        }
        return codes;
    }

    private static List<String> columns(ImportRow row, String prefix) {
        return row.cells().keySet().stream()
                .filter(c -> c.startsWith(prefix))
                .sorted()
                .toList();
    }

    /** The problems of one row, gathered as the checks go. */
    private static final class Problems {
        final ImportRow row;
        final List<RowRejection> list = new ArrayList<>();

        Problems(ImportRow row) {
            this.row = row;
        }

        void add(String column, String value, String key, Object... arguments) {
            list.add(RowRejection.of(row.number(), column, value, key, arguments));
        }

        String code(String column, boolean required) {
            String value = row.get(column);
            if (value == null) {
                if (required) {
                    add(column, null, "catalog.import.value.required", column);
                }
                return null;
            }
            if (!SLUG.matcher(value).matches() || value.length() > 120) {
                add(column, value, "catalog.import.value.format", column, value);
                return null;
            }
            return value;
        }

        String text(String column, boolean required, int max) {
            String value = row.get(column);
            if (value == null) {
                if (required) {
                    add(column, null, "catalog.import.value.required", column);
                }
                return null;
            }
            if (value.length() > max) {
                add(column, value.substring(0, 40) + "…", "catalog.import.text.size", column, max);
                return null;
            }
            return value;
        }

        BigDecimal amount(String column, boolean required) {
            String value = row.get(column);
            if (value == null) {
                if (required) {
                    add(column, null, "catalog.import.value.required", column);
                }
                return null;
            }
            try {
                BigDecimal amount = new BigDecimal(value.replace(",", ""));
                if (amount.stripTrailingZeros().scale() > 2) {
                    throw new NumberFormatException();
                }
                return amount.setScale(2);
            } catch (NumberFormatException | ArithmeticException e) {
                add(column, value, "catalog.import.number.format", column, value);
                return null;
            }
        }
    }
}
