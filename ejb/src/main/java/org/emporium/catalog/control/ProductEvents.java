package org.emporium.catalog.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.emporium.catalog.entity.Product;
import org.emporium.catalog.entity.Sku;
import org.emporium.platform.events.DomainEvent;

/** The events the catalogue publishes, and what their payloads carry. */
public final class ProductEvents {

    public static final String AGGREGATE = "product";
    public static final String PRODUCT_CHANGED = "catalog.product-changed";

    private ProductEvents() {}

    /** A product was created or changed: enough of it for a consumer to update an index or a cache without calling back. */
    public static DomainEvent changed(Product product, String actor, boolean created) {
        JsonArrayBuilder skus = Json.createArrayBuilder();
        for (Sku sku : product.getSkus()) {
            skus.add(Json.createObjectBuilder()
                    .add("code", sku.getCode())
                    .add("price", sku.price().amount())
                    .add("currency", sku.getCurrency()));
        }
        String payload = Json.createObjectBuilder()
                .add("productId", product.getId())
                .add("slug", product.getSlug())
                .add("nameZh", product.getNameZh())
                .add("nameEn", product.getNameEn())
                .add("status", product.getStatus().name())
                .add("created", created)
                .add("actor", actor == null ? "system" : actor)
                .add("skus", skus)
                .build()
                .toString();
        return DomainEvent.now(PRODUCT_CHANGED, AGGREGATE, product.getId(), payload);
    }
}
