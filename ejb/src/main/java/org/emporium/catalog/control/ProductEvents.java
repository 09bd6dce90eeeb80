package org.emporium.catalog.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.List;
import org.emporium.catalog.entity.Product;
import org.emporium.platform.events.DomainEvent;

/** The events the catalogue publishes, and what their payloads carry. */
public final class ProductEvents {

    public static final String AGGREGATE = "product";
    public static final String PRODUCT_CHANGED = "catalog.product-changed";

    private ProductEvents() {}

    /** A product was created or changed: enough of it for a consumer to update an index or a cache without calling back. */
    public static DomainEvent changed(Product product, String actor, boolean created) {
        List<SkuLine> skus = product.getSkus().stream()
                .map(s -> new SkuLine(s.getCode(), s.price().amount(), s.getCurrency()))
                .toList();
        return changed(
                product.getId(),
                product.getSlug(),
                product.getNameZh(),
                product.getNameEn(),
                product.getStatus().name(),
                created,
                actor,
                skus);
    }

    /** The same event from plain values, for writers that work on rows rather than entities (the import). */
    public static DomainEvent changed(
            long productId,
            String slug,
            String nameZh,
            String nameEn,
            String status,
            boolean created,
            String actor,
            List<SkuLine> skus) {
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (SkuLine sku : skus) {
            lines.add(Json.createObjectBuilder()
                    .add("code", sku.code())
                    .add("price", sku.price())
                    .add("currency", sku.currency()));
        }
        String payload = Json.createObjectBuilder()
                .add("productId", productId)
                .add("slug", slug)
                .add("nameZh", nameZh)
                .add("nameEn", nameEn)
                .add("status", status)
                .add("created", created)
                .add("actor", actor == null ? "system" : actor)
                .add("skus", lines)
                .build()
                .toString();
        return DomainEvent.now(PRODUCT_CHANGED, AGGREGATE, productId, payload);
    }

    /** A SKU as the event lists it. */
    public record SkuLine(String code, BigDecimal price, String currency) {}
}
