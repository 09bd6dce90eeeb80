-- Indexes for the storefront's product lists (catalog.boundary.Shelf): a category's or a brand's products
-- on sale, newest first or by price, their brand counts and price range, and the facet counts by
-- attribute option on products and SKUs. The product indexes hold every column a list's filter, order and
-- summary read, so PostgreSQL answers them from the index alone (measured: docs/measurements.md).
-- Partial indexes (WHERE status = 'ON_SALE') would be smaller, but H2 runs the same migrations.
CREATE INDEX ix_product_shelf_category ON product
    (category_id, status, created_at, brand_id, min_price, publish_at, unpublish_at, id);
CREATE INDEX ix_product_shelf_brand ON product
    (brand_id, status, created_at, category_id, min_price, publish_at, unpublish_at, id);
CREATE INDEX ix_product_attribute_facet ON product_attribute (attribute_id, option_id, product_id);
CREATE INDEX ix_sku_option_facet ON sku_option (attribute_id, option_id, sku_id);
-- A SKU's option on one axis without reading the table: what counting options of a list's SKUs needs.
CREATE INDEX ix_sku_option_sku ON sku_option (sku_id, attribute_id, option_id);
