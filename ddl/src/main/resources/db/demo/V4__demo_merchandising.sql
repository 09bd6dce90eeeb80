-- Demo merchandising: menu links, slots with content, a published campaign page built from blocks, a
-- draft one, and sales (below) for the rankings and "also bought".

INSERT INTO menu_link (id, label_zh, label_en, url, position, visible, starts_at, ends_at, version) VALUES (1, '新品上架', 'New in', '/', 10, TRUE, NULL, NULL, 0);
INSERT INTO menu_link (id, label_zh, label_en, url, position, visible, starts_at, ends_at, version) VALUES (2, '秋季大促', 'Autumn sale', '/campaign/autumn-sale', 20, TRUE, NULL, NULL, 0);

INSERT INTO slot (id, code, name_zh, name_en, version) VALUES (1, 'home-hero', '首页头图', 'Home page hero', 0);
INSERT INTO slot (id, code, name_zh, name_en, version) VALUES (2, 'home-recommend', '首页推荐', 'Home page recommendations', 0);
INSERT INTO slot (id, code, name_zh, name_en, version) VALUES (3, 'category-top', '分类页顶部', 'Top of category pages', 0);

INSERT INTO slot_item (id, slot_id, kind, position, label_zh, label_en, link_url, media_id, product_slugs, starts_at, ends_at, version) VALUES (1, 1, 'TEXT_LINK', 1, '秋季大促：精选商品低至七折', 'Autumn sale: selected items up to 30% off', '/campaign/autumn-sale', NULL, NULL, NULL, NULL, 0);
INSERT INTO slot_item (id, slot_id, kind, position, label_zh, label_en, link_url, media_id, product_slugs, starts_at, ends_at, version) VALUES (2, 2, 'PRODUCT_LIST', 1, '为你推荐', 'Picked for you', NULL, NULL, 'wireless-earbuds,cast-iron-pan,silk-dress,duvet-cover', NULL, NULL, 0);
INSERT INTO slot_item (id, slot_id, kind, position, label_zh, label_en, link_url, media_id, product_slugs, starts_at, ends_at, version) VALUES (3, 3, 'TEXT_LINK', 1, '满 500 元免运费', 'Free delivery over ¥500', '/', NULL, NULL, NULL, NULL, 0);

INSERT INTO campaign_page (id, slug, title_zh, title_en, status, starts_at, ends_at, updated_at, version) VALUES (1, 'autumn-sale', '秋季大促', 'Autumn sale', 'PUBLISHED', NULL, NULL, CURRENT_TIMESTAMP, 0);
INSERT INTO campaign_block (id, page_id, position, kind, media_id, link_url, text_zh, text_en, product_slugs, category_slug, slot_code) VALUES (1, 1, 1, 'RICH_TEXT', NULL, NULL, '<p>秋意渐浓，<strong>精选商品</strong>限时优惠。</p>', '<p>Autumn is here: <strong>selected items</strong> on offer for a limited time.</p>', NULL, NULL, NULL);
INSERT INTO campaign_block (id, page_id, position, kind, media_id, link_url, text_zh, text_en, product_slugs, category_slug, slot_code) VALUES (2, 1, 2, 'PRODUCT_GRID', NULL, NULL, NULL, NULL, 'oxford-shirt,silk-dress,chef-knife', NULL, NULL);
INSERT INTO campaign_block (id, page_id, position, kind, media_id, link_url, text_zh, text_en, product_slugs, category_slug, slot_code) VALUES (3, 1, 3, 'PRODUCT_GRID', NULL, NULL, NULL, NULL, NULL, 'audio', NULL);
INSERT INTO campaign_page (id, slug, title_zh, title_en, status, starts_at, ends_at, updated_at, version) VALUES (2, 'winter-preview', '冬季预览', 'Winter preview', 'DRAFT', NULL, NULL, CURRENT_TIMESTAMP, 0);
INSERT INTO campaign_block (id, page_id, position, kind, media_id, link_url, text_zh, text_en, product_slugs, category_slug, slot_code) VALUES (4, 2, 1, 'RICH_TEXT', NULL, NULL, '<p>冬季新品即将上市。</p>', '<p>Winter arrivals are coming soon.</p>', NULL, NULL, NULL);

-- Demo sales: order lines as order.placed events would have recorded them, spread over the last 40
-- days, and the also-bought pairs they imply, so that rankings and also-bought show something.

INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0001', 1, 1, 'SHIRT-OX-WH-M', 2, CURRENT_TIMESTAMP - INTERVAL '6' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0001', 2, 2, 'SHIRT-LN-BE-M', 1, CURRENT_TIMESTAMP - INTERVAL '6' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0002', 1, 1, 'SHIRT-OX-WH-M', 1, CURRENT_TIMESTAMP - INTERVAL '11' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0002', 2, 8, 'EAR-ANC-BK', 1, CURRENT_TIMESTAMP - INTERVAL '11' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0003', 1, 5, 'PAN-CI-28', 1, CURRENT_TIMESTAMP - INTERVAL '16' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0003', 2, 6, 'KNIFE-DM-20', 1, CURRENT_TIMESTAMP - INTERVAL '16' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0004', 1, 5, 'PAN-CI-28', 2, CURRENT_TIMESTAMP - INTERVAL '21' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0004', 2, 6, 'KNIFE-DM-20', 1, CURRENT_TIMESTAMP - INTERVAL '21' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0004', 3, 7, 'DUVET-CT-15', 1, CURRENT_TIMESTAMP - INTERVAL '21' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0005', 1, 8, 'EAR-ANC-BK', 1, CURRENT_TIMESTAMP - INTERVAL '26' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0005', 2, 9, 'SPK-BT-GR', 1, CURRENT_TIMESTAMP - INTERVAL '26' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0006', 1, 8, 'EAR-ANC-BK', 1, CURRENT_TIMESTAMP - INTERVAL '31' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0007', 1, 3, 'DRESS-SK-S', 1, CURRENT_TIMESTAMP - INTERVAL '36' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0007', 2, 4, 'DRESS-KN-M', 1, CURRENT_TIMESTAMP - INTERVAL '36' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0008', 1, 1, 'SHIRT-OX-WH-M', 1, CURRENT_TIMESTAMP - INTERVAL '1' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0008', 2, 2, 'SHIRT-LN-BE-M', 1, CURRENT_TIMESTAMP - INTERVAL '1' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0009', 1, 8, 'EAR-ANC-BK', 2, CURRENT_TIMESTAMP - INTERVAL '6' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0009', 2, 9, 'SPK-BT-GR', 1, CURRENT_TIMESTAMP - INTERVAL '6' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0010', 1, 5, 'PAN-CI-28', 1, CURRENT_TIMESTAMP - INTERVAL '11' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0011', 1, 7, 'DUVET-CT-15', 1, CURRENT_TIMESTAMP - INTERVAL '16' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0011', 2, 6, 'KNIFE-DM-20', 1, CURRENT_TIMESTAMP - INTERVAL '16' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0012', 1, 1, 'SHIRT-OX-WH-M', 3, CURRENT_TIMESTAMP - INTERVAL '21' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0013', 1, 9, 'SPK-BT-GR', 1, CURRENT_TIMESTAMP - INTERVAL '26' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0013', 2, 1, 'SHIRT-OX-WH-M', 1, CURRENT_TIMESTAMP - INTERVAL '26' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0014', 1, 3, 'DRESS-SK-S', 1, CURRENT_TIMESTAMP - INTERVAL '31' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0015', 1, 8, 'EAR-ANC-BK', 1, CURRENT_TIMESTAMP - INTERVAL '36' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0015', 2, 1, 'SHIRT-OX-WH-M', 1, CURRENT_TIMESTAMP - INTERVAL '36' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0016', 1, 5, 'PAN-CI-28', 1, CURRENT_TIMESTAMP - INTERVAL '1' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0016', 2, 6, 'KNIFE-DM-20', 2, CURRENT_TIMESTAMP - INTERVAL '1' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0017', 1, 2, 'SHIRT-LN-BE-M', 1, CURRENT_TIMESTAMP - INTERVAL '6' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0017', 2, 4, 'DRESS-KN-M', 1, CURRENT_TIMESTAMP - INTERVAL '6' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0018', 1, 8, 'EAR-ANC-BK', 1, CURRENT_TIMESTAMP - INTERVAL '11' DAY);
INSERT INTO sales_line (order_id, line_no, product_id, sku_code, quantity, placed_at) VALUES ('DEMO-0018', 2, 9, 'SPK-BT-GR', 2, CURRENT_TIMESTAMP - INTERVAL '11' DAY);

INSERT INTO also_bought (product_id, other_id, orders) VALUES (1, 2, 2);
INSERT INTO also_bought (product_id, other_id, orders) VALUES (1, 8, 2);
INSERT INTO also_bought (product_id, other_id, orders) VALUES (1, 9, 1);
INSERT INTO also_bought (product_id, other_id, orders) VALUES (2, 1, 2);
INSERT INTO also_bought (product_id, other_id, orders) VALUES (2, 4, 1);
INSERT INTO also_bought (product_id, other_id, orders) VALUES (3, 4, 1);
INSERT INTO also_bought (product_id, other_id, orders) VALUES (4, 2, 1);
INSERT INTO also_bought (product_id, other_id, orders) VALUES (4, 3, 1);
INSERT INTO also_bought (product_id, other_id, orders) VALUES (5, 6, 3);
INSERT INTO also_bought (product_id, other_id, orders) VALUES (5, 7, 1);
INSERT INTO also_bought (product_id, other_id, orders) VALUES (6, 5, 3);
INSERT INTO also_bought (product_id, other_id, orders) VALUES (6, 7, 2);
INSERT INTO also_bought (product_id, other_id, orders) VALUES (7, 5, 1);
INSERT INTO also_bought (product_id, other_id, orders) VALUES (7, 6, 2);
INSERT INTO also_bought (product_id, other_id, orders) VALUES (8, 1, 2);
INSERT INTO also_bought (product_id, other_id, orders) VALUES (8, 9, 3);
INSERT INTO also_bought (product_id, other_id, orders) VALUES (9, 1, 1);
INSERT INTO also_bought (product_id, other_id, orders) VALUES (9, 8, 3);
