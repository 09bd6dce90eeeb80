package org.emporium.catalog.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.emporium.catalog.entity.Product;
import org.emporium.catalog.entity.ProductAttribute;
import org.emporium.catalog.entity.Sku;
import org.emporium.catalog.entity.SkuOption;
import org.emporium.platform.events.DomainEvent;

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
        JsonArrayBuilder skus = Json.createArrayBuilder();
        for (Sku sku : product.getSkus()) {
            JsonObjectBuilder options = Json.createObjectBuilder();
            for (SkuOption option : sku.getOptions()) {
                options.add(option.getAttribute().getCode(), option.getOption().getCode());
            }
            JsonObjectBuilder entry = Json.createObjectBuilder()
                    .add("code", sku.getCode())
                    .add("price", sku.price().amount())
                    .add("currency", sku.getCurrency())
                    .add("options", options);
            if (sku.getListPrice() != null) {
                entry.add("listPrice", sku.getListPrice());
            }
            if (sku.getBarcode() != null) {
                entry.add("barcode", sku.getBarcode());
            }
            skus.add(entry);
        }
        JsonObjectBuilder attributes = Json.createObjectBuilder();
        for (ProductAttribute attribute : product.getAttributes()) {
            attributes.add(attribute.getAttribute().getCode(), attribute.value());
        }
        JsonObjectBuilder payload = Json.createObjectBuilder()
                .add("productId", product.getId())
                .add("slug", product.getSlug())
                .add("nameZh", product.getNameZh())
                .add("nameEn", product.getNameEn())
                .add("status", product.getStatus().name())
                .add("created", created)
                .add("actor", actor == null ? "system" : actor)
                .add("categoryId", product.getCategoryId())
                .add("attributes", attributes)
                .add("skus", skus);
        if (product.getBrandId() == null) {
            payload.addNull("brandId");
        } else {
            payload.add("brandId", product.getBrandId());
        }
        if (product.getMinPrice() == null) {
            payload.addNull("minPrice");
        } else {
            payload.add("minPrice", product.getMinPrice());
        }
        return DomainEvent.now(
                PRODUCT_CHANGED, AGGREGATE, product.getId(), payload.build().toString());
    }
}
