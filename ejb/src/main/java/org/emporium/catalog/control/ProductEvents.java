package org.emporium.catalog.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emporium.catalog.entity.Product;
import org.emporium.catalog.entity.ProductAttribute;
import org.emporium.catalog.entity.Sku;
import org.emporium.catalog.entity.SkuOption;
import org.emporium.platform.events.DomainEvent;
import org.emporium.platform.json.Jsons;

/** The events the catalogue publishes, and what their payloads carry. */
public final class ProductEvents {

    public static final String AGGREGATE = "product";
    public static final String PRODUCT_CHANGED = "catalog.product-changed";

    private ProductEvents() {}

    /**
     * A product was created or changed: enough of it for a consumer to update an index or a cache without
     * calling back: where it is filed (category, brand), what it costs from (minPrice), its attribute values
     * by attribute code, and each SKU's place on the variant axes (attribute code to option code).
     */
    public static DomainEvent changed(Product product, String actor, boolean created) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (ProductAttribute attribute : product.getAttributes()) {
            attributes.put(attribute.getAttribute().getCode(), attribute.value());
        }
        List<SkuLine> skus = product.getSkus().stream().map(ProductEvents::line).toList();
        return changed(
                new Snapshot(
                        product.getId(),
                        product.getSlug(),
                        product.getNameZh(),
                        product.getNameEn(),
                        product.getStatus().name(),
                        product.getCategoryId(),
                        product.getBrandId(),
                        product.getMinPrice(),
                        attributes,
                        skus),
                actor,
                created);
    }

    /** The same event from plain values, for writers that work on rows rather than entities (the import). */
    public static DomainEvent changed(Snapshot product, String actor, boolean created) {
        JsonArrayBuilder skus = Jsons.createArrayBuilder();
        for (SkuLine sku : product.skus()) {
            JsonObjectBuilder options = Jsons.createObjectBuilder();
            sku.options().forEach(options::add);
            JsonObjectBuilder entry = Jsons.createObjectBuilder()
                    .add("code", sku.code())
                    .add("price", sku.price())
                    .add("currency", sku.currency())
                    .add("options", options);
            if (sku.listPrice() != null) {
                entry.add("listPrice", sku.listPrice());
            }
            if (sku.barcode() != null) {
                entry.add("barcode", sku.barcode());
            }
            skus.add(entry);
        }
        JsonObjectBuilder attributes = Jsons.createObjectBuilder();
        product.attributes().forEach(attributes::add);
        JsonObjectBuilder payload = Jsons.createObjectBuilder()
                .add("productId", product.productId())
                .add("slug", product.slug())
                .add("nameZh", product.nameZh())
                .add("nameEn", product.nameEn())
                .add("status", product.status())
                .add("created", created)
                .add("actor", actor == null ? "system" : actor)
                .add("categoryId", product.categoryId())
                .add("attributes", attributes)
                .add("skus", skus);
        if (product.brandId() == null) {
            payload.addNull("brandId");
        } else {
            payload.add("brandId", product.brandId());
        }
        if (product.minPrice() == null) {
            payload.addNull("minPrice");
        } else {
            payload.add("minPrice", product.minPrice());
        }
        return DomainEvent.now(
                PRODUCT_CHANGED, AGGREGATE, product.productId(), payload.build().toString());
    }

    private static SkuLine line(Sku sku) {
        Map<String, String> options = new LinkedHashMap<>();
        for (SkuOption option : sku.getOptions()) {
            options.put(option.getAttribute().getCode(), option.getOption().getCode());
        }
        return new SkuLine(
                sku.getCode(), sku.price().amount(), sku.getListPrice(), sku.getCurrency(), sku.getBarcode(), options);
    }

    /** What the event tells of a product. */
    public record Snapshot(
            long productId,
            String slug,
            String nameZh,
            String nameEn,
            String status,
            long categoryId,
            Long brandId,
            BigDecimal minPrice,
            Map<String, String> attributes,
            List<SkuLine> skus) {}

    /** A SKU as the event lists it: options by attribute code. */
    public record SkuLine(
            String code,
            BigDecimal price,
            BigDecimal listPrice,
            String currency,
            String barcode,
            Map<String, String> options) {}
}
