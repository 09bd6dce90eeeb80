-- The options each demo product offers (product_option), as the catalogue keeps them on every save: the
-- demo's products and SKUs were written straight into their tables by V2/V3, after the schema's own
-- backfill (V010) had run on an empty catalogue. Rows already there (a database that had the demo data
-- before V010) are left alone.
INSERT INTO product_option (product_id, attribute_id, option_id)
SELECT x.product_id, x.attribute_id, x.option_id FROM (
    SELECT pa.product_id, pa.attribute_id, pa.option_id FROM product_attribute pa WHERE pa.option_id IS NOT NULL
    UNION
    SELECT s.product_id, so.attribute_id, so.option_id FROM sku_option so JOIN sku s ON s.id = so.sku_id
) x
WHERE NOT EXISTS (SELECT 1 FROM product_option po
                  WHERE po.product_id = x.product_id AND po.attribute_id = x.attribute_id AND po.option_id = x.option_id);
