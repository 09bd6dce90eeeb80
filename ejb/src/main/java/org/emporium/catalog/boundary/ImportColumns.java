package org.emporium.catalog.boundary;

import java.util.List;

/**
 * The columns of the product import file, named as its header row names them. A row is one product; its
 * SKUs are every combination of the options listed in its {@code variant:} columns (none gives one SKU whose
 * code is the prefix), and each SKU gets the row's price, list price, cost price and weight.
 */
public final class ImportColumns {

    public static final String SLUG = "product_slug";
    public static final String CATEGORY = "category_slug";
    public static final String BRAND = "brand_slug";
    public static final String NAME_ZH = "name_zh";
    public static final String NAME_EN = "name_en";
    public static final String DESCRIPTION_ZH = "description_zh";
    public static final String DESCRIPTION_EN = "description_en";
    public static final String STATUS = "status";
    public static final String SKU_PREFIX = "sku_prefix";
    public static final String PRICE = "price";
    public static final String LIST_PRICE = "list_price";
    public static final String COST_PRICE = "cost_price";
    public static final String WEIGHT = "weight_g";
    public static final String BARCODE = "barcode";

    /** {@code variant:colour}: the option codes of a variant axis, separated by {@value #SEPARATOR}. */
    public static final String VARIANT_PREFIX = "variant:";

    /** {@code attr:material}: a product attribute value (an option code, a number or text). */
    public static final String ATTRIBUTE_PREFIX = "attr:";

    /** Between option codes in a variant column and between barcodes. */
    public static final String SEPARATOR = "|";

    /** The fixed columns in template order; variant and attribute columns go between status and price. */
    public static final List<String> LEADING =
            List.of(SLUG, CATEGORY, BRAND, NAME_ZH, NAME_EN, DESCRIPTION_ZH, DESCRIPTION_EN, STATUS, SKU_PREFIX);

    public static final List<String> TRAILING = List.of(PRICE, LIST_PRICE, COST_PRICE, WEIGHT, BARCODE);

    /** Columns a file must have; the others may be left out. */
    public static final List<String> REQUIRED = List.of(SLUG, CATEGORY, NAME_ZH, NAME_EN, SKU_PREFIX, PRICE);

    private ImportColumns() {}
}
