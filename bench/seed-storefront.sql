-- The storefront benchmark's catalogue (bench/storefront), written after Flyway built the schema:
-- 10 root categories with 5 leaves each, 40 brands, colour and size as SKU variants and fit on products,
-- 100,000 products on sale with 3 SKUs each. Ids far above what the sequences hand out.
\set products 100000

INSERT INTO category (id, parent_id, slug, name_zh, name_en, position)
SELECT 900000 + r, NULL, 'bench-root-' || r, '测试类目 ' || r, 'Bench root ' || r, r FROM generate_series(0, 9) r;
INSERT INTO category (id, parent_id, slug, name_zh, name_en, position)
SELECT 900100 + l, 900000 + l / 5, 'bench-leaf-' || l, '测试子类 ' || l, 'Bench leaf ' || l, l % 5
FROM generate_series(0, 49) l;

INSERT INTO brand (id, slug, name_zh, name_en, story_zh, story_en, position)
SELECT 900000 + b, 'bench-brand-' || b, '测试品牌 ' || b, 'Bench brand ' || b,
       '<p>品牌故事 ' || b || '</p>', '<p>The story of brand ' || b || '.</p>', b
FROM generate_series(0, 39) b;

INSERT INTO attribute (id, code, name_zh, name_en, kind, filterable, position) VALUES
 (900001, 'colour', '颜色', 'Colour', 'ENUM', TRUE, 1),
 (900002, 'size', '尺码', 'Size', 'ENUM', TRUE, 2),
 (900003, 'fit', '版型', 'Fit', 'ENUM', TRUE, 3);
INSERT INTO attribute_option (id, attribute_id, code, label_zh, label_en, position)
SELECT 900100 + i, 900001, c, c, initcap(c), i
FROM unnest(ARRAY['black', 'white', 'red', 'blue', 'green', 'grey', 'beige', 'navy']) WITH ORDINALITY AS t(c, i0),
     LATERAL (SELECT (i0 - 1)::int AS i) x;
INSERT INTO attribute_option (id, attribute_id, code, label_zh, label_en, position)
SELECT 900200 + i, 900002, c, upper(c), upper(c), i
FROM unnest(ARRAY['s', 'm', 'l', 'xl', 'xxl']) WITH ORDINALITY AS t(c, i0), LATERAL (SELECT (i0 - 1)::int AS i) x;
INSERT INTO attribute_option (id, attribute_id, code, label_zh, label_en, position)
SELECT 900300 + i, 900003, c, c, initcap(c), i
FROM unnest(ARRAY['slim', 'regular', 'relaxed']) WITH ORDINALITY AS t(c, i0), LATERAL (SELECT (i0 - 1)::int AS i) x;
INSERT INTO category_attribute (category_id, attribute_id, position, variant, required)
SELECT 900000 + r, a, a - 900000, a <> 900003, FALSE FROM generate_series(0, 9) r, generate_series(900001, 900003) a;

-- Prices from 19 to 1,999 yuan; every third product discounted (a list price 25 % above).
INSERT INTO product (id, category_id, brand_id, slug, name_zh, name_en, description_zh, description_en, status,
                     created_at, updated_at, version, min_price)
SELECT 1000000 + n, 900100 + n % 50, 900000 + n % 40, 'bench-p-' || n, '测试商品 ' || n, 'Bench product ' || n,
       '<p>测试商品 ' || n || ' 的介绍。</p>', '<p>About bench product ' || n || '.</p>', 'ON_SALE',
       now() - n * INTERVAL '1 second', now(), 0, 19 + (n * 37) % 1981
FROM generate_series(1, :products) n;

INSERT INTO sku (id, product_id, code, spec_zh, spec_en, price, list_price, currency, version, position)
SELECT 2000000 + n * 3 + j, 1000000 + n, 'BENCH-' || n || '-' || j, '规格 ' || j, 'Variant ' || j,
       19 + (n * 37) % 1981 + j * 10,
       CASE WHEN n % 3 = 0 THEN round((19 + (n * 37) % 1981 + j * 10) * 1.25, 2) END, 'CNY', 0, j
FROM generate_series(1, :products) n, generate_series(0, 2) j;

INSERT INTO sku_option (sku_id, attribute_id, option_id)
SELECT 2000000 + n * 3 + j, 900001, 900100 + (n + j) % 8 FROM generate_series(1, :products) n, generate_series(0, 2) j;
INSERT INTO sku_option (sku_id, attribute_id, option_id)
SELECT 2000000 + n * 3 + j, 900002, 900200 + (n + j * 2) % 5 FROM generate_series(1, :products) n, generate_series(0, 2) j;

INSERT INTO product_attribute (product_id, attribute_id, option_id)
SELECT 1000000 + n, 900003, 900300 + n % 3 FROM generate_series(1, :products) n;

-- What the catalogue keeps beside them for the facets (catalog.control.ProductOptions does it on every save).
INSERT INTO product_option (product_id, attribute_id, option_id)
SELECT pa.product_id, pa.attribute_id, pa.option_id FROM product_attribute pa
WHERE pa.option_id IS NOT NULL AND pa.product_id > 1000000
UNION
SELECT s.product_id, so.attribute_id, so.option_id FROM sku_option so JOIN sku s ON s.id = so.sku_id
WHERE s.product_id > 1000000;

-- Tell every node that the catalogue's structure changed, as the catalogue itself would: the outbox relay
-- sends this within seconds and each node's shelf cache starts afresh.
INSERT INTO outbox_event (id, event_id, event_type, aggregate_type, aggregate_id, payload, occurred_at)
VALUES (999999999, gen_random_uuid()::text, 'catalog.structure-changed', 'catalog', 'bench-seed', '{}', now());

-- Index-only scans need the visibility map, which autovacuum would fill later: fill it now.
VACUUM ANALYZE category, brand, attribute, attribute_option, category_attribute, product, sku, sku_option, product_attribute, product_option;
