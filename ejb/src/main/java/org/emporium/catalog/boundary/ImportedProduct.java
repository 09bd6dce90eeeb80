package org.emporium.catalog.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.emporium.catalog.entity.ProductStatus;

/**
 * One product as a spreadsheet row describes it, checked for form but not yet against the database: what
 * {@link ProductImport#write} creates, or applies to the product with the same slug.
 *
 * @param row         the row of the file it came from, for the error report
 * @param axes        the variant axes in column order; the SKUs are every combination of their options
 * @param attributes  product attribute values by attribute code; a blank value removes the attribute
 * @param barcodes    one per SKU in matrix order, or none
 */
public record ImportedProduct(
        long row,
        String slug,
        String categorySlug,
        String brandSlug,
        String nameZh,
        String nameEn,
        String descriptionZh,
        String descriptionEn,
        ProductStatus status,
        String skuPrefix,
        List<VariantAxis> axes,
        Map<String, String> attributes,
        BigDecimal price,
        BigDecimal listPrice,
        Integer weightGrams,
        List<String> barcodes,
        BigDecimal costPrice)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public ImportedProduct {
        axes = List.copyOf(axes);
        attributes = Map.copyOf(attributes);
        barcodes = List.copyOf(barcodes);
    }

    /** A variant attribute and the option codes the product comes in, in the order given. */
    public record VariantAxis(String attribute, List<String> options) implements Serializable {

        private static final long serialVersionUID = 1L;

        public VariantAxis {
            options = List.copyOf(options);
        }
    }
}
