-- Every option a product offers, whether the product itself has it (fit) or one of its SKUs does (colour,
-- size): one row per product and option. The storefront's facet counts and option filters read this
-- instead of joining every SKU of a list (450 ms against tens of milliseconds on 100,000 products, see
-- docs/measurements.md). The catalogue keeps it in the same transaction as every change of a product's
-- attributes or SKUs (catalog.control.ProductOptions); it holds nothing that cannot be rebuilt from
-- product_attribute and sku_option.
CREATE TABLE product_option (
    product_id      BIGINT        NOT NULL,
    attribute_id    BIGINT        NOT NULL,
    option_id       BIGINT        NOT NULL,
    CONSTRAINT pk_product_option PRIMARY KEY (product_id, attribute_id, option_id),
    CONSTRAINT fk_product_option_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE,
    CONSTRAINT fk_product_option_attribute FOREIGN KEY (attribute_id) REFERENCES attribute (id),
    CONSTRAINT fk_product_option_option FOREIGN KEY (option_id) REFERENCES attribute_option (id)
);
CREATE INDEX ix_product_option_facet ON product_option (attribute_id, option_id, product_id);

INSERT INTO product_option (product_id, attribute_id, option_id)
SELECT pa.product_id, pa.attribute_id, pa.option_id FROM product_attribute pa WHERE pa.option_id IS NOT NULL
UNION
SELECT s.product_id, so.attribute_id, so.option_id FROM sku_option so JOIN sku s ON s.id = so.sku_id;
