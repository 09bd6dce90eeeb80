package org.emporium.catalog.entity;

/** Where a product stands in its life: drafts and products off the shelf are invisible to shoppers. */
public enum ProductStatus {
    DRAFT,
    ON_SALE,
    OFF_SHELF;

    public boolean visibleToShoppers() {
        return this == ON_SALE;
    }
}
