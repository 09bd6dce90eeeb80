-- Indexes for the storefront's product lists (catalog.boundary.Shelf): a category's or a brand's products
-- on sale, newest first or by price, and the facet counts by attribute option on products and SKUs.
-- Partial indexes (WHERE status = 'ON_SALE') would be smaller, but H2 runs the same migrations.
CREATE INDEX ix_product_shelf_category ON product (category_id, status, created_at);
CREATE INDEX ix_product_shelf_brand ON product (brand_id, status, created_at);
CREATE INDEX ix_product_shelf_price ON product (status, min_price);
CREATE INDEX ix_product_attribute_facet ON product_attribute (attribute_id, option_id, product_id);
CREATE INDEX ix_sku_option_facet ON sku_option (attribute_id, option_id, sku_id);
