-- Demo catalogue: a small category tree and products with SKUs, for the dev default and the browser tests.

INSERT INTO category (id, parent_id, slug, name_zh, name_en, position, version) VALUES (1, NULL, 'apparel', '服装', 'Apparel', 1, 0);
INSERT INTO category (id, parent_id, slug, name_zh, name_en, position, version) VALUES (2, 1, 'mens-shirts', '男士衬衫', 'Men''s Shirts', 1, 0);
INSERT INTO category (id, parent_id, slug, name_zh, name_en, position, version) VALUES (3, 1, 'womens-dresses', '女士连衣裙', 'Women''s Dresses', 2, 0);
INSERT INTO category (id, parent_id, slug, name_zh, name_en, position, version) VALUES (4, NULL, 'home', '家居', 'Home', 2, 0);
INSERT INTO category (id, parent_id, slug, name_zh, name_en, position, version) VALUES (5, 4, 'kitchen', '厨房用品', 'Kitchen', 1, 0);
INSERT INTO category (id, parent_id, slug, name_zh, name_en, position, version) VALUES (6, 4, 'bedding', '床上用品', 'Bedding', 2, 0);
INSERT INTO category (id, parent_id, slug, name_zh, name_en, position, version) VALUES (7, NULL, 'electronics', '数码', 'Electronics', 3, 0);
INSERT INTO category (id, parent_id, slug, name_zh, name_en, position, version) VALUES (8, 7, 'audio', '音频设备', 'Audio', 1, 0);

INSERT INTO product (id, category_id, slug, name_zh, name_en, description_zh, description_en, status, created_at, updated_at, version) VALUES (1, 2, 'oxford-shirt', '牛津纺修身衬衫', 'Slim Oxford Shirt', '<p>精梳棉牛津纺，修身剪裁，四季可穿。</p>', '<p>Combed-cotton oxford weave, slim cut, for every season.</p>', 'ON_SALE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO sku (id, product_id, code, spec_zh, spec_en, price, list_price, currency, version) VALUES (1, 1, 'SHIRT-OX-WH-M', '白色 / M', 'White / M', 199.00, 259.00, 'CNY', 0);
INSERT INTO sku (id, product_id, code, spec_zh, spec_en, price, list_price, currency, version) VALUES (2, 1, 'SHIRT-OX-WH-L', '白色 / L', 'White / L', 199.00, 259.00, 'CNY', 0);
INSERT INTO sku (id, product_id, code, spec_zh, spec_en, price, list_price, currency, version) VALUES (3, 1, 'SHIRT-OX-BL-M', '蓝色 / M', 'Blue / M', 209.00, 259.00, 'CNY', 0);
INSERT INTO product (id, category_id, slug, name_zh, name_en, description_zh, description_en, status, created_at, updated_at, version) VALUES (2, 2, 'linen-shirt', '亚麻休闲衬衫', 'Linen Casual Shirt', '<p>透气亚麻，宽松版型。</p>', '<p>Breathable linen, relaxed fit.</p>', 'ON_SALE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO sku (id, product_id, code, spec_zh, spec_en, price, list_price, currency, version) VALUES (4, 2, 'SHIRT-LN-BE-M', '米色 / M', 'Beige / M', 239.00, NULL, 'CNY', 0);
INSERT INTO sku (id, product_id, code, spec_zh, spec_en, price, list_price, currency, version) VALUES (5, 2, 'SHIRT-LN-BE-L', '米色 / L', 'Beige / L', 239.00, NULL, 'CNY', 0);
INSERT INTO product (id, category_id, slug, name_zh, name_en, description_zh, description_en, status, created_at, updated_at, version) VALUES (3, 3, 'silk-dress', '真丝印花连衣裙', 'Printed Silk Dress', '<p>桑蚕丝面料，花卉印花。</p>', '<p>Mulberry silk with a floral print.</p>', 'ON_SALE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO sku (id, product_id, code, spec_zh, spec_en, price, list_price, currency, version) VALUES (6, 3, 'DRESS-SK-S', 'S 码', 'Size S', 699.00, 899.00, 'CNY', 0);
INSERT INTO sku (id, product_id, code, spec_zh, spec_en, price, list_price, currency, version) VALUES (7, 3, 'DRESS-SK-M', 'M 码', 'Size M', 699.00, 899.00, 'CNY', 0);
INSERT INTO product (id, category_id, slug, name_zh, name_en, description_zh, description_en, status, created_at, updated_at, version) VALUES (4, 3, 'knit-dress', '针织中长裙', 'Knitted Midi Dress', '<p>柔软针织，显瘦收腰。</p>', '<p>Soft knit with a fitted waist.</p>', 'ON_SALE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO sku (id, product_id, code, spec_zh, spec_en, price, list_price, currency, version) VALUES (8, 4, 'DRESS-KN-M', 'M 码', 'Size M', 459.00, NULL, 'CNY', 0);
INSERT INTO product (id, category_id, slug, name_zh, name_en, description_zh, description_en, status, created_at, updated_at, version) VALUES (5, 5, 'cast-iron-pan', '铸铁平底锅 28cm', 'Cast-Iron Skillet 28 cm', '<p>预开锅处理，受热均匀。</p>', '<p>Pre-seasoned, even heating.</p>', 'ON_SALE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO sku (id, product_id, code, spec_zh, spec_en, price, list_price, currency, version) VALUES (9, 5, 'PAN-CI-28', '28 厘米', '28 cm', 329.00, 399.00, 'CNY', 0);
INSERT INTO product (id, category_id, slug, name_zh, name_en, description_zh, description_en, status, created_at, updated_at, version) VALUES (6, 5, 'chef-knife', '大马士革主厨刀', 'Damascus Chef Knife', '<p>67 层大马士革钢。</p>', '<p>67-layer Damascus steel.</p>', 'ON_SALE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO sku (id, product_id, code, spec_zh, spec_en, price, list_price, currency, version) VALUES (10, 6, 'KNIFE-DM-20', '20 厘米', '20 cm', 568.00, NULL, 'CNY', 0);
INSERT INTO product (id, category_id, slug, name_zh, name_en, description_zh, description_en, status, created_at, updated_at, version) VALUES (7, 6, 'duvet-cover', '纯棉被套四件套', 'Cotton Duvet Set (4 pieces)', '<p>60 支长绒棉。</p>', '<p>60s long-staple cotton.</p>', 'ON_SALE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO sku (id, product_id, code, spec_zh, spec_en, price, list_price, currency, version) VALUES (11, 7, 'DUVET-CT-15', '1.5 米床', '1.5 m bed', 459.00, 599.00, 'CNY', 0);
INSERT INTO sku (id, product_id, code, spec_zh, spec_en, price, list_price, currency, version) VALUES (12, 7, 'DUVET-CT-18', '1.8 米床', '1.8 m bed', 499.00, 659.00, 'CNY', 0);
INSERT INTO product (id, category_id, slug, name_zh, name_en, description_zh, description_en, status, created_at, updated_at, version) VALUES (8, 8, 'wireless-earbuds', '主动降噪真无线耳机', 'Noise-Cancelling Wireless Earbuds', '<p>主动降噪，30 小时续航。</p>', '<p>Active noise cancelling, 30 hours of play.</p>', 'ON_SALE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO sku (id, product_id, code, spec_zh, spec_en, price, list_price, currency, version) VALUES (13, 8, 'EAR-ANC-BK', '黑色', 'Black', 899.00, 1099.00, 'CNY', 0);
INSERT INTO sku (id, product_id, code, spec_zh, spec_en, price, list_price, currency, version) VALUES (14, 8, 'EAR-ANC-WH', '白色', 'White', 899.00, 1099.00, 'CNY', 0);
INSERT INTO product (id, category_id, slug, name_zh, name_en, description_zh, description_en, status, created_at, updated_at, version) VALUES (9, 8, 'bluetooth-speaker', '便携蓝牙音箱', 'Portable Bluetooth Speaker', '<p>IPX7 防水，立体声。</p>', '<p>IPX7 waterproof, stereo sound.</p>', 'ON_SALE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);
INSERT INTO sku (id, product_id, code, spec_zh, spec_en, price, list_price, currency, version) VALUES (15, 9, 'SPK-BT-GR', '灰色', 'Grey', 349.00, NULL, 'CNY', 0);
