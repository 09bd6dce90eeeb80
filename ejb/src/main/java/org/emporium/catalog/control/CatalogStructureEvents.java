package org.emporium.catalog.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.Collection;
import org.emporium.platform.events.DomainEvent;
import org.emporium.platform.json.Jsons;

/**
 * The event of a change to the catalogue's structure (categories, brands, attributes and their options).
 * Such a change alters how many products are shown — their breadcrumbs, menus, brand names, facet labels —
 * without touching the products themselves, so caches listen for it besides {@code catalog.product-changed}.
 */
public final class CatalogStructureEvents {

    public static final String STRUCTURE_CHANGED = "catalog.structure-changed";
    public static final String CATEGORY = "category";
    public static final String BRAND = "brand";
    public static final String ATTRIBUTE = "attribute";

    private CatalogStructureEvents() {}

    /**
     * A category was created, renamed, moved, reordered or deleted. The payload names every category
     * whose path may have changed (the category and its descendants) and the parents before and after.
     */
    public static DomainEvent category(
            String change,
            long categoryId,
            String slug,
            Long oldParentId,
            Long newParentId,
            Collection<Long> affected,
            String actor) {
        JsonObjectBuilder payload =
                base(change, actor).add("categoryId", categoryId).add("slug", slug);
        nullable(payload, "oldParentId", oldParentId);
        nullable(payload, "parentId", newParentId);
        payload.add("affectedCategoryIds", ids(affected));
        return DomainEvent.now(
                STRUCTURE_CHANGED, CATEGORY, categoryId, payload.build().toString());
    }

    /** A brand was created, renamed, given another logo or story, or deleted. */
    public static DomainEvent brand(String change, long brandId, String slug, String actor) {
        String payload = base(change, actor)
                .add("brandId", brandId)
                .add("slug", slug)
                .build()
                .toString();
        return DomainEvent.now(STRUCTURE_CHANGED, BRAND, brandId, payload);
    }

    /**
     * An attribute, an option of it, or a category's attribute set changed; {@code optionId} names the
     * option concerned, {@code categoryId} the category whose set changed (each may be null).
     */
    public static DomainEvent attribute(
            String change, long attributeId, String code, Long optionId, Long categoryId, String actor) {
        JsonObjectBuilder payload =
                base(change, actor).add("attributeId", attributeId).add("code", code);
        nullable(payload, "optionId", optionId);
        nullable(payload, "categoryId", categoryId);
        return DomainEvent.now(
                STRUCTURE_CHANGED, ATTRIBUTE, attributeId, payload.build().toString());
    }

    private static JsonObjectBuilder base(String change, String actor) {
        return Jsons.createObjectBuilder().add("change", change).add("actor", actor == null ? "system" : actor);
    }

    private static void nullable(JsonObjectBuilder payload, String name, Long value) {
        if (value == null) {
            payload.addNull(name);
        } else {
            payload.add(name, value);
        }
    }

    private static JsonArrayBuilder ids(Collection<Long> ids) {
        JsonArrayBuilder array = Jsons.createArrayBuilder();
        ids.forEach(array::add);
        return array;
    }
}
