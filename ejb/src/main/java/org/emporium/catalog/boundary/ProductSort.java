package org.emporium.catalog.boundary;

/** The columns a product list may be sorted by; anything else sorts by id, so no user text reaches JPQL. */
public enum ProductSort {
    ID("p.id"),
    NAME_EN("p.nameEn"),
    NAME_ZH("p.nameZh"),
    SLUG("p.slug"),
    STATUS("p.status"),
    UPDATED("p.updatedAt");

    final String path;

    ProductSort(String path) {
        this.path = path;
    }

    public static ProductSort of(String field) {
        if (field == null) {
            return ID;
        }
        return switch (field) {
            case "nameEn" -> NAME_EN;
            case "nameZh" -> NAME_ZH;
            case "slug" -> SLUG;
            case "status" -> STATUS;
            case "updatedAt" -> UPDATED;
            default -> ID;
        };
    }
}
