package org.emporium.batch.catalogexport;

import java.util.ArrayList;
import java.util.List;
import org.emporium.batch.control.Csv;
import org.emporium.catalog.entity.Product;
import org.emporium.catalog.entity.Sku;
import org.emporium.platform.money.Money;

/**
 * The layout of the catalogue export: one record per SKU, carrying its product's fields, so that the file
 * sorts and filters in a spreadsheet without lookups. Amounts are plain decimals in the SKU's currency.
 */
public final class CatalogCsv {

    public static final List<String> COLUMNS = List.of(
            "product_id",
            "slug",
            "category",
            "name_zh",
            "name_en",
            "status",
            "sku",
            "spec_zh",
            "spec_en",
            "price",
            "list_price",
            "currency");

    /** Where the SKU code sits in a record: what a reader of the file matches on. */
    public static final int SKU_COLUMN = COLUMNS.indexOf("sku");

    public static final String HEADER = Csv.record(COLUMNS);

    private CatalogCsv() {}

    /** The product's records in SKU code order; a product without SKUs has none. */
    public static List<String> records(Product product) {
        List<String> records = new ArrayList<>(product.getSkus().size());
        for (Sku sku : product.getSkus()) {
            Money price = sku.price();
            Money listPrice = sku.listPrice();
            records.add(Csv.record(
                    product.getId(),
                    product.getSlug(),
                    product.getCategory() == null ? null : product.getCategory().getSlug(),
                    product.getNameZh(),
                    product.getNameEn(),
                    product.getStatus(),
                    sku.getCode(),
                    sku.getSpecZh(),
                    sku.getSpecEn(),
                    price.amount().toPlainString(),
                    listPrice == null ? null : listPrice.amount().toPlainString(),
                    price.currency().getCurrencyCode()));
        }
        return records;
    }
}
