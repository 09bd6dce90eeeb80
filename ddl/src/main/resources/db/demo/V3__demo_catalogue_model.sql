-- Demo brands, attributes and attribute sets, and the demo products' attribute values and variant options.

INSERT INTO brand (id, slug, name_zh, name_en, story_zh, story_en, position, version) VALUES
 (1, 'north-loom', '北织', 'North Loom', '<p>北织始于 1998 年的一家苏州织造作坊，坚持用长绒棉与亚麻做每天穿的衬衫。</p>', '<p>North Loom began in 1998 as a weaving workshop in Suzhou and still makes everyday shirts from long-staple cotton and linen.</p>', 1, 0),
 (2, 'silk-road', '丝路', 'Silk Road', '<p>丝路只用桑蚕丝，从杭州的丝厂直接到你的衣橱。</p>', '<p>Silk Road works only with mulberry silk, straight from Hangzhou mills to your wardrobe.</p>', 2, 0),
 (3, 'iron-hearth', '铁炉', 'Iron Hearth', '<p>铁炉的铸铁锅与刀具，为一辈子的厨房而做。</p>', '<p>Iron Hearth makes cast-iron pans and knives for a lifetime of cooking.</p>', 3, 0),
 (4, 'sonic-lab', '声学实验室', 'Sonic Lab', '<p>声学实验室专注便携音频。</p>', '<p>Sonic Lab builds portable audio.</p>', 4, 0);

INSERT INTO attribute (id, code, name_zh, name_en, kind, unit, filterable, position, version) VALUES
 (1, 'colour', '颜色', 'Colour', 'ENUM', NULL, TRUE, 1, 0),
 (2, 'size', '尺码', 'Size', 'ENUM', NULL, TRUE, 2, 0),
 (3, 'fit', '版型', 'Fit', 'ENUM', NULL, TRUE, 3, 0),
 (4, 'material', '材质', 'Material', 'TEXT', NULL, FALSE, 4, 0),
 (5, 'diameter', '直径', 'Diameter', 'NUMBER', 'cm', FALSE, 5, 0),
 (6, 'bed-width', '床宽', 'Bed width', 'ENUM', NULL, TRUE, 6, 0),
 (7, 'battery-hours', '续航', 'Battery life', 'NUMBER', 'h', FALSE, 7, 0);

INSERT INTO attribute_option (id, attribute_id, code, label_zh, label_en, position) VALUES
 (1, 1, 'white', '白色', 'White', 1),
 (2, 1, 'blue', '蓝色', 'Blue', 2),
 (3, 1, 'beige', '米色', 'Beige', 3),
 (4, 1, 'black', '黑色', 'Black', 4),
 (5, 1, 'grey', '灰色', 'Grey', 5),
 (6, 2, 's', 'S', 'S', 1),
 (7, 2, 'm', 'M', 'M', 2),
 (8, 2, 'l', 'L', 'L', 3),
 (9, 2, 'xl', 'XL', 'XL', 4),
 (10, 3, 'slim', '修身', 'Slim', 1),
 (11, 3, 'regular', '标准', 'Regular', 2),
 (12, 3, 'relaxed', '宽松', 'Relaxed', 3),
 (13, 6, '150', '1.5 米', '1.5 m', 1),
 (14, 6, '180', '1.8 米', '1.8 m', 2);

-- Apparel describes colour, size (both variant axes), fit and material; shirts and dresses inherit them.
INSERT INTO category_attribute (category_id, attribute_id, position, variant, required) VALUES
 (1, 1, 1, TRUE, TRUE),
 (1, 2, 2, TRUE, TRUE),
 (1, 3, 3, FALSE, FALSE),
 (1, 4, 4, FALSE, FALSE),
 (5, 5, 1, FALSE, FALSE),
 (5, 4, 2, FALSE, FALSE),
 (6, 6, 1, TRUE, TRUE),
 (6, 4, 2, FALSE, FALSE),
 (8, 1, 1, TRUE, FALSE),
 (8, 7, 2, FALSE, FALSE);

UPDATE product SET brand_id = 1 WHERE id IN (1, 2);
UPDATE product SET brand_id = 2 WHERE id IN (3, 4);
UPDATE product SET brand_id = 3 WHERE id IN (5, 6, 7);
UPDATE product SET brand_id = 4 WHERE id IN (8, 9);

INSERT INTO product_attribute (product_id, attribute_id, option_id, text_value, number_value) VALUES
 (1, 3, 10, NULL, NULL),
 (1, 4, NULL, '精梳棉 Combed cotton', NULL),
 (2, 3, 12, NULL, NULL),
 (2, 4, NULL, '亚麻 Linen', NULL),
 (3, 3, 11, NULL, NULL),
 (3, 4, NULL, '桑蚕丝 Mulberry silk', NULL),
 (4, 3, 10, NULL, NULL),
 (5, 5, NULL, NULL, 28),
 (8, 7, NULL, NULL, 30),
 (9, 7, NULL, NULL, 12);

UPDATE sku SET barcode = '6901234567892', weight_grams = 260 WHERE id = 1;
UPDATE sku SET weight_grams = 270, position = 1 WHERE id = 2;
UPDATE sku SET weight_grams = 260, position = 2 WHERE id = 3;
UPDATE sku SET weight_grams = 240 WHERE id = 4;
UPDATE sku SET weight_grams = 250, position = 1 WHERE id = 5;
UPDATE sku SET weight_grams = 180 WHERE id = 6;
UPDATE sku SET weight_grams = 190, position = 1 WHERE id = 7;
UPDATE sku SET weight_grams = 2600 WHERE id = 9;
UPDATE sku SET weight_grams = 1800 WHERE id = 11;
UPDATE sku SET weight_grams = 2100, position = 1 WHERE id = 12;

INSERT INTO sku_option (sku_id, attribute_id, option_id) VALUES
 (1, 1, 1), (1, 2, 7),
 (2, 1, 1), (2, 2, 8),
 (3, 1, 2), (3, 2, 7),
 (4, 1, 3), (4, 2, 7),
 (5, 1, 3), (5, 2, 8),
 (6, 2, 6),
 (7, 2, 7),
 (8, 2, 7),
 (11, 6, 13),
 (12, 6, 14),
 (13, 1, 4),
 (14, 1, 1),
 (15, 1, 5);
