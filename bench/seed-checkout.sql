-- The checkout benchmark's catalogue, shoppers and stock (bench/checkout), on top of the demo data: :products
-- products on sale in the demo's first leaf category with 3 SKUs each (BENCH-<n>-<0..2>); :shoppers signed-up shoppers (mobile 139xxxxxxxx from 13900000001,
-- password emporium, the demo shopper's PBKDF2 hash), each with a default address in Beijing and a balance of
-- 100,000.00 topped up by a journal entry; every benchmark SKU stocked in warehouse SH-01 with 1,000,000
-- units, except the hot SKU BENCH-1-0 with :hot_stock, the one every shopper races for. Each quantity is a
-- receipt in the movement log, so that the log balances from the first row. Ids far above the sequences'.
\if :{?shoppers}
\else
\set shoppers 200
\endif
\if :{?products}
\else
\set products 1000
\endif
\if :{?hot_stock}
\else
\set hot_stock 500
\endif

INSERT INTO product (id, category_id, brand_id, slug, name_zh, name_en, description_zh, description_en, status,
                     created_at, updated_at, version, min_price)
SELECT 50000000 + n, (SELECT min(c.id) FROM category c WHERE NOT EXISTS (SELECT 1 FROM category k WHERE k.parent_id = c.id)),
       (SELECT min(id) FROM brand), 'bench-p-' || n, '测试商品 ' || n, 'Bench product ' || n,
       '<p>测试商品 ' || n || ' 的介绍。</p>', '<p>About bench product ' || n || '.</p>', 'ON_SALE', now(), now(), 0,
       19 + (n * 37) % 481
FROM generate_series(1, :products) n;

INSERT INTO sku (id, product_id, code, spec_zh, spec_en, price, list_price, currency, version, position)
SELECT 50000000 + n * 3 + j, 50000000 + n, 'BENCH-' || n || '-' || j, '规格 ' || j, 'Variant ' || j,
       19 + (n * 37) % 481 + j * 10, NULL, 'CNY', 0, j
FROM generate_series(1, :products) n, generate_series(0, 2) j;

-- Tell every node that the catalogue's structure changed, as the catalogue itself would.
INSERT INTO outbox_event (id, event_id, event_type, aggregate_type, aggregate_id, payload, occurred_at)
VALUES (999999999, gen_random_uuid()::text, 'catalog.structure-changed', 'catalog', 'bench-seed', '{}', now());

INSERT INTO customer_account (id, phone, email, display_name, password_hash, locale, status, created_at,
                              password_changed_at, version)
SELECT 50000000 + n, '139' || lpad(n::text, 8, '0'), NULL, 'Bench shopper ' || n, a.password_hash, 'en', 'ACTIVE',
       now(), now(), 0
FROM generate_series(1, :shoppers) n, customer_account a
WHERE a.phone = '13800000000';

INSERT INTO address_book_entry (id, owner, recipient, phone, province, city, district, street, postcode,
                                is_default, created_at, version)
SELECT 50000000 + n, 'customer:' || (50000000 + n), 'Bench shopper ' || n, '139' || lpad(n::text, 8, '0'),
       a.province, a.city, a.district, 'Zhongguancun Street ' || n, a.postcode, TRUE, now(), 0
FROM generate_series(1, :shoppers) n, address_book_entry a
WHERE a.owner = 'customer:1' AND a.is_default;

INSERT INTO payment_account (id, owner, currency, balance, balance_held, points, points_held, version)
SELECT 50000000 + n, 'customer:' || (50000000 + n), 'CNY', 100000.00, 0.00, 0, 0, 0
FROM generate_series(1, :shoppers) n;

-- One top-up entry for all of them: cash in, each shopper's balance owed.
INSERT INTO payment_journal_entry (id, voucher_number, kind, order_number, channel, currency, fee, settlement_date,
                                   operator, memo, posted_at)
VALUES (50000000, 'VBENCH000000001', 'ADJUST', NULL, 'internal', 'CNY', 0.00, CURRENT_DATE, 'bench',
        'benchmark shoppers topped up', now());
INSERT INTO payment_journal_line (id, entry_id, position, subject, subject_code, reference, debit, credit)
SELECT 50000000, 50000000, 0, 'CASH', '1001', 'bench-top-up', 100000.00 * :shoppers, 0.00;
INSERT INTO payment_journal_line (id, entry_id, position, subject, subject_code, reference, debit, credit)
SELECT 50000000 + n, 50000000, n, 'CUSTOMER_BALANCE', '2241.01', 'customer:' || (50000000 + n), 0.00, 100000.00
FROM generate_series(1, :shoppers) n;

INSERT INTO stock (id, warehouse_id, sku_code, on_hand, reserved, version)
SELECT 50000000 + s.id, w.id, s.code, CASE WHEN s.code = 'BENCH-1-0' THEN :hot_stock ELSE 1000000 END, 0, 0
FROM sku s, warehouse w
WHERE s.code LIKE 'BENCH-%' AND w.code = 'SH-01';
INSERT INTO stock_movement (id, stock_id, warehouse_id, sku_code, kind, on_hand_delta, reserved_delta, on_hand_after,
                            reserved_after, reference, reason, actor, occurred_at)
SELECT id, id, warehouse_id, sku_code, 'RECEIPT', on_hand, 0, on_hand, 0, 'bench', 'opening stock', 'system', now()
FROM stock
WHERE id >= 50000000;

VACUUM ANALYZE product, sku, customer_account, address_book_entry, payment_account, payment_journal_line, stock, stock_movement;
